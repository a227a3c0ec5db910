package dev.registrysdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The fake volume provisioner binds claims as the class's provisioner would")
class VolumeProvisioningTest {

  private static final String NAMESPACE = "openshift-image-registry";

  private static void storageClass(FakeOpenShift cluster, String name, String provisioner, String sharedMark) {
    StorageClassBuilder builder = new StorageClassBuilder().withNewMetadata().withName(name).endMetadata()
        .withProvisioner(provisioner);
    if (sharedMark != null) {
      builder.editMetadata().addToAnnotations("testkit.registry-sdk.dev/read-write-many", sharedMark).endMetadata();
    }
    cluster.client().storage().v1().storageClasses().resource(builder.build()).create();
  }

  private static String phase(FakeOpenShift cluster, String name, String storageClass, String accessMode) {
    cluster.client().persistentVolumeClaims().inNamespace(NAMESPACE).resource(new PersistentVolumeClaimBuilder()
        .withNewMetadata().withName(name).endMetadata()
        .withNewSpec().withStorageClassName(storageClass).withAccessModes(accessMode)
        .withNewResources().addToRequests("storage", new Quantity("100Gi")).endResources().endSpec().build()).create();
    PersistentVolumeClaim claim = cluster.client().persistentVolumeClaims().inNamespace(NAMESPACE).withName(name).get();
    return claim.getStatus().getPhase();
  }

  @Test
  @DisplayName("a ReadWriteMany claim on a class a test adds for a file provisioner is bound")
  void sharedClassOfTheTest() {
    try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
      storageClass(cluster, "nfs", "nfs.csi.k8s.io", null);
      storageClass(cluster, "ontap-nas", "csi.trident.netapp.io", null);

      assertThat(phase(cluster, "on-nfs", "nfs", "ReadWriteMany")).isEqualTo("Bound");
      assertThat(phase(cluster, "on-trident", "ontap-nas", "ReadWriteMany")).isEqualTo("Bound");
    }
  }

  @Test
  @DisplayName("a ReadWriteMany claim on a block-only provisioner stays Pending; ReadWriteOnce is bound")
  void blockOnlyProvisioner() {
    try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
      storageClass(cluster, "gp3", "ebs.csi.aws.com", null);

      assertThat(phase(cluster, "shared", "gp3", "ReadWriteMany")).isEqualTo("Pending");
      assertThat(phase(cluster, "single", "gp3", "ReadWriteOnce")).isEqualTo("Bound");
    }
  }

  @Test
  @DisplayName("vSphere's thin-csi gives ReadWriteOnce volumes only")
  void vSphereThinCsi() {
    try (FakeOpenShift cluster = FakeOpenShift.vSphere().start()) {
      assertThat(phase(cluster, "shared", "thin-csi", "ReadWriteMany")).isEqualTo("Pending");
      assertThat(phase(cluster, "single", "thin-csi", "ReadWriteOnce")).isEqualTo("Bound");
    }
  }

  @Test
  @DisplayName("the testkit's read-write-many annotation overrides what the provisioner suggests")
  void annotationOverrides() {
    try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
      storageClass(cluster, "vsan-file", "csi.vsphere.vmware.com", "true");
      storageClass(cluster, "nfs-broken", "nfs.csi.k8s.io", "false");

      assertThat(phase(cluster, "on-vsan-file", "vsan-file", "ReadWriteMany")).isEqualTo("Bound");
      assertThat(phase(cluster, "on-nfs-broken", "nfs-broken", "ReadWriteMany")).isEqualTo("Pending");
    }
  }
}
