package dev.registrysdk.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.registrysdk.api.error.ValidationException;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.core.validate.FindingCodes;
import dev.registrysdk.storage.Fixtures;
import dev.registrysdk.storage.Twins;
import dev.registrysdk.storage.emptydir.EmptyDir;
import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageS3Builder;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("switching a running registry from emptyDir to S3")
class StorageSwitchTest {

  private FakeOpenShift cluster;

  @BeforeEach
  void runningOnEmptyDir() {
    cluster = FakeOpenShift.bareMetal().start();
    Twins.configurer(cluster).managed().storage(EmptyDir.create()).apply().awaitReady(Duration.ofSeconds(10));
    cluster.requests().clear();
  }

  @AfterEach
  void close() {
    cluster.close();
  }

  private RegistryConfigurer toS3() {
    return Twins.configurer(cluster).storage(S3.compatible("ocp-registry", "https://s3.svc.vopsdev.com")
        .region("local").credentials("ocp-registry-id", "ocp-registry-secret"));
  }

  @Test
  @DisplayName("is refused without allowDataLoss(), before any write: emptyDir's images would be deleted")
  void refusedWithoutConsent() {
    assertThatThrownBy(() -> toS3().apply()).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.errors()).extracting(Finding::code).containsExactly(FindingCodes.DATA_LOSS_STORAGE_SWITCH));
    assertThat(cluster.requests().writes()).isEmpty();
    assertThat(cluster).registry().hasStorage("emptyDir");
  }

  @Test
  @DisplayName("with allowDataLoss() removes emptyDir in the same patch that sets s3")
  void oneConfigPatch() {
    toS3().allowDataLoss().apply();

    assertThat(cluster.requests().count("PATCH", "configs")).isEqualTo(1);
    JsonNode patch = Fixtures.json(cluster.requests().last("PATCH", "configs").orElseThrow().body());
    assertThat(patch.at("/spec/storage/emptyDir").isNull()).as(patch.toString()).isTrue();
    assertThat(patch.at("/spec/storage/s3/bucket").asText()).isEqualTo("ocp-registry");
  }

  @Test
  @DisplayName("with allowDataLoss() ends Available with exactly one backend, S3")
  void endsOnS3Alone() {
    toS3().allowDataLoss().apply().awaitReady(Duration.ofSeconds(10));

    assertThat(cluster).registry().isReady().hasStorage("s3");
  }

  @Test
  @DisplayName("by hand, adding s3 without removing emptyDir makes the operator refuse two backends")
  void byHandTwoBackends() {
    Twins.Oc.on(cluster).editConfig(spec -> spec.getStorage().setS3(new ImageRegistryConfigStorageS3Builder()
        .withBucket("ocp-registry").withRegion("local").withRegionEndpoint("https://s3.svc.vopsdev.com").build()));

    assertThat(cluster).registry().isProgressing().hasConditionMessageContaining("Progressing",
        "exactly one storage type should be configured at the same time, got 2: [EmptyDir S3]");
  }
}
