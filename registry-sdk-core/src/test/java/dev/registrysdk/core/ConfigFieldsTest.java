package dev.registrysdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.registrysdk.api.LogLevel;
import dev.registrysdk.api.RegistryProxy;
import dev.registrysdk.api.RegistryRoute;
import dev.registrysdk.api.RequestLimits;
import dev.registrysdk.api.RolloutStrategy;
import dev.registrysdk.api.RouteTls;
import dev.registrysdk.api.plan.Change;
import dev.registrysdk.api.plan.ChangeAction;
import dev.registrysdk.api.plan.Plan;
import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.api.model.AffinityBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraintBuilder;
import io.fabric8.openshift.api.model.Route;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What each setting of {@link RegistryConfigurer} writes into the Config, and nothing else. */
class ConfigFieldsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Planning writes nothing, so every row plans against the same fresh bare-metal cluster. */
  private static FakeOpenShift cluster;

  @BeforeAll
  static void start() {
    cluster = FakeOpenShift.bareMetal().start();
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  private static Arguments row(String setter, UnaryOperator<RegistryConfigurer> set, String spec) {
    return Arguments.of(setter, set, spec);
  }

  static Stream<Arguments> settings() {
    Map<String, String> registryPods = Map.of("docker-registry", "default");
    return Stream.of(
        row("proxy", c -> c.proxy(RegistryProxy.empty().http("http://proxy.example.com:3128")
                .https("http://proxy.example.com:3129").noProxy(".cluster.local,.svc")),
            "{\"proxy\":{\"http\":\"http://proxy.example.com:3128\",\"https\":\"http://proxy.example.com:3129\","
                + "\"noProxy\":\".cluster.local,.svc\"}}"),
        row("readOnly", c -> c.readOnly(true), "{\"readOnly\":true}"),
        row("disableRedirect", c -> c.disableRedirect(true), "{\"disableRedirect\":true}"),
        row("readRequests", c -> c.readRequests(RequestLimits.create().maxRunning(10).maxInQueue(20)
                .maxWaitInQueue(Duration.ofSeconds(30))),
            "{\"requests\":{\"read\":{\"maxRunning\":10,\"maxInQueue\":20,\"maxWaitInQueue\":\"30s\"}}}"),
        row("writeRequests", c -> c.writeRequests(RequestLimits.create().maxRunning(2).maxWaitInQueue(Duration.ofSeconds(90))),
            "{\"requests\":{\"write\":{\"maxRunning\":2,\"maxWaitInQueue\":\"1m30s\"}}}"),
        row("resources", c -> c.resources(new ResourceRequirementsBuilder().addToRequests("memory", new Quantity("256Mi"))
                .addToLimits("cpu", new Quantity("1")).build()),
            "{\"resources\":{\"requests\":{\"memory\":\"256Mi\"},\"limits\":{\"cpu\":\"1\"}}}"),
        row("nodeSelector", c -> c.nodeSelector(Map.of("node-role.kubernetes.io/infra", "")),
            "{\"nodeSelector\":{\"node-role.kubernetes.io/infra\":\"\"}}"),
        row("tolerations", c -> c.tolerations(List.of(new TolerationBuilder().withKey("node-role.kubernetes.io/infra")
                .withOperator("Exists").withEffect("NoSchedule").build())),
            "{\"tolerations\":[{\"key\":\"node-role.kubernetes.io/infra\",\"operator\":\"Exists\",\"effect\":\"NoSchedule\"}]}"),
        row("affinity", c -> c.affinity(new AffinityBuilder().withNewPodAntiAffinity()
                .addNewPreferredDuringSchedulingIgnoredDuringExecution().withWeight(100).withNewPodAffinityTerm()
                .withTopologyKey("kubernetes.io/hostname").withNewLabelSelector().withMatchLabels(registryPods).endLabelSelector()
                .endPodAffinityTerm().endPreferredDuringSchedulingIgnoredDuringExecution().endPodAntiAffinity().build()),
            "{\"affinity\":{\"podAntiAffinity\":{\"preferredDuringSchedulingIgnoredDuringExecution\":[{\"weight\":100,"
                + "\"podAffinityTerm\":{\"topologyKey\":\"kubernetes.io/hostname\","
                + "\"labelSelector\":{\"matchLabels\":{\"docker-registry\":\"default\"}}}}]}}}"),
        row("topologySpreadConstraints", c -> c.topologySpreadConstraints(List.of(new TopologySpreadConstraintBuilder()
                .withMaxSkew(1).withTopologyKey("topology.kubernetes.io/zone").withWhenUnsatisfiable("DoNotSchedule")
                .withNewLabelSelector().withMatchLabels(registryPods).endLabelSelector().build())),
            "{\"topologySpreadConstraints\":[{\"maxSkew\":1,\"topologyKey\":\"topology.kubernetes.io/zone\","
                + "\"whenUnsatisfiable\":\"DoNotSchedule\",\"labelSelector\":{\"matchLabels\":{\"docker-registry\":\"default\"}}}]}"),
        row("logLevel", c -> c.logLevel(LogLevel.DEBUG), "{\"logLevel\":\"Debug\"}"),
        row("operatorLogLevel", c -> c.operatorLogLevel(LogLevel.TRACE), "{\"operatorLogLevel\":\"Trace\"}"),
        row("defaultRoute", c -> c.defaultRoute(true), "{\"defaultRoute\":true}"),
        row("rolloutStrategy", c -> c.rolloutStrategy(RolloutStrategy.RECREATE), "{\"rolloutStrategy\":\"Recreate\"}"));
  }

  @ParameterizedTest(name = "{0}() writes exactly spec {2}")
  @MethodSource("settings")
  void setterWritesItsField(String setter, UnaryOperator<RegistryConfigurer> set, String spec) throws Exception {
    Plan plan = set.apply(RegistryConfigurer.on(cluster.client())).plan();

    assertThat(plan.hasErrors()).as(plan.render()).isFalse();
    Change change = plan.changes().stream().filter(c -> c.target().kind().equals("Config")).findFirst().orElseThrow();
    JsonNode patch = JSON.readTree(change.body());
    assertThat(patch.get("spec")).isEqualTo(JSON.readTree(spec));
    assertThat(patch.get("metadata").fieldNames()).toIterable().containsExactly("resourceVersion");
  }

  @Test
  @DisplayName("a route with TLS from PEM: the kubernetes.io/tls secret in openshift-image-registry, named in the route, masked in the plan")
  void routeTlsFromPem() throws Exception {
    Secret ingress = cluster.client().secrets().inNamespace("openshift-ingress").withName("router-certs-default").get();
    String certificate = decode(ingress.getData().get("tls.crt"));
    String key = decode(ingress.getData().get("tls.key"));
    String host = "registry." + cluster.ingressDomain();
    try (FakeOpenShift fresh = FakeOpenShift.bareMetal().start()) {
      ApplyResult result = RegistryConfigurer.on(fresh.client()).settleWindow(Duration.ZERO)
          .managed().storage(TestStorage.emptyDir())
          .route(RegistryRoute.named("public-routes").hostname(host).tls(RouteTls.fromPem(certificate, key)))
          .apply();

      Secret stored = fresh.client().secrets().inNamespace("openshift-image-registry").withName("public-routes-tls").get();
      assertThat(stored.getType()).isEqualTo("kubernetes.io/tls");
      assertThat(decode(stored.getData().get("tls.crt"))).isEqualTo(certificate);
      assertThat(decode(stored.getData().get("tls.key"))).isEqualTo(key);
      assertThat(fresh.client().imageRegistryOperatorConfigs().withName("cluster").get().getSpec().getRoutes())
          .singleElement().satisfies(route -> {
            assertThat(route.getName()).isEqualTo("public-routes");
            assertThat(route.getHostname()).isEqualTo(host);
            assertThat(route.getSecretName()).isEqualTo("public-routes-tls");
          });
      Route route = fresh.client().routes().inNamespace("openshift-image-registry").withName("public-routes").get();
      assertThat(route.getSpec().getHost()).isEqualTo(host);
      assertThat(route.getSpec().getTls().getKey()).as("the operator serves the secret's key").isEqualTo(key);

      Change secret = result.plan().changes().get(0);
      assertThat(secret.action()).isEqualTo(ChangeAction.CREATE);
      assertThat(secret.target().toString()).isEqualTo("Secret openshift-image-registry/public-routes-tls");
      assertThat(secret.diff()).contains("data.tls.key: (unset) -> ****", "type: (unset) -> \"kubernetes.io/tls\"");
      String shown = result.plan().render() + secret.displayBody();
      assertThat(shown).doesNotContain(ingress.getData().get("tls.key")).doesNotContain("PRIVATE KEY");
    }
  }

  private static String decode(String base64) {
    return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
  }
}
