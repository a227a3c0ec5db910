package dev.registrysdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.RegistryRoute;
import dev.registrysdk.api.RouteTls;
import dev.registrysdk.core.exposure.RegistryExposure;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.openshift.api.model.Route;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigRoute;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigRouteBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
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
  @DisplayName("seed 001 §6.1, custom route: with the TLS secret oc create secret tls makes, the route public-routes serves the seed's host name")
  void seed001CustomRoute() {
    Secret ingress = cluster.client.secrets().inNamespace("openshift-ingress").withName("router-certs-default").get();
    // oc create secret tls public-route-tls -n openshift-image-registry --cert=</path/to/tls.crt> --key=</path/to/tls.key>
    cluster.client.secrets().inNamespace("openshift-image-registry").resource(new SecretBuilder().withNewMetadata()
        .withName("public-route-tls").withNamespace("openshift-image-registry").endMetadata().withType("kubernetes.io/tls")
        .addToData("tls.crt", ingress.getData().get("tls.crt")).addToData("tls.key", ingress.getData().get("tls.key")).build())
        .create();

    cluster.configurer().managed().storage(TestStorage.operatorClaim())
        .route(RegistryRoute.named("public-routes").hostname("myregistry.mycorp.organization")
            .tls(RouteTls.fromSecret("public-route-tls")))
        .apply();

    // spec.routes as the seed writes it into the Registry Operator's configuration
    ImageRegistryConfigRoute byHand = new ImageRegistryConfigRouteBuilder().withName("public-routes")
        .withHostname("myregistry.mycorp.organization").withSecretName("public-route-tls").build();
    assertThat(cluster.registryConfig().getSpec().getRoutes()).containsExactly(byHand);
    // oc get route public-routes -n openshift-image-registry --template='{{ .spec.host }}'
    Route route = cluster.client.routes().inNamespace("openshift-image-registry").withName("public-routes").get();
    assertThat(route.getSpec().getHost()).isEqualTo("myregistry.mycorp.organization");
    assertThat(route.getSpec().getTls().getCertificate()).as("the route serves the secret's certificate")
        .isEqualTo(new String(Base64.getDecoder().decode(ingress.getData().get("tls.crt")), StandardCharsets.UTF_8));
    RegistryExposure exposure = RegistryExposure.of(cluster.client);
    assertThat(exposure.externalHostnames()).containsExactly("myregistry.mycorp.organization");
    assertThat(exposure.defaultRouteHost()).as("no default route was asked for").isEmpty();
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
