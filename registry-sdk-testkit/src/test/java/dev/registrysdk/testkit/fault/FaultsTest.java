package dev.registrysdk.testkit.fault;

import static dev.registrysdk.testkit.assertj.FakeOpenShiftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Injected faults")
class FaultsTest {

  private FakeOpenShift cluster;

  @BeforeEach
  void start() {
    cluster = FakeOpenShift.libvirt().start();
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private void patchReplicas(int replicas) {
    cluster.client().imageRegistryOperatorConfigs().withName("cluster")
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"replicas\":" + replicas + "}}");
  }

  @Test
  @DisplayName("conflictOnNext answers the next matching request with 409, then lets requests through")
  void conflictOnNext() {
    cluster.faults().conflictOnNext("PATCH", "configs");
    assertThatThrownBy(() -> patchReplicas(1))
        .isInstanceOf(KubernetesClientException.class)
        .satisfies(e -> assertThat(((KubernetesClientException) e).getStatus().getMessage())
            .isEqualTo("Operation cannot be fulfilled on configs.imageregistry.operator.openshift.io \"cluster\": the"
                + " object has been modified; please apply your changes to the latest version and try again"));
    patchReplicas(1);
  }

  @Test
  @DisplayName("failNth answers only the n-th matching request with the code")
  void failNth() {
    cluster.faults().failNth(2, "GET", "configs", 503);
    cluster.client().imageRegistryOperatorConfigs().withName("cluster").get();
    assertThatThrownBy(() -> cluster.client().imageRegistryOperatorConfigs().withName("cluster").get())
        .isInstanceOf(KubernetesClientException.class)
        .satisfies(e -> assertThat(((KubernetesClientException) e).getCode()).isEqualTo(503));
    assertThat(cluster.client().imageRegistryOperatorConfigs().withName("cluster").get()).isNotNull();
  }

  @Test
  @DisplayName("failRandomly fails the same requests for the same seed")
  void failRandomlyIsSeeded() {
    assertThat(outcomes(7L)).isEqualTo(outcomes(7L)).contains(true, false);
  }

  private List<Boolean> outcomes(long seed) {
    try (FakeOpenShift fresh = FakeOpenShift.libvirt().start()) {
      fresh.faults().failRandomly("GET", "configs", 500, 0.5, seed);
      List<Boolean> failed = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        try {
          fresh.client().imageRegistryOperatorConfigs().withName("cluster").get();
          failed.add(false);
        } catch (KubernetesClientException e) {
          failed.add(true);
        }
      }
      return failed;
    }
  }

  @Test
  @DisplayName("operatorStuckProgressing keeps the rollout from completing")
  void stuckProgressing() {
    cluster.faults().operatorStuckProgressing();
    patchReplicas(1);
    cluster.client().imageRegistryOperatorConfigs().withName("cluster")
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"logLevel\":\"Debug\"}}");
    assertThat(cluster).registry().hasCondition("Progressing", "True", "DeploymentNotCompleted");
  }

  @Test
  @DisplayName("operatorDegraded reports Degraded with the given reason and message, until cleared")
  void degraded() {
    cluster.faults().operatorDegraded("ProgressDeadlineExceeded", "Registry deployment has timed out progressing");
    assertThat(cluster).registry().hasCondition("Degraded", "True", "ProgressDeadlineExceeded")
        .hasConditionMessageContaining("Degraded", "timed out progressing");
    assertThat(cluster).clusterOperator().hasCondition("Degraded", "True", "ProgressDeadlineExceeded");
    cluster.faults().clear();
    assertThat(cluster).registry().isNotDegraded();
  }

  @Test
  @DisplayName("latency adds up for every matching rule and spares the others")
  void latency() {
    cluster.faults().latency(java.time.Duration.ofMillis(100)).latency("GET", "configs", java.time.Duration.ofMillis(50));
    var hooks = cluster.faults().hooks(dev.registrysdk.testkit.server.ApiHooks.NONE);
    var get = call("GET", "configs");
    var list = call("GET", "secrets");
    assertThat(hooks.latency(get)).isEqualTo(java.time.Duration.ofMillis(150));
    assertThat(hooks.latency(list)).isEqualTo(java.time.Duration.ofMillis(100));
  }

  @Test
  @DisplayName("latency delays the answer to a real GET over HTTP by at least the injected time")
  void latencyOverHttp() {
    cluster.client().imageRegistryOperatorConfigs().withName("cluster").get();
    cluster.faults().latency("GET", "configs", java.time.Duration.ofMillis(300));
    long start = System.nanoTime();
    assertThat(cluster.client().imageRegistryOperatorConfigs().withName("cluster").get()).isNotNull();
    assertThat(java.time.Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(java.time.Duration.ofMillis(300));
  }

  private static dev.registrysdk.testkit.requests.ApiCall call(String method, String resource) {
    return new dev.registrysdk.testkit.requests.ApiCall(method, "get", "/", "", resource, "", "", "",
        java.util.Map.of(), "", "", "", 0, java.time.Instant.EPOCH);
  }

  @Test
  @DisplayName("rejects a success code as a fault")
  void rejectsSuccessCodes() {
    assertThatThrownBy(() -> cluster.faults().failNext("GET", "configs", 200))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an injected fault needs an error code (400-599), got 200");
  }
}
