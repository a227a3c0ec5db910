package dev.registrysdk.testkit.bootstrap;

import dev.registrysdk.testkit.Platform;
import dev.registrysdk.testkit.server.TestkitInternal;
import java.util.List;

/**
 * A storage class a platform typically ships.
 *
 * @param name the class name
 * @param provisioner the CSI provisioner
 * @param isDefault whether it carries {@code storageclass.kubernetes.io/is-default-class: "true"}
 * @param readWriteMany whether its volumes can be {@code ReadWriteMany}; claims asking for RWX on a
 *     class without it stay {@code Pending}, as the real provisioner leaves them
 */
@TestkitInternal
public record StorageClassProfile(String name, String provisioner, boolean isDefault, boolean readWriteMany) {

  /** Returns the classes a fresh cluster on a platform has (exactly one default). */
  public static List<StorageClassProfile> of(Platform platform) {
    return switch (platform) {
      case AWS -> List.of(new StorageClassProfile("gp3-csi", "ebs.csi.aws.com", true, false),
          new StorageClassProfile("gp2-csi", "ebs.csi.aws.com", false, false));
      case AZURE -> List.of(new StorageClassProfile("managed-csi", "disk.csi.azure.com", true, false),
          new StorageClassProfile("azurefile-csi", "file.csi.azure.com", false, true));
      case GCP -> List.of(new StorageClassProfile("standard-csi", "pd.csi.storage.gke.io", true, false),
          new StorageClassProfile("ssd-csi", "pd.csi.storage.gke.io", false, false));
      case VSPHERE -> List.of(new StorageClassProfile("thin-csi", "csi.vsphere.vmware.com", true, false));
      case OPENSTACK -> List.of(new StorageClassProfile("standard-csi", "cinder.csi.openstack.org", true, false));
      case OVIRT -> List.of(new StorageClassProfile("ovirt-csi-sc", "csi.ovirt.org", true, false));
      case IBM_CLOUD -> List.of(
          new StorageClassProfile("ibmc-vpc-block-10iops-tier", "vpc.block.csi.ibm.io", true, false),
          new StorageClassProfile("ibmc-vpc-block-general-purpose", "vpc.block.csi.ibm.io", false, false));
      case POWER_VS -> List.of(new StorageClassProfile("ibm-powervs-tier1", "powervs.csi.ibm.com", true, false),
          new StorageClassProfile("ibm-powervs-tier3", "powervs.csi.ibm.com", false, false));
      case NUTANIX -> List.of(new StorageClassProfile("nutanix-volume", "csi.nutanix.com", true, false));
      case KUBEVIRT -> List.of(new StorageClassProfile("kubevirt-csi-infra-default", "csi.kubevirt.io", true,
          false));
      case ALIBABA_CLOUD -> List.of(new StorageClassProfile("alicloud-disk", "diskplugin.csi.alibabacloud.com",
          true, false));
      case LIBVIRT -> List.of(new StorageClassProfile("standard", "kubernetes.io/no-provisioner", true, false));
      case BARE_METAL, NONE, EQUINIX_METAL, EXTERNAL -> List.of(
          new StorageClassProfile("lvms-vg1", "topolvm.io", true, false));
    };
  }

  /** Returns the classes OpenShift Data Foundation adds (none of them default). */
  public static List<StorageClassProfile> odf() {
    return List.of(
        new StorageClassProfile("ocs-storagecluster-ceph-rbd", "openshift-storage.rbd.csi.ceph.com", false, false),
        new StorageClassProfile("ocs-storagecluster-cephfs", "openshift-storage.cephfs.csi.ceph.com", false, true),
        new StorageClassProfile("ocs-storagecluster-ceph-rgw", "openshift-storage.ceph.rook.io/bucket", false,
            false),
        new StorageClassProfile("openshift-storage.noobaa.io", "openshift-storage.noobaa.io/obc", false, false));
  }
}
