package dev.registrysdk.testkit.controller;

import com.fasterxml.jackson.databind.JsonNode;
import dev.registrysdk.testkit.bootstrap.PlatformDefaults;
import dev.registrysdk.testkit.server.TestkitInternal;
import java.util.Set;

/**
 * Whether a storage class's volumes can be mounted {@code ReadWriteMany}, as the fake provisioner
 * decides it: the class's {@link PlatformDefaults#RWX_ANNOTATION} when it has one (the classes a fake
 * cluster boots with do); otherwise not for provisioners known to give block volumes only, and yes
 * for any other, so a class a test creates for NFS, CephFS, Azure Files or Trident binds shared claims
 * as the real one would.
 */
@TestkitInternal
public final class VolumeSharing {

  private static final Set<String> BLOCK_ONLY = Set.of(
      "ebs.csi.aws.com", "kubernetes.io/aws-ebs",
      "pd.csi.storage.gke.io", "kubernetes.io/gce-pd",
      "disk.csi.azure.com", "kubernetes.io/azure-disk",
      "cinder.csi.openstack.org", "kubernetes.io/cinder",
      "topolvm.io", "topolvm.cybozu.com",
      "openshift-storage.rbd.csi.ceph.com",
      "vpc.block.csi.ibm.io", "powervs.csi.ibm.com",
      "csi.ovirt.org",
      "csi.vsphere.vmware.com", "kubernetes.io/vsphere-volume",
      "diskplugin.csi.alibabacloud.com",
      "csi.kubevirt.io",
      "kubernetes.io/no-provisioner");

  private VolumeSharing() {}

  /** Whether claims asking for {@code ReadWriteMany} on {@code storageClass} get a volume. */
  public static boolean readWriteMany(JsonNode storageClass) {
    JsonNode marked = storageClass.path("metadata").path("annotations").path(PlatformDefaults.RWX_ANNOTATION);
    if (marked.isTextual()) {
      return Boolean.parseBoolean(marked.asText());
    }
    return !BLOCK_ONLY.contains(storageClass.path("provisioner").asText(""));
  }
}
