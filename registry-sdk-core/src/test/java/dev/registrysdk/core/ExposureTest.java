package dev.registrysdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.core.exposure.RegistryExposure;
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

  private FeatureCluster cluster;

  @BeforeEach
  void start() {
    cluster = FeatureCluster.current();
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private String host() {
    return "default-route-openshift-image-registry." + cluster.ingressDomain();
  }

  private RegistryConfigurer exposed() {
    return cluster.configurer().managed().storage(TestStorage.operatorClaim()).defaultRoute(true);
  }

  @Test
  @DisplayName("a registry that is not exposed reads as empty, not as an error")
  void notExposed() {
    RegistryExposure exposure = RegistryExposure.of(cluster.client);
    assertThat(exposure.defaultRouteHost()).isEmpty();
    assertThat(exposure.externalHostnames()).isEmpty();
  }

  @Test
  @DisplayName("seed 001 §6.1: after defaultRoute(true), reads the host oc get route default-route prints, and the status host names")
  void seed001DefaultRoute() {
    exposed().apply();

    RegistryExposure exposure = RegistryExposure.of(cluster.client);
    assertThat(exposure.defaultRouteHost()).contains(host());
    assertThat(exposure.externalHostnames()).containsExactly(host());
    assertThat(exposure.internalHostname()).contains("image-registry.openshift-image-registry.svc:5000");
  }

  @Test
  @DisplayName("waits, watching, for the operator to create the route after the apply")
  void awaitsRoute() throws Exception {
    cluster.fake.operator().pause();
    exposed().apply();
    cluster.clearRequests();

    CompletableFuture<Optional<String>> route = CompletableFuture.supplyAsync(
        () -> RegistryExposure.of(cluster.client).awaitDefaultRouteHost(Duration.ofSeconds(30)));
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> cluster.fake.requests().all().stream()
        .anyMatch(r -> "watch".equals(r.verb()) || "true".equals(r.query().get("watch"))));
    cluster.fake.operator().resume();

    assertThat(route.get(20, TimeUnit.SECONDS)).contains(host());
  }

  @Test
  @DisplayName("gives up with an empty result when the route does not appear in time")
  void awaitTimesOut() {
    assertThat(RegistryExposure.of(cluster.client).awaitDefaultRouteHost(Duration.ofMillis(200))).isEmpty();
  }
}
