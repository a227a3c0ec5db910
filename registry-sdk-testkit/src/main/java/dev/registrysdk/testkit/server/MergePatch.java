package dev.registrysdk.testkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON merge patch as RFC 7386 defines it: {@code null} deletes a key, objects merge recursively,
 * everything else (including arrays) replaces.
 */
@TestkitInternal
public final class MergePatch {

  private MergePatch() {
  }

  /** Applies a merge patch and returns the result; the inputs are not modified. */
  public static JsonNode apply(JsonNode target, JsonNode patch) {
    if (patch == null || !patch.isObject()) {
      return patch == null ? null : patch.deepCopy();
    }
    ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : Json.object();
    Iterator<Map.Entry<String, JsonNode>> fields = patch.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getValue().isNull()) {
        result.remove(field.getKey());
      } else {
        result.set(field.getKey(), apply(result.get(field.getKey()), field.getValue()));
      }
    }
    return result;
  }

  /**
   * Merges an applied configuration into a live object as server-side apply does: objects merge,
   * lists and scalars replace, and {@code null} values are ignored.
   */
  public static JsonNode applyConfiguration(JsonNode live, JsonNode applied) {
    if (applied == null || !applied.isObject()) {
      return applied == null ? live : applied.deepCopy();
    }
    ObjectNode result = live != null && live.isObject() ? ((ObjectNode) live).deepCopy() : Json.object();
    Iterator<Map.Entry<String, JsonNode>> fields = applied.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getValue().isNull()) {
        result.set(field.getKey(), applyConfiguration(result.get(field.getKey()), field.getValue()));
      }
    }
    return result;
  }
}
