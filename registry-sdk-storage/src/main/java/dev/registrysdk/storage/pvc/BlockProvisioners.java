package dev.registrysdk.storage.pvc;

import java.util.Set;

/**
 * Volume provisioners known to offer block volumes only: a {@code ReadWriteMany} filesystem claim
 * on their classes stays {@code Pending}, so a registry mounting it never starts.
 */
final class BlockProvisioners {

  private static final Set<String> BLOCK_ONLY = Set.of(
      "ebs.csi.aws.com",
      "kubernetes.io/aws-ebs",
      "pd.csi.storage.gke.io",
      "kubernetes.io/gce-pd",
      "disk.csi.azure.com",
      "kubernetes.io/azure-disk",
      "cinder.csi.openstack.org",
      "kubernetes.io/cinder",
      "topolvm.io",
      "topolvm.cybozu.com",
      "openshift-storage.rbd.csi.ceph.com",
      "vpc.block.csi.ibm.io",
      "powervs.csi.ibm.com",
      "csi.ovirt.org",
      "kubernetes.io/vsphere-volume",
      "diskplugin.csi.alibabacloud.com");

  private BlockProvisioners() {}

  /** Whether {@code provisioner} is known to provision block volumes only. */
  static boolean blockOnly(String provisioner) {
    return provisioner != null && BLOCK_ONLY.contains(provisioner);
  }
}
