package dev.registrysdk.testkit.requests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The request log")
class RequestLogTest {

  private static FakeOpenShift cluster;

  @BeforeAll
  static void start() {
    cluster = FakeOpenShift.libvirt().start();
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  @BeforeEach
  void clear() {
    cluster.requests().clear();
  }

  @Test
  @DisplayName("records method, verb, resource, name, content type, body and query parameters")
  void recordsDetails() {
    cluster.client().imageRegistryOperatorConfigs().withName("cluster").patch(
        new PatchContext.Builder().withPatchType(PatchType.JSON_MERGE).withFieldManager("my-tool").build(),
        "{\"spec\":{\"replicas\":1}}");
    ApiCall call = cluster.requests().last("PATCH", "configs").orElseThrow();
    assertThat(call.verb()).isEqualTo("patch");
    assertThat(call.group()).isEqualTo("imageregistry.operator.openshift.io");
    assertThat(call.name()).isEqualTo("cluster");
    assertThat(call.contentType()).startsWith("application/merge-patch+json");
    assertThat(call.body()).isEqualTo("{\"spec\":{\"replicas\":1}}");
    assertThat(call.fieldManager()).contains("my-tool");
    assertThat(call.code()).isEqualTo(200);
  }

  @Test
  @DisplayName("counts requests by method and resource, and forgets them on clear")
  void counts() {
    cluster.client().imageRegistryOperatorConfigs().withName("cluster").get();
    cluster.client().imageRegistryOperatorConfigs().withName("cluster").get();
    cluster.client().secrets().inNamespace("default").list();
    assertThat(cluster.requests().count("GET", "configs")).isEqualTo(2);
    assertThat(cluster.requests().counts()).containsEntry("GET configs", 2L).containsEntry("GET secrets", 1L);
    cluster.requests().clear();
    assertThat(cluster.requests().all()).isEmpty();
  }

  @Test
  @DisplayName("marks dry runs and leaves them out of writes")
  void dryRuns() {
    cluster.client().imageRegistryOperatorConfigs().withName("cluster").dryRun()
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"replicas\":1}}");
    assertThat(cluster.requests().dryRuns()).singleElement().satisfies(c -> assertThat(c.dryRun()).isTrue());
    assertThat(cluster.requests().writes()).isEmpty();
  }

  @Test
  @DisplayName("does not log what the simulated operator writes")
  void operatorWritesAreNotLogged() {
    cluster.client().imageRegistryOperatorConfigs().withName("cluster")
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"logLevel\":\"Debug\"}}");
    assertThat(cluster.requests().writes()).hasSize(1);
  }
}
