package dev.registrysdk.testkit.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * JSON helpers shared by the fake API server, the schema validator and the simulated operator.
 *
 * <p>Objects are held as Jackson trees. Values handed out of the store are deep copies, so callers may
 * modify them freely. Conversions to and from fabric8 model classes use plain Jackson (the model
 * classes carry their own annotations; unknown fields survive in {@code additionalProperties}).
 */
@TestkitInternal
public final class Json {

  /** Plain JSON mapper (no fabric8 modules). */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  /** YAML mapper, used for {@code application/apply-patch+yaml} bodies and YAML output. */
  public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

  /**
   * fabric8's serialization, shared by the clients the testkit creates (building one per client costs
   * milliseconds of Jackson introspection). Created on first use.
   */
  public static KubernetesSerialization kubernetes() {
    return KubernetesHolder.INSTANCE;
  }

  private static final class KubernetesHolder {
    private static final KubernetesSerialization INSTANCE = new KubernetesSerialization();

    private KubernetesHolder() {
    }
  }

  private Json() {
  }

  /** Returns a new empty object node. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** Returns a new empty array node. */
  public static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** Parses JSON text into a tree. */
  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }

  /** Parses YAML (or JSON, which is YAML) text into a tree. */
  public static JsonNode parseYaml(String text) {
    try {
      return YAML.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Serializes a tree or model object to compact JSON. */
  public static String write(Object value) {
    try {
      return value instanceof JsonNode ? MAPPER.writeValueAsString(value)
          : MAPPER.writeValueAsString(toTree(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serializes a tree or model object to YAML. */
  public static String writeYaml(Object value) {
    try {
      return YAML.writeValueAsString(value instanceof JsonNode ? value : toTree(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Converts a fabric8 model object (or a map) into an object tree. */
  public static ObjectNode toTree(Object model) {
    if (model instanceof ObjectNode node) {
      return node.deepCopy();
    }
    return MAPPER.valueToTree(model);
  }

  /** Converts an object tree into a fabric8 model class. */
  public static <T> T toModel(JsonNode node, Class<T> type) {
    try {
      return MAPPER.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  /** Returns the text at a dotted path such as {@code metadata.name}, if present and textual. */
  public static Optional<String> text(JsonNode node, String dottedPath) {
    JsonNode at = at(node, dottedPath);
    return at != null && at.isTextual() ? Optional.of(at.asText()) : Optional.empty();
  }

  /** Returns the node at a dotted path, or {@code null}. */
  public static JsonNode at(JsonNode node, String dottedPath) {
    JsonNode current = node;
    for (String part : dottedPath.split("\\.")) {
      if (current == null || !current.isObject()) {
        return null;
      }
      current = current.get(part);
    }
    return current == null || current.isNull() ? null : current;
  }

  /** Returns the object at {@code field}, creating it when absent. */
  public static ObjectNode objectAt(ObjectNode parent, String field) {
    JsonNode child = parent.get(field);
    if (child instanceof ObjectNode object) {
      return object;
    }
    return parent.putObject(field);
  }

  /** Returns {@code metadata}, creating it when absent. */
  public static ObjectNode metadata(ObjectNode object) {
    return objectAt(object, "metadata");
  }
}
