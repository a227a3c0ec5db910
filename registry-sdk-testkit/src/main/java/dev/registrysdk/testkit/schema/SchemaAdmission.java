package dev.registrysdk.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.server.Admission;
import dev.registrysdk.testkit.server.FieldError;
import dev.registrysdk.testkit.server.Json;
import dev.registrysdk.testkit.server.ResourceType;
import dev.registrysdk.testkit.server.TestkitInternal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Admission with the schemas of the registry-related kinds: Config and ImagePruner ({@code
 * imageregistry.operator.openshift.io}), Image, ImageDigestMirrorSet, ImageTagMirrorSet,
 * ImageContentPolicy and ClusterOperator ({@code config.openshift.io}) and ImageContentSourcePolicy
 * ({@code operator.openshift.io}); the kinds CustomResourceDefinitions define at run time, with their
 * declared schemas; and CustomResourceDefinitions themselves. Also folds a Secret's {@code stringData}
 * into {@code data}, as the API server does. Other kinds are stored as sent.
 */
@TestkitInternal
public final class SchemaAdmission implements Admission, SchemaRelaxations {

  private record Entry(String crdName, Schema schema) {
  }

  private static final Map<String, Entry> SCHEMAS = Map.of(
      "imageregistry.operator.openshift.io/configs",
      new Entry("configs.imageregistry.operator.openshift.io", RegistrySchemas.config()),
      "imageregistry.operator.openshift.io/imagepruners",
      new Entry("imagepruners.imageregistry.operator.openshift.io", RegistrySchemas.imagePruner()),
      "config.openshift.io/images", new Entry("images.config.openshift.io", ConfigSchemas.image()),
      "config.openshift.io/imagedigestmirrorsets", new Entry("imagedigestmirrorsets.config.openshift.io",
          ConfigSchemas.digestMirrorSet("imageDigestMirrors")),
      "config.openshift.io/imagetagmirrorsets", new Entry("imagetagmirrorsets.config.openshift.io",
          ConfigSchemas.digestMirrorSet("imageTagMirrors")),
      "config.openshift.io/imagecontentpolicies", new Entry("imagecontentpolicies.config.openshift.io",
          ConfigSchemas.imageContentPolicy()),
      "config.openshift.io/clusteroperators", new Entry("clusteroperators.config.openshift.io",
          ConfigSchemas.clusterOperator()),
      "operator.openshift.io/imagecontentsourcepolicies",
      new Entry("imagecontentsourcepolicies.operator.openshift.io", ConfigSchemas.imageContentSourcePolicy()));

  private static final String SCHEMA_PREFIX = "/spec/versions/0/schema/openAPIV3Schema";

  private final boolean validate;
  private final Map<String, Set<String>> relaxed = new ConcurrentHashMap<>();
  private final Map<String, Schema> custom = new ConcurrentHashMap<>();

  private SchemaAdmission(boolean validate) {
    this.validate = validate;
  }

  /** Defaults, pruning and validation. */
  public static SchemaAdmission standard() {
    return new SchemaAdmission(true);
  }

  /** Defaults and pruning only; nothing is rejected. */
  public static SchemaAdmission defaultsOnly() {
    return new SchemaAdmission(false);
  }

  /**
   * Validates the custom resources of one served version with the schema its CustomResourceDefinition
   * declares (see {@link OpenApiSchema} for what is read), replacing an earlier one.
   */
  public void defineCustom(ResourceType type, JsonNode openApiV3Schema) {
    custom.put(customKey(type), OpenApiSchema.root(openApiV3Schema));
  }

  /** Forgets the schema of a custom resource version. */
  public void forgetCustom(ResourceType type) {
    custom.remove(customKey(type));
  }

  private static String customKey(ResourceType type) {
    return type.group() + "/" + type.version() + "/" + type.plural();
  }

  @Override
  public Result admit(ResourceType type, ObjectNode object, ObjectNode old, String subresource) {
    if (type.group().isEmpty() && type.plural().equals("secrets")) {
      return secret(object);
    }
    if (type.group().equals("apiextensions.k8s.io") && type.plural().equals("customresourcedefinitions")
        && !"status".equals(subresource)) {
      List<FieldError> errors = DefinitionRules.admit(object);
      return validate ? new Result(errors, List.of()) : Result.OK;
    }
    Entry entry = SCHEMAS.get(type.group() + "/" + type.plural());
    if (entry == null) {
      Schema schema = custom.get(customKey(type));
      return schema == null ? Result.OK : admitWith(schema, Set.of(), object, old);
    }
    return admitWith(entry.schema(), relaxed.getOrDefault(entry.crdName(), Set.of()), object, old);
  }

  private Result admitWith(Schema schema, Set<String> disabled, ObjectNode object, ObjectNode old) {
    SchemaValidator validator = new SchemaValidator(disabled);
    validator.prepare(schema, object, "");
    if (validate) {
      validator.validate(schema, object, old, "", "");
    }
    return new Result(validator.errors(), validator.unknownFields());
  }

  @Override
  public AutoCloseable relax(String crdName, String jsonPointer) {
    if (!jsonPointer.startsWith(SCHEMA_PREFIX + "/")) {
      throw new IllegalArgumentException("Only paths under " + SCHEMA_PREFIX + " can be relaxed, got " + jsonPointer);
    }
    String[] parts = jsonPointer.substring(SCHEMA_PREFIX.length() + 1).split("/");
    StringBuilder location = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      String part = parts[i];
      if (part.equals("properties")) {
        i++;
        if (location.length() > 0) {
          location.append('.');
        }
        location.append(parts[i].replace("~1", "/").replace("~0", "~"));
      } else if (part.equals("items")) {
        location.append("[*]");
      } else {
        throw new IllegalArgumentException("Unsupported schema path segment '" + part + "' in " + jsonPointer);
      }
    }
    String key = location + "#" + parts[parts.length - 1];
    relaxed.computeIfAbsent(crdName, c -> ConcurrentHashMap.newKeySet()).add(key);
    return () -> relaxed.getOrDefault(crdName, Set.of()).remove(key);
  }

  private static Result secret(ObjectNode secret) {
    JsonNode stringData = secret.get("stringData");
    List<FieldError> errors = new ArrayList<>();
    if (stringData != null && stringData.isObject()) {
      ObjectNode data = Json.objectAt(secret, "data");
      stringData.properties().forEach(e -> data.put(e.getKey(), Base64.getEncoder()
          .encodeToString(e.getValue().asText("").getBytes(StandardCharsets.UTF_8))));
      secret.remove("stringData");
    }
    JsonNode data = secret.get("data");
    if (data != null && data.isObject()) {
      data.properties().forEach(e -> {
        try {
          Base64.getDecoder().decode(e.getValue().asText(""));
        } catch (IllegalArgumentException bad) {
          errors.add(FieldError.invalidRendered("data[" + e.getKey() + "]", "\"<secret contents redacted>\"",
              "illegal base64 data"));
        }
      });
    }
    return errors.isEmpty() ? Result.OK : new Result(errors, List.of());
  }
}
