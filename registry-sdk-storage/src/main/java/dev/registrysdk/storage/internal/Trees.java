package dev.registrysdk.storage.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Optional;

/**
 * Reads fields of observed objects whatever their Java type: typed fabric8 models and
 * {@code GenericKubernetesResource}s alike are viewed as JSON trees.
 */
public final class Trees {

  /** The one mapper of the storage providers; configured once, never changed. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Trees() {}

  /** The object as a JSON tree. */
  public static JsonNode tree(HasMetadata object) {
    return MAPPER.valueToTree(object);
  }

  /** The text at a dotted path such as {@code spec.host}; empty if absent or blank. */
  public static Optional<String> text(HasMetadata object, String dottedPath) {
    JsonNode node = tree(object);
    for (String part : dottedPath.split("\\.")) {
      node = node == null ? MissingNode.getInstance() : node.path(part);
    }
    return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
  }

  /** The JSON node at a dotted path; missing if absent. */
  public static JsonNode node(HasMetadata object, String dottedPath) {
    JsonNode node = tree(object);
    for (String part : dottedPath.split("\\.")) {
      node = node.path(part);
    }
    return node;
  }
}
