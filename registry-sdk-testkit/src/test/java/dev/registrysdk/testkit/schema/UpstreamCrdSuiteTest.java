package dev.registrysdk.testkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.FakeOpenShift;
import dev.registrysdk.testkit.server.Json;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code onCreate} and {@code onUpdate} case of openshift/api's CRD validation suites
 * (files with {@code tests} in their names under {@code ../shared/upstream/}) against the fake API
 * server, through a fabric8 client, as the suites run against a real API server.
 */
@DisplayName("openshift/api CRD validation suites pass against the fake API server")
class UpstreamCrdSuiteTest {

  private static FakeOpenShift cluster;
  private static int counter;

  @BeforeAll
  static void start() {
    cluster = FakeOpenShift.none().withoutOperator().start();
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  static Stream<Arguments> cases() throws IOException {
    Path folder = upstreamFolder();
    if (folder == null) {
      return Stream.of(Arguments.of("(no suites)", null, null));
    }
    List<Arguments> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.getFileName().toString().contains("tests")).sorted().toList()) {
        JsonNode suite = Json.parseYaml(Files.readString(file));
        String crdName = suite.path("crdName").asText(suite.path("crd").asText(""));
        for (String kind : List.of("onCreate", "onUpdate")) {
          for (JsonNode test : suite.path("tests").path(kind)) {
            cases.add(Arguments.of(shortName(file) + " " + kind + ": " + test.path("name").asText(), crdName,
                test));
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void suiteCase(String title, String crdName, JsonNode test) throws Exception {
    assumeTrue(test != null, "shared/upstream/ with openshift/api's CRD test suites is absent; skipped."
        + " Put the suites in ../shared/upstream/ next to the repository to run them.");
    if (test.has("updated")) {
      runUpdate(crdName, test);
    } else {
      runCreate(test);
    }
  }

  private static void runCreate(JsonNode test) {
    GenericKubernetesResource initial = resource(test.path("initial").asText());
    if (test.has("expectedError")) {
      assertRejected(() -> cluster.client().resource(initial).create(), test.path("expectedError").asText());
      return;
    }
    GenericKubernetesResource created = cluster.client().resource(initial).create();
    assertMatchesExpected(created, test.path("expected").asText());
  }

  static Stream<Arguments> statusCases() {
    String initial = "apiVersion: imageregistry.operator.openshift.io/v1\nkind: Config\nspec:\n  replicas: 1\n"
        + "status:\n  latestAvailableRevision: 2\n  storage: {}\n  storageManaged: false\n";
    return Stream.of(
        Arguments.of("a status that breaks a transition rule fails on the status write", initial,
            initial.replace("latestAvailableRevision: 2", "latestAvailableRevision: 1"),
            "expectedStatusError: 'status.latestAvailableRevision: Invalid value: \"integer\": must only increase'\n"),
        Arguments.of("a status that keeps the rules is written and read back", initial,
            initial.replace("latestAvailableRevision: 2", "latestAvailableRevision: 3"),
            "expected: |\n" + initial.replace("latestAvailableRevision: 2", "latestAvailableRevision: 3")
                .replace("spec:\n  replicas: 1\n", "spec:\n  replicas: 1\n  logLevel: Normal\n"
                    + "  operatorLogLevel: Normal\n").indent(2)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statusCases")
  @DisplayName("the runner writes an onUpdate case's status through the status subresource, as openshift/api's does")
  void statusCase(String title, String initial, String updated, String expectation) throws Exception {
    JsonNode test = Json.parseYaml("name: " + title + "\ninitial: |\n" + initial.indent(2) + "updated: |\n"
        + updated.indent(2) + expectation);
    runUpdate("configs.imageregistry.operator.openshift.io", test);
  }

  /**
   * As openshift/api's runner does: create the initial object (then write its status through the status
   * subresource), update the main resource, then write the updated status through the status
   * subresource; {@code expectedError} is checked on the main update, {@code expectedStatusError} on
   * the status update, {@code expected} against the object read back.
   */
  private static void runUpdate(String crdName, JsonNode test) throws Exception {
    GenericKubernetesResource initial = resource(test.path("initial").asText());
    Object initialStatus = initial.getAdditionalProperties().get("status");
    List<AutoCloseable> relaxed = new ArrayList<>();
    for (JsonNode patch : test.path("initialCRDPatches")) {
      assertThat(patch.path("op").asText()).as("only remove patches are used by the suites").isEqualTo("remove");
      relaxed.add(cluster.schemas().relax(crdName, patch.path("path").asText()));
    }
    GenericKubernetesResource created;
    try {
      created = cluster.client().resource(initial).create();
      if (initialStatus != null) {
        created.setAdditionalProperty("status", initialStatus);
        created = cluster.client().resource(created).updateStatus();
      }
    } finally {
      for (AutoCloseable r : relaxed) {
        r.close();
      }
    }
    GenericKubernetesResource updated = resource(test.path("updated").asText());
    Object updatedStatus = updated.getAdditionalProperties().get("status");
    updated.setMetadata(created.getMetadata());
    if (test.has("expectedError")) {
      assertRejected(() -> cluster.client().resource(updated).update(), test.path("expectedError").asText());
      return;
    }
    GenericKubernetesResource result = cluster.client().resource(updated).update();
    if (updatedStatus != null) {
      result.setAdditionalProperty("status", updatedStatus);
      if (test.has("expectedStatusError")) {
        assertRejected(() -> cluster.client().resource(result).updateStatus(),
            test.path("expectedStatusError").asText());
        return;
      }
      cluster.client().resource(result).updateStatus();
    }
    assertMatchesExpected(cluster.client().resource(result).get(), test.path("expected").asText());
  }

  private static void assertRejected(ThrowingCallable write, String expected) {
    assertThatThrownBy(write)
        .isInstanceOf(KubernetesClientException.class)
        .satisfies(e -> assertThat(((KubernetesClientException) e).getStatus().getMessage()).contains(expected));
  }

  private static GenericKubernetesResource resource(String yaml) {
    ObjectNode node = (ObjectNode) Json.parseYaml(yaml);
    Json.metadata(node).put("name", "suite-case-" + (++counter));
    return Json.toModel(node, GenericKubernetesResource.class);
  }

  private static void assertMatchesExpected(GenericKubernetesResource actual, String expectedYaml) {
    ObjectNode expected = (ObjectNode) Json.parseYaml(expectedYaml);
    ObjectNode stored = Json.toTree(actual);
    Iterator<Map.Entry<String, JsonNode>> fields = expected.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (List.of("apiVersion", "kind", "metadata").contains(field.getKey())) {
        continue;
      }
      assertThat(stored.get(field.getKey())).as(field.getKey()).isEqualTo(field.getValue());
    }
  }

  private static String shortName(Path file) {
    String name = file.getFileName().toString().replace(".yaml", "");
    String[] parts = name.split("__");
    return parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : name;
  }

  /** Finds {@code shared/upstream} beside the repository root, or returns {@code null}. */
  static Path upstreamFolder() {
    List<Path> starts = new ArrayList<>();
    String root = System.getProperty("registrysdk.repository.root");
    if (root != null && !root.isBlank()) {
      starts.add(Paths.get(root));
    }
    starts.add(Paths.get("").toAbsolutePath());
    for (Path start : starts) {
      for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
        Path candidate = dir.resolve("shared").resolve("upstream");
        if (Files.isDirectory(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }
}
