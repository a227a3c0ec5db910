package dev.registrysdk.storage.emptydir;

import static dev.registrysdk.storage.Twins.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.api.error.ClusterNotReadyException;
import dev.registrysdk.core.ApplyResult;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.SeedProcedureContract;
import dev.registrysdk.storage.StorageFindingCodes;
import dev.registrysdk.storage.Twins;
import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("seeds 000 §3.7.3.2 / 001 §3.4.5, §3.5.4 emptyDir for non-production clusters: EmptyDir.create() instead of two patches")
class EmptyDirProcedureTest extends SeedProcedureContract {

  /** 000 §3.7.2: {@code --patch '{"spec":{"managementState":"Managed"}}'}. */
  private static final String MANAGED = "{\"spec\":{\"managementState\":\"Managed\"}}";

  /** 000 §3.7.3.2: {@code --patch '{"spec":{"storage":{"emptyDir":{}}}}'}. */
  private static final String EMPTY_DIR = "{\"spec\":{\"storage\":{\"emptyDir\":{}}}}";

  /** 001 §3.4.5 and §3.5.4 print the patch with one closing brace missing. */
  private static final String EMPTY_DIR_001 = "{\"spec\": {\"storage\":{\"emptyDir\":{}}}";

  @Override
  protected FakeOpenShift.Builder platform() {
    return FakeOpenShift.vSphere();
  }

  @Override
  public RegistryConfigurer sdkCall(RegistryConfigurer configurer) {
    return configurer.managed().storage(EmptyDir.create());
  }

  @Override
  protected void byHand(Twins.Oc oc) {
    // oc patch configs.imageregistry.operator.openshift.io cluster --type merge --patch '{"spec":{"managementState":"Managed"}}'
    // oc patch configs.imageregistry.operator.openshift.io cluster --type merge --patch '{"spec":{"storage":{"emptyDir":{}}}}'
    oc.patchConfig(MANAGED).patchConfig(EMPTY_DIR);
  }

  @Nested
  @DisplayName("compared with the seed's two patches on an identical cluster")
  class ComparedWithSeed extends SeedAndSdk {

    @Test
    @DisplayName("leaves the registry spec the seed's patches leave")
    void sameSpec() {
      assertThat(spec(compared.sdk())).isEqualTo(spec(compared.hand()));
    }

    @Test
    @DisplayName("both registries become Available on emptyDir alone, storage Managed, one replica")
    void bothAvailable() {
      assertThat(compared.hand()).registry().isAvailable().hasStorage("emptyDir");
      assertThat(compared.sdk()).registry().isReady().hasStorage("emptyDir").hasStorageManagementState("Managed")
          .hasReplicas(1);
    }
  }

  @Test
  @DisplayName("seed 001's emptyDir patch is not JSON: the hand step fails and writes nothing")
  void seed001PatchIsMalformed() {
    twins.hand().requests().clear();

    assertThatThrownBy(() -> twins.oc().patchConfig(EMPTY_DIR_001)).isInstanceOf(KubernetesClientException.class);
    assertThat(twins.hand().requests().writes()).isEmpty();
    assertThat(twins.hand()).registry().hasManagementState("Removed");
  }

  @Test
  @DisplayName("two replicas on emptyDir, which the operator never checks, are refused before any write")
  void twoReplicasRefused() {
    assertRefusedBeforeAnyWrite(sdkCall(twins.configurer()).replicas(2), StorageFindingCodes.EMPTYDIR_SINGLE_REPLICA);
  }

  @Nested
  @DisplayName("right after install, before the operator created its Config")
  class BeforeTheConfigExists {

    private FakeOpenShift young() {
      return FakeOpenShift.vSphere().configAppearsAfter(Duration.ofMinutes(2)).start();
    }

    @Test
    @DisplayName("the seed's patch fails with the NotFound error its warning shows")
    void seedPatchNotFound() {
      try (FakeOpenShift cluster = young()) {
        assertThatThrownBy(() -> Twins.Oc.on(cluster).patchConfig(EMPTY_DIR))
            .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(404))
            .hasMessageContaining("configs.imageregistry.operator.openshift.io \"cluster\" not found");
      }
    }

    @Test
    @DisplayName("the SDK, told not to wait, says so and writes nothing")
    void sdkNotWaiting() {
      try (FakeOpenShift cluster = young()) {
        assertThatThrownBy(() -> sdkCall(Twins.configurer(cluster)).waitForConfig(Duration.ZERO).apply())
            .isInstanceOfSatisfying(ClusterNotReadyException.class,
                e -> assertThat(e.reason()).isEqualTo(ClusterNotReadyException.Reason.CONFIG_NOT_FOUND));
        assertThat(cluster.requests().writes()).isEmpty();
      }
    }

    @Test
    @DisplayName("the SDK waits for the Config instead of \"wait a few minutes and run the command again\"")
    void sdkWaits() throws Exception {
      try (FakeOpenShift cluster = young()) {
        CompletableFuture<ApplyResult> applying = CompletableFuture.supplyAsync(
            () -> sdkCall(Twins.configurer(cluster)).waitForConfig(Duration.ofSeconds(30)).apply());

        cluster.clock().advance(Duration.ofMinutes(2));

        applying.get(30, TimeUnit.SECONDS).awaitReady(READY);
        assertThat(cluster).registry().isReady().hasStorage("emptyDir");
      }
    }
  }
}
