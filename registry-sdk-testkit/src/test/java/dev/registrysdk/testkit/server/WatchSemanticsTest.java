package dev.registrysdk.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Watches follow the API server's resourceVersion rules")
class WatchSemanticsTest {

  private FakeOpenShift cluster;
  private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

  @BeforeEach
  void start() {
    cluster = FakeOpenShift.none().withoutOperator().start();
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private ConfigMap create(String name, String tier) {
    return cluster.client().configMaps().inNamespace("default").resource(new ConfigMapBuilder().withNewMetadata()
        .withName(name).addToLabels("tier", tier).endMetadata().build()).create();
  }

  private Watcher<ConfigMap> recorder() {
    return new Watcher<>() {
      @Override
      public void eventReceived(Action action, ConfigMap resource) {
        events.add(action + " " + resource.getMetadata().getName());
      }

      @Override
      public void onClose(WatcherException cause) {
        events.add("CLOSED " + cause.getMessage());
      }
    };
  }

  private List<String> take(int n) throws InterruptedException {
    List<String> taken = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      String event = events.poll(10, TimeUnit.SECONDS);
      assertThat(event).as("event %s of %s", i + 1, n).isNotNull();
      taken.add(event);
    }
    return taken;
  }

  @Test
  @DisplayName("a watch from a resourceVersion replays only the later changes")
  void replaysFromVersion() throws Exception {
    ConfigMap first = create("first", "a");
    create("second", "a");
    try (Watch watch = cluster.client().configMaps().inNamespace("default").watch(new ListOptionsBuilder()
        .withResourceVersion(first.getMetadata().getResourceVersion()).build(), recorder())) {
      create("third", "a");
      assertThat(take(2)).containsExactly("ADDED second", "ADDED third");
    }
  }

  @Test
  @DisplayName("an object that leaves the label selection is reported as DELETED")
  void leavesSelection() throws Exception {
    create("moving", "a");
    try (Watch watch = cluster.client().configMaps().inNamespace("default").withLabel("tier", "a")
        .watch(recorder())) {
      assertThat(take(1)).containsExactly("ADDED moving");
      cluster.client().configMaps().inNamespace("default").withName("moving")
          .edit(m -> new ConfigMapBuilder(m).editMetadata().addToLabels("tier", "b").endMetadata().build());
      assertThat(take(1)).containsExactly("DELETED moving");
    }
  }

  @Test
  @DisplayName("an update of a custom resource with a stale resourceVersion answers 409")
  void staleUpdate() {
    var image = cluster.client().config().images().withName("cluster").get();
    cluster.client().config().images().withName("cluster").edit(i -> {
      i.getSpec().setExternalRegistryHostnames(List.of("registry.example.com"));
      return i;
    });
    assertThatThrownBy(() -> cluster.client().config().images().resource(image).update())
        .isInstanceOf(KubernetesClientException.class)
        .satisfies(e -> assertThat(((KubernetesClientException) e).getCode()).isEqualTo(409));
  }

  @Test
  @DisplayName("a PUT of a custom resource without resourceVersion answers 422")
  void unconditionalUpdate() throws Exception {
    var image = Json.toTree(cluster.client().config().images().withName("cluster").get());
    Json.metadata(image).remove("resourceVersion");
    var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(cluster.url() + "/apis/config.openshift.io/v1/images/cluster"))
        .header("Content-Type", "application/json")
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(Json.write(image))).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(Json.parse(response.body()).path("message").asText()).isEqualTo("Image.config.openshift.io"
        + " \"cluster\" is invalid: metadata.resourceVersion: Invalid value: 0x0: must be specified for an update");
  }
}
