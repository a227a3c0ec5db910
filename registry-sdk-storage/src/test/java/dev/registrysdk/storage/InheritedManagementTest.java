package dev.registrysdk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.StorageManagementState;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.finding.Severity;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.azure.Azure;
import dev.registrysdk.storage.gcs.Gcs;
import dev.registrysdk.storage.ibmcos.IbmCos;
import dev.registrysdk.storage.pvc.AccessMode;
import dev.registrysdk.storage.pvc.Pvc;
import dev.registrysdk.storage.s3.S3;
import dev.registrysdk.storage.swift.Swift;
import dev.registrysdk.storage.swift.SwiftCredentials;
import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Storage the caller names does not silently inherit Managed from storage the operator provisioned")
class InheritedManagementTest {

  static Stream<Arguments> operatorProvisioned() {
    return Stream.of(
        Arguments.of("AWS, to your S3 bucket", (Supplier<FakeOpenShift.Builder>) FakeOpenShift::aws,
            S3.of("my-bucket").region("us-east-1").credentials("AKIA", "secret")),
        Arguments.of("GCP, to your GCS bucket", (Supplier<FakeOpenShift.Builder>) FakeOpenShift::gcp,
            Gcs.of("my-bucket")),
        Arguments.of("Azure, to your container", (Supplier<FakeOpenShift.Builder>) FakeOpenShift::azure,
            Azure.of("myaccount", "registry").accountKey("key")),
        Arguments.of("OpenStack, to your Swift container",
            (Supplier<FakeOpenShift.Builder>) FakeOpenShift::openStack,
            Swift.of("my-container").credentials(SwiftCredentials.password("user", "password"))),
        Arguments.of("IBM Cloud, to your COS bucket", (Supplier<FakeOpenShift.Builder>) FakeOpenShift::ibmCloud,
            IbmCos.of("my-bucket").apiKey("key")),
        Arguments.of("libvirt's emptyDir, to your claim", (Supplier<FakeOpenShift.Builder>) FakeOpenShift::libvirt,
            Pvc.create("my-claim").accessMode(AccessMode.READ_WRITE_ONCE)));
  }

  private static List<Finding> inherited(FakeOpenShift cluster, StorageProvider storage) {
    return RegistryConfigurer.on(cluster.client()).storage(storage).allowDataLoss().plan().findings().stream()
        .filter(f -> f.code().equals(StorageFindingCodes.STORAGE_MANAGED_INHERITED)).toList();
  }

  private static Optional<String> storageManagementState(FakeOpenShift cluster) {
    Config config = Twins.config(cluster);
    return Optional.ofNullable(config.getSpec().getStorage().getManagementState());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operatorProvisioned")
  @DisplayName("warns, at spec.storage.managementState, when the caller leaves the state unset")
  void warnsWhenUnset(String name, Supplier<FakeOpenShift.Builder> platform, StorageProvider storage) {
    try (FakeOpenShift cluster = platform.get().start()) {
      assertThat(storageManagementState(cluster)).contains("Managed");

      List<Finding> findings = inherited(cluster, storage);

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.path()).isEqualTo("spec.storage.managementState");
        assertThat(f.message()).contains("delete it with every image in it");
        assertThat(f.remedy()).contains(".managementState(StorageManagementState.UNMANAGED)");
      });
    }
  }

  @Test
  @DisplayName("says nothing when the caller chooses either state, and Unmanaged is what the Config gets")
  void silentWhenChosen() {
    try (FakeOpenShift cluster = FakeOpenShift.aws().start()) {
      S3 mine = S3.of("my-bucket").region("us-east-1").credentials("AKIA", "secret");

      assertThat(inherited(cluster, mine.managementState(StorageManagementState.MANAGED))).isEmpty();
      assertThat(inherited(cluster, mine.managementState(StorageManagementState.UNMANAGED))).isEmpty();

      RegistryConfigurer.on(cluster.client()).storage(mine.managementState(StorageManagementState.UNMANAGED))
          .allowDataLoss().apply();
      assertThat(storageManagementState(cluster)).contains("Unmanaged");
    }
  }

  @Test
  @DisplayName("says nothing when the caller names the storage the operator provisioned")
  void silentForTheSameBucket() {
    try (FakeOpenShift cluster = FakeOpenShift.aws().start()) {
      String generated = Twins.config(cluster)
          .getSpec().getStorage().getS3().getBucket();

      assertThat(inherited(cluster, S3.of(generated).region("us-east-1").credentials("AKIA", "secret"))).isEmpty();
    }
  }

  @Test
  @DisplayName("says nothing on a registry without storage")
  void silentWithoutStorage() {
    try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
      assertThat(inherited(cluster, S3.of("my-bucket").region("us-east-1").credentials("AKIA", "secret"))).isEmpty();
    }
  }
}
