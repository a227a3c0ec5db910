package dev.registrysdk.cli.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.registrysdk.testkit.FakeOpenShift;
import dev.registrysdk.testkit.standalone.StandaloneMain;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example in {@code examples/} runs through the real JBang (0.132.1 from Maven Central, via
 * {@code examples/jbang}) against its embedded fake cluster, exits 0 and reports the registry ready;
 * the scripts of the cluster-wide features also print what they are about (a registries.conf, the
 * objects of a private registry).
 *
 * <p>One script also runs against the testkit's standalone server through a kubeconfig, as against a
 * real cluster: it plans there without writing, and writes only with {@code --apply}.
 *
 * <p>Skipped, saying why, when the build has not packaged the modules the scripts depend on (as under
 * {@code mvn test}); failed when JBang cannot be resolved from Maven Central, so that no build passes
 * without running the examples. Scripts are compiled once into {@code target/jbang}; two run at a time.
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
    if (version.exitCode() != 0) {
      fail("examples/jbang could not resolve JBang (dev.jbang:jbang-cli:" + System.getProperty("jbang.version")
          + ") from Maven Central, so no example ran. It needs Maven Central once; later runs take it from the"
          + " local repository. Its output:\n" + version.output());
    }
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
  @DisplayName("with --kubeconfig a script plans on that cluster and writes nothing; with --apply it writes and the registry gets ready")
  void kubeconfigCluster(@TempDir Path dir) throws Exception {
    // Its run on the fake cluster has compiled the script: two JBang builds of one script would race for its cache.
    RUNS.get("BareMetalEmptyDir.java").get();
    Path kubeconfig = dir.resolve("kubeconfig");
    try (FakeOpenShift cluster = StandaloneMain.start("--platform", "baremetal", "--kubeconfig", kubeconfig.toString())) {
      cluster.requests().clear();

      JBang.Result plan = jbang.runScript(EXAMPLES, "BareMetalEmptyDir.java", "--kubeconfig", kubeconfig.toString());

      assertThat(plan.exitCode()).as(plan.output()).isZero();
      assertThat(plan.output()).contains("Cluster: " + cluster.url(), "spec.managementState: \"Removed\" -> \"Managed\"",
          "Plan only: run again with --apply to write it to this cluster.").doesNotContain("Applied ");
      assertThat(cluster.requests().all()).as("the script read this cluster").isNotEmpty();
      assertThat(cluster.requests().writes()).as("writes of a plan-only run").isEmpty();

      JBang.Result apply = jbang.runScript(EXAMPLES, "BareMetalEmptyDir.java", "--kubeconfig", kubeconfig.toString(), "--apply");

      assertThat(apply.exitCode()).as(apply.output()).isZero();
      assertThat(apply.output()).contains("Cluster: " + cluster.url(), "Applied ",
          "Registry: READY (Ready): The registry is ready").doesNotContain("embedded fake");
      assertThat(cluster.requests().writes()).isNotEmpty();
      Config config = cluster.client().imageRegistryOperatorConfigs().withName("cluster").get();
      assertThat(config.getSpec().getManagementState()).isEqualTo("Managed");
      assertThat(config.getSpec().getStorage().getEmptyDir()).isNotNull();
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

  @Test
  @DisplayName("JBang itself reads every alias of the catalog")
  void aliasesThroughJBang() throws Exception {
    JBang.Result list = jbang.run(EXAMPLES, List.of("alias", "list"));

    assertThat(list.exitCode()).as(list.output()).isZero();
    List<String> aliases = new ArrayList<>();
    JSON.readTree(EXAMPLES.resolve("jbang-catalog.json").toFile()).get("aliases").fieldNames()
        .forEachRemaining(aliases::add);
    assertThat(aliases).isNotEmpty().allSatisfy(alias -> assertThat(list.output()).contains(alias + "\n"));
  }
}
