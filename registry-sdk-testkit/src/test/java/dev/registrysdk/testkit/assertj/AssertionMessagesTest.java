package dev.registrysdk.testkit.assertj;

import static dev.registrysdk.testkit.assertj.FakeOpenShiftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Assertion failures explain what the cluster holds")
class AssertionMessagesTest {

  private static FakeOpenShift cluster;

  @BeforeAll
  static void start() {
    cluster = FakeOpenShift.bareMetal().start();
    cluster.client().secrets().inNamespace("openshift-image-registry").resource(new SecretBuilder().withNewMetadata()
        .withName("creds").endMetadata().addToStringData("REGISTRY_STORAGE_S3_ACCESSKEY", "AKIA-SECRET-VALUE")
        .build()).create();
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  @Test
  @DisplayName("the AssertProvider entry works with plain Assertions.assertThat")
  void assertProvider() {
    Assertions.assertThat(cluster).registry().isRemoved();
  }

  @Test
  @DisplayName("a condition mismatch lists the actual conditions")
  void conditionMismatch() {
    assertThatThrownBy(() -> assertThat(cluster).registry().hasCondition("Removed", "False"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected the registry (Config cluster) to have condition Removed=False but it is"
            + " Removed=True")
        .hasMessageContaining("Its conditions are:")
        .hasMessageContaining("Available=True reason=Removed");
  }

  @Test
  @DisplayName("a missing secret key names the missing key and the present ones, never values")
  void missingKey() {
    assertThatThrownBy(() -> assertThat(cluster).secret("openshift-image-registry", "creds")
        .hasKeys("REGISTRY_STORAGE_S3_ACCESSKEY", "REGISTRY_STORAGE_S3_SECRETKEY"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[REGISTRY_STORAGE_S3_SECRETKEY] is missing; it has [REGISTRY_STORAGE_S3_ACCESSKEY]")
        .message().doesNotContain("AKIA-SECRET-VALUE");
  }

  @Test
  @DisplayName("two storage backends are reported with the operator's rule")
  void twoBackends() {
    try (FakeOpenShift fresh = FakeOpenShift.libvirt().start()) {
      fresh.operator().pause();
      fresh.client().imageRegistryOperatorConfigs().withName("cluster").patch(PatchContext.of(PatchType.JSON_MERGE),
          "{\"spec\":{\"storage\":{\"pvc\":{}}}}");
      assertThatThrownBy(() -> assertThat(fresh).registry().hasStorage("pvc"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("spec.storage configures [emptyDir, pvc]")
          .hasMessageContaining("the operator requires exactly one backend");
    }
  }

  @Test
  @DisplayName("writes are listed when none were expected")
  void writesListed() {
    try (FakeOpenShift fresh = FakeOpenShift.libvirt().start()) {
      fresh.client().imageRegistryOperatorConfigs().withName("cluster").patch(PatchContext.of(PatchType.JSON_MERGE),
          "{\"spec\":{\"replicas\":1}}");
      assertThatThrownBy(() -> assertThat(fresh).requests().hasNoWrites())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("PATCH /apis/imageregistry.operator.openshift.io/v1/configs/cluster");
    }
  }

  @Test
  @DisplayName("dry runs do not count as writes")
  void dryRunsAreNotWrites() {
    try (FakeOpenShift fresh = FakeOpenShift.libvirt().start()) {
      fresh.client().imageRegistryOperatorConfigs().withName("cluster").dryRun()
          .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"replicas\":1}}");
      assertThat(fresh).requests().hasNoWrites().hasCount("PATCH", "configs", 1);
    }
  }
}
