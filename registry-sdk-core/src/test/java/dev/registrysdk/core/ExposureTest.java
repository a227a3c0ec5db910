package dev.registrysdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.core.exposure.RegistryExposure;
import io.fabric8.openshift.api.model.RouteBuilder;
import io.fabric8.openshift.api.model.config.v1.Image;
import io.fabric8.openshift.api.model.config.v1.ImageStatusBuilder;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExposureTest {

  private static final String HOST = "default-route-openshift-image-registry." + FeatureCluster.INGRESS_DOMAIN;

  private FeatureCluster cluster;

  @BeforeEach
  void start() {
    cluster = FeatureCluster.current();
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  /** What the operator does after spec.defaultRoute: true: the route, then the image config's status. */
  private void operatorExposes() {
    cluster.client.routes().inNamespace("openshift-image-registry").resource(new RouteBuilder()
        .withNewMetadata().withName("default-route").withNamespace("openshift-image-registry").endMetadata()
        .withNewSpec().withHost(HOST).withNewTo().withKind("Service").withName("image-registry").endTo().endSpec()
        .build()).create();
    Image image = cluster.imageConfig();
    image.setStatus(new ImageStatusBuilder().withInternalRegistryHostname("image-registry.openshift-image-registry.svc:5000")
        .withExternalRegistryHostnames(HOST).build());
    cluster.client.config().images().resource(image).updateStatus();
  }

  @Test
  @DisplayName("a registry that is not exposed reads as empty, not as an error")
  void notExposed() {
    RegistryExposure exposure = RegistryExposure.of(cluster.client);
    assertThat(exposure.defaultRouteHost()).isEmpty();
    assertThat(exposure.externalHostnames()).isEmpty();
    assertThat(exposure.internalHostname()).isEmpty();
  }

  @Test
  @DisplayName("seed 001 §6.1: after defaultRoute(true), reads the host oc get route default-route prints, and the status host names")
  void seed001DefaultRoute() {
    cluster.configurer().defaultRoute(true).apply();
    operatorExposes();

    RegistryExposure exposure = RegistryExposure.of(cluster.client);
    assertThat(exposure.defaultRouteHost()).contains(HOST);
    assertThat(exposure.externalHostnames()).containsExactly(HOST);
    assertThat(exposure.internalHostname()).contains("image-registry.openshift-image-registry.svc:5000");
  }

  @Test
  @DisplayName("waits, watching, for the operator to create the route after the apply")
  void awaitsRoute() throws Exception {
    cluster.configurer().defaultRoute(true).apply();
    cluster.mock.drainRequests();

    CompletableFuture<Optional<String>> host = CompletableFuture.supplyAsync(
        () -> RegistryExposure.of(cluster.client).awaitDefaultRouteHost(Duration.ofSeconds(30)));
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> cluster.mock.drainRequests().stream()
        .anyMatch(r -> r.getPath().contains("watch=true")));
    operatorExposes();

    assertThat(host.get(20, TimeUnit.SECONDS)).contains(HOST);
  }

  @Test
  @DisplayName("gives up with an empty result when the route does not appear in time")
  void awaitTimesOut() {
    assertThat(RegistryExposure.of(cluster.client).awaitDefaultRouteHost(Duration.ofMillis(200))).isEmpty();
  }
}
