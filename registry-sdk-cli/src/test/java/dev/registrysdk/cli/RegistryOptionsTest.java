package dev.registrysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.registrysdk.testkit.FakeOpenShift;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every setting of the Config has an option, and each reaches the Config as the SDK writes it. */
class RegistryOptionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private ClusterFixture fixture;

  @BeforeEach
  void start() {
    fixture = new ClusterFixture(FakeOpenShift.vSphere(), dir);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private JsonNode spec() {
    return JSON.valueToTree(fixture.cluster.client().imageRegistryOperatorConfigs().withName("cluster").get().getSpec());
  }

  private Cli.Result apply(String... options) {
    List<String> args = new ArrayList<>(List.of("--storage", "pvc", "--no-wait"));
    args.addAll(List.of(options));
    return fixture.run("apply", args.toArray(String[]::new));
  }

  static Stream<Arguments> settings() {
    return Stream.of(
        Arguments.of(List.of("--unmanaged"), "/managementState", "\"Unmanaged\""),
        Arguments.of(List.of("--replicas", "3"), "/replicas", "3"),
        Arguments.of(List.of("--rollout-strategy", "Recreate"), "/rolloutStrategy", "\"Recreate\""),
        Arguments.of(List.of("--default-route"), "/defaultRoute", "true"),
        Arguments.of(List.of("--log-level", "Debug"), "/logLevel", "\"Debug\""),
        Arguments.of(List.of("--operator-log-level", "TraceAll"), "/operatorLogLevel", "\"TraceAll\""),
        Arguments.of(List.of("--http-proxy", "http://proxy.example.com:3128"), "/proxy/http", "\"http://proxy.example.com:3128\""),
        Arguments.of(List.of("--https-proxy", "http://proxy.example.com:3129"), "/proxy/https", "\"http://proxy.example.com:3129\""),
        Arguments.of(List.of("--no-proxy", ".cluster.local"), "/proxy/noProxy", "\".cluster.local\""),
        Arguments.of(List.of("--read-only"), "/readOnly", "true"),
        Arguments.of(List.of("--disable-redirect"), "/disableRedirect", "true"),
        Arguments.of(List.of("--read-max-running", "10"), "/requests/read/maxRunning", "10"),
        Arguments.of(List.of("--write-max-in-queue", "5"), "/requests/write/maxInQueue", "5"),
        Arguments.of(List.of("--read-max-wait-in-queue", "30s"), "/requests/read/maxWaitInQueue", "\"30s\""),
        Arguments.of(List.of("--node-selector", "node-role.kubernetes.io/infra="), "/nodeSelector/node-role.kubernetes.io~1infra", "\"\""),
        Arguments.of(List.of("--route", "internal=registry-int.apps.example.com"), "/routes/0/hostname",
            "\"registry-int.apps.example.com\""));
  }

  @ParameterizedTest(name = "{0} sets {1}")
  @MethodSource("settings")
  @DisplayName("an option sets its field")
  void optionSetsField(List<String> options, String pointer, String json) throws Exception {
    Cli.Result result = apply(options.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(spec().at(pointer)).as(spec().toString()).isEqualTo(JSON.readTree(json));
  }

  @Test
  @DisplayName("--no-read-only turns a field off again")
  void negatable() {
    apply("--read-only");

    apply("--no-read-only");

    assertThat(spec().get("readOnly").asBoolean()).isFalse();
  }

  @Test
  @DisplayName("tolerations, affinity and resources come from YAML files")
  void fromFiles() throws IOException {
    Files.writeString(dir.resolve("tolerations.yaml"), "- key: infra\n  operator: Exists\n  effect: NoSchedule\n");
    Files.writeString(dir.resolve("resources.yaml"), "requests:\n  cpu: 100m\n  memory: 256Mi\n");
    Files.writeString(dir.resolve("affinity.yaml"),
        "podAntiAffinity:\n  preferredDuringSchedulingIgnoredDuringExecution:\n  - weight: 100\n"
            + "    podAffinityTerm:\n      topologyKey: kubernetes.io/hostname\n");

    Cli.Result result = apply("--tolerations-file", "tolerations.yaml", "--resources-file", "resources.yaml",
        "--affinity-file", "affinity.yaml");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(spec().at("/tolerations/0/key").asText()).isEqualTo("infra");
    assertThat(spec().at("/resources/requests/memory").asText()).isEqualTo("256Mi");
    assertThat(spec().at("/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/0/weight").asInt())
        .isEqualTo(100);
  }

  @Test
  @DisplayName("a route with a certificate from PEM files creates its TLS secret; --replace-routes replaces all routes")
  void routesWithCertificates() throws IOException {
    Files.copy(Path.of("src/test/resources/certificate.pem"), dir.resolve("tls.crt"));
    Files.writeString(dir.resolve("tls.key"), "-----BEGIN PRIVATE KEY-----\nTESTKEY\n-----END PRIVATE KEY-----\n");
    apply("--route", "old=old.example.com");

    Cli.Result result = apply("--replace-routes", "--route", "public=registry.example.com",
        "--route-tls-cert", "public=tls.crt", "--route-tls-key", "public=file:tls.key");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(spec().get("routes")).hasSize(1);
    assertThat(spec().at("/routes/0/secretName").asText()).isEqualTo("public-tls");
    assertThat(fixture.cluster.client().secrets().inNamespace("openshift-image-registry").withName("public-tls").get())
        .isNotNull();
  }
}
