package dev.registrysdk.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.registrysdk.api.resource.ResourceKey;
import java.util.Iterator;
import java.util.Map;

/** Masks secret values in JSON documents and in diff paths, and knows which objects hold them. */
final class Masking {

  static final String MASK = "****";

  private Masking() {}

  /** Whether the object is a v1 {@code Secret}, whose values are always secret. */
  static boolean isSecret(ResourceKey key) {
    return key.apiVersion().equals("v1") && key.kind().equals("Secret");
  }

  /** Whether a dotted path names a secret value: anything under {@code data} or {@code stringData}. */
  static boolean isSecretPath(String path) {
    return path.equals("data") || path.startsWith("data.") || path.equals("stringData") || path.startsWith("stringData.");
  }

  /** A copy of {@code node} whose {@code data} and {@code stringData} values are masked. */
  static JsonNode mask(JsonNode node) {
    if (!node.isObject()) {
      return node;
    }
    ObjectNode copy = ((ObjectNode) node).deepCopy();
    for (String field : new String[] {"data", "stringData"}) {
      JsonNode values = copy.get(field);
      if (values != null && values.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> entry = it.next();
          if (!entry.getValue().isNull()) {
            entry.setValue(TextNode.valueOf(MASK));
          }
        }
      }
    }
    return copy;
  }
}
