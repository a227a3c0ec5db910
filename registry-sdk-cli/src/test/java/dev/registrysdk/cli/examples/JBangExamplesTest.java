package dev.registrysdk.cli.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example in {@code examples/} runs through the real JBang (0.132.1 from Maven Central, via
 * {@code examples/jbang}) against its embedded fake cluster, exits 0 and reports the registry ready;
 * the scripts of the cluster-wide features also print what they are about (a registries.conf, the
 * objects of a private registry).
 *
 * <p>Skipped, saying why, when JBang cannot be resolved or the build has not packaged the modules
 * the scripts depend on (as under {@code mvn test}). Scripts are compiled once into
 * {@code target/jbang}; two run at a time.
 */
class JBangExamplesTest {

  private static final Path ROOT = Path.of(System.getProperty("registrysdk.root", "..")).toAbsolutePath().normalize();
  private static final Path EXAMPLES = ROOT.resolve("examples");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the scripts of the cluster-wide features print besides the plan and readiness. */
  private static final Map<String, List<String>> KEY_OUTPUT = Map.of(
      "Mirrors.java", List.of("CREATE ImageDigestMirrorSet ubi8repo", "pull-from-mirror = \"digest-only\"",
          "  1. example.io/example/ubi-minimal@sha256:", "(mirror)", "A pull by tag is not mirrored"),
      "TrustedCa.java", List.of("CREATE ConfigMap openshift-config/my-registry-ca", "data.registry-with-port.example.com..5000",
          "spec.additionalTrustedCA.name: (unset) -> \"my-registry-ca\""),
      "PrivateRegistry.java", List.of("PATCH StorageClass ocp-trident", "CREATE ConfigMap openshift-config/astra-ca",
          "CREATE RoleBinding netapp-astra/registry-viewer", "CREATE RoleBinding netapp-astra/registry-editor",
          "CREATE Secret netapp-astra/astra-registry-credentials", "data..dockerconfigjson: (unset) -> ****",
          "PATCH ServiceAccount netapp-astra/default", "podman login -u ocp-user"),
      "Metrics.java", List.of("CREATE ClusterRole prometheus-scraper", "CREATE ClusterRoleBinding prometheus-scraper",
          "/extensions/v2/metrics"));

  private static JBang jbang;
  private static ExecutorService pool;
  private static final Map<String, Future<JBang.Result>> RUNS = new LinkedHashMap<>();

  @BeforeAll
  static void prepare() throws Exception {
    jbang = new JBang(ROOT, Path.of("target/jbang").toAbsolutePath(),
        System.getProperty("registrysdk.version", "0.1.0-SNAPSHOT"));
    List<String> missing = jbang.installProjectArtifacts();
    assumeTrue(missing.isEmpty(), "The JBang examples need the packaged jars of " + missing
        + "; run mvn package or mvn verify (not only mvn test) to run them");
    JBang.Result version = jbang.run(EXAMPLES, List.of("--version"));
    assumeTrue(version.exitCode() == 0, "JBang could not be resolved from Maven (dev.jbang:jbang-cli:"
        + System.getProperty("jbang.version") + "), so the examples are not run:\n" + version.output());
    pool = Executors.newFixedThreadPool(2);
    for (String script : scripts()) {
      RUNS.put(script, pool.submit(() -> jbang.runScript(EXAMPLES, script)));
    }
  }

  @AfterAll
  static void stop() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  static List<String> scripts() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".java") && !n.equals("ExampleCluster.java")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  @DisplayName("runs through JBang on its fake cluster and reports the registry ready")
  void example(String script) throws Exception {
    JBang.Result result = RUNS.get(script).get();

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("Cluster: embedded fake", "Plan: ", "Applied ",
        "Registry: READY (Ready): The registry is ready");
    if (KEY_OUTPUT.containsKey(script)) {
      assertThat(result.output()).contains(KEY_OUTPUT.get(script));
    }
  }

  @Test
  @DisplayName("the catalog has an alias for every example, and every alias names an example")
  void catalog() throws IOException {
    JsonNode aliases = JSON.readTree(EXAMPLES.resolve("jbang-catalog.json").toFile()).get("aliases");
    List<String> referenced = new ArrayList<>();
    aliases.properties().forEach(a -> {
      assertThat(a.getValue().path("description").asText()).as(a.getKey()).isNotBlank();
      referenced.add(a.getValue().get("script-ref").asText());
    });

    assertThat(referenced).containsExactlyInAnyOrderElementsOf(scripts());
  }
}
