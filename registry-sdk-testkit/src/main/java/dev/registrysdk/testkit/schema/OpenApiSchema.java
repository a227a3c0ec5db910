package dev.registrysdk.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the structural OpenAPI v3 schema of a CustomResourceDefinition version into a {@link Schema}:
 * types, properties, required fields, string enums, patterns, whole-number ranges, lengths, item counts,
 * defaults, nullable, list types and {@code x-kubernetes-preserve-unknown-fields}. Validation rules
 * ({@code x-kubernetes-validations}), {@code oneOf}/{@code anyOf}/{@code allOf}/{@code not}, numeric
 * enums and exclusive bounds are not read.
 */
final class OpenApiSchema {

  private OpenApiSchema() {
  }

  /** Reads the root schema; the root always keeps {@code apiVersion}, {@code kind} and {@code metadata}. */
  static Schema root(JsonNode openApiV3Schema) {
    Schema root = read(openApiV3Schema);
    root.type = "object";
    if (!root.preserveUnknownFields) {
      root.properties.putIfAbsent("apiVersion", Schema.string());
      root.properties.putIfAbsent("kind", Schema.string());
    }
    root.properties.put("metadata", Schema.opaque());
    return root;
  }

  private static Schema read(JsonNode node) {
    String type = node.path("type").asText("");
    if (node.path("x-kubernetes-int-or-string").asBoolean(false)) {
      type = "";
    } else if (type.isEmpty() && (node.has("properties") || node.has("additionalProperties"))) {
      type = "object";
    }
    Schema schema = Schema.ofType(type);
    node.path("properties").properties().forEach(p -> schema.prop(p.getKey(), read(p.getValue())));
    node.path("required").forEach(r -> schema.required(r.asText()));
    if (node.hasNonNull("pattern")) {
      schema.pattern(node.get("pattern").asText());
    }
    List<String> enumValues = new ArrayList<>();
    node.path("enum").forEach(v -> {
      if (v.isTextual()) {
        enumValues.add(v.asText());
      }
    });
    if (!enumValues.isEmpty() && "string".equals(type)) {
      schema.enumOf(enumValues.toArray(String[]::new));
    }
    if (isWhole(node.path("minimum"))) {
      schema.min(node.get("minimum").asLong());
    }
    if (isWhole(node.path("maximum"))) {
      schema.max(node.get("maximum").asLong());
    }
    if (node.path("minLength").canConvertToInt()) {
      schema.minLength(node.get("minLength").asInt());
    }
    if (node.path("maxLength").canConvertToInt()) {
      schema.maxLength(node.get("maxLength").asInt());
    }
    if (node.path("minItems").canConvertToInt()) {
      schema.minItems(node.get("minItems").asInt());
    }
    if (node.path("maxItems").canConvertToInt()) {
      schema.maxItems(node.get("maxItems").asInt());
    }
    if (node.has("default")) {
      schema.defaultValue(node.get("default").deepCopy());
    }
    if (node.path("items").isObject()) {
      schema.items = read(node.get("items"));
    }
    if (node.path("additionalProperties").isObject()) {
      schema.additionalProperties = read(node.get("additionalProperties"));
    }
    if (node.hasNonNull("format")) {
      schema.format(node.get("format").asText());
    }
    if (node.path("nullable").asBoolean(false)) {
      schema.nullable();
    }
    String listType = node.path("x-kubernetes-list-type").asText("");
    if (listType.equals("set")) {
      schema.set();
    } else if (listType.equals("map")) {
      List<String> keys = new ArrayList<>();
      node.path("x-kubernetes-list-map-keys").forEach(k -> keys.add(k.asText()));
      schema.map(keys.toArray(String[]::new));
    }
    if (node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)
        || node.path("x-kubernetes-int-or-string").asBoolean(false)) {
      schema.preserveUnknown();
    }
    if (node.path("x-kubernetes-embedded-resource").asBoolean(false)) {
      schema.properties.putIfAbsent("apiVersion", Schema.string());
      schema.properties.putIfAbsent("kind", Schema.string());
      schema.properties.putIfAbsent("metadata", Schema.opaque());
    }
    return schema;
  }

  /** Whether a bound is a whole number (written {@code 5} in YAML, {@code 5.0} by some model classes). */
  private static boolean isWhole(JsonNode bound) {
    return bound.isNumber() && bound.asDouble() == Math.rint(bound.asDouble());
  }
}
