package dev.registrysdk.testkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.registrysdk.testkit.server.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the testkit's hand-written schemas with the real CRDs in {@code ../shared/upstream/} (read
 * as data at test time): every field the CRD declares, with its type, required list, pattern, enum,
 * range, lengths, item counts, list type, default and validation-rule messages, must be in the testkit's
 * schema, unless the testkit keeps that subtree opaque.
 */
@DisplayName("The testkit's schemas match the real CRDs")
class CrdSchemaConformanceTest {

  private static final Map<String, Supplier<Schema>> SCHEMAS = Map.of(
      "imageregistry__v1__zz_generated.crd-manifests__00_configs.crd.yaml", RegistrySchemas::config,
      "imageregistry__v1__zz_generated.crd-manifests__01_imagepruners.crd.yaml", RegistrySchemas::imagePruner,
      "config-operator_01_images.crd.yaml", ConfigSchemas::image,
      "config-operator_01_imagedigestmirrorsets.crd.yaml", () -> ConfigSchemas.digestMirrorSet("imageDigestMirrors"),
      "config-operator_01_imagetagmirrorsets.crd.yaml", () -> ConfigSchemas.digestMirrorSet("imageTagMirrors"),
      "config-operator_01_imagecontentpolicies.crd.yaml", ConfigSchemas::imageContentPolicy,
      "config-operator_01_imagecontentsourcepolicies.crd.yaml", ConfigSchemas::imageContentSourcePolicy,
      "cluster-version-operator_01_clusteroperators.crd.yaml", ConfigSchemas::clusterOperator);

  static Stream<Arguments> crds() {
    Path folder = UpstreamCrdSuiteTest.upstreamFolder();
    if (folder == null) {
      return Stream.of(Arguments.of("(no CRDs)", null));
    }
    return SCHEMAS.keySet().stream().sorted().map(suffix -> Arguments.of(suffix, folder));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("crds")
  void conforms(String suffix, Path folder) throws Exception {
    assumeTrue(folder != null, "shared/upstream/ is absent; skipped");
    Path file;
    try (Stream<Path> files = Files.list(folder)) {
      file = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElseThrow();
    }
    JsonNode crd = Json.parseYaml(Files.readString(file));
    JsonNode version = crd.path("spec").path("versions").get(0);
    List<String> problems = new ArrayList<>();
    compare(version.path("schema").path("openAPIV3Schema"), SCHEMAS.get(suffix).get(), "", problems);
    assertThat(problems).as("differences from %s", file.getFileName()).isEmpty();
  }

  private static void compare(JsonNode crd, Schema mine, String path, List<String> problems) {
    if (mine.preserveUnknownFields && mine.properties.isEmpty()) {
      return;
    }
    String type = crd.path("type").asText("");
    if (!type.isEmpty() && !type.equals(mine.type)) {
      problems.add(path + ": type " + type + " but testkit has " + mine.type);
    }
    if (crd.path("x-kubernetes-preserve-unknown-fields").asBoolean(false) && !mine.preserveUnknownFields) {
      problems.add(path + ": the CRD preserves unknown fields");
    }
    same(path, "pattern", crd.path("pattern").asText(null), mine.pattern, problems);
    same(path, "minimum", crd.has("minimum") ? crd.get("minimum").asLong() : null, mine.minimum, problems);
    same(path, "maximum", crd.has("maximum") ? crd.get("maximum").asLong() : null, mine.maximum, problems);
    same(path, "minLength", crd.has("minLength") ? crd.get("minLength").asInt() : null, mine.minLength, problems);
    same(path, "maxLength", crd.has("maxLength") ? crd.get("maxLength").asInt() : null, mine.maxLength, problems);
    same(path, "minItems", crd.has("minItems") ? crd.get("minItems").asInt() : null, mine.minItems, problems);
    same(path, "maxItems", crd.has("maxItems") ? crd.get("maxItems").asInt() : null, mine.maxItems, problems);
    same(path, "default", crd.get("default"), mine.defaultValue, problems);
    String listType = crd.path("x-kubernetes-list-type").asText(null);
    if (listType != null && !listType.equals(mine.listType)) {
      problems.add(path + ": list type " + listType + " but testkit has " + mine.listType);
    }
    if (crd.has("enum")) {
      List<String> values = new ArrayList<>();
      crd.get("enum").forEach(v -> values.add(v.asText()));
      same(path, "enum", values, mine.enumValues, problems);
    }
    List<String> required = new ArrayList<>();
    crd.path("required").forEach(r -> required.add(r.asText()));
    if (!new java.util.HashSet<>(mine.required).containsAll(required)) {
      problems.add(path + ": required " + required + " but testkit requires " + mine.required);
    }
    for (JsonNode rule : crd.path("x-kubernetes-validations")) {
      String message = rule.path("message").asText();
      if (mine.rules.stream().noneMatch(r -> r.message().equals(message))) {
        problems.add(path + ": missing validation rule \"" + message + "\"");
      }
    }
    crd.path("properties").properties().forEach(p -> {
      Schema child = mine.properties.get(p.getKey());
      String childPath = path.isEmpty() ? p.getKey() : path + "." + p.getKey();
      if (child == null) {
        problems.add(childPath + ": not in the testkit's schema");
      } else {
        compare(p.getValue(), child, childPath, problems);
      }
    });
    if (crd.has("items")) {
      if (mine.items == null) {
        problems.add(path + "[*]: no item schema in the testkit");
      } else {
        compare(crd.get("items"), mine.items, path + "[*]", problems);
      }
    }
  }

  private static void same(String path, String keyword, Object crd, Object mine, List<String> problems) {
    if (crd != null && !crd.equals(mine)) {
      problems.add(path + ": " + keyword + " " + crd + " but testkit has " + mine);
    }
  }
}
