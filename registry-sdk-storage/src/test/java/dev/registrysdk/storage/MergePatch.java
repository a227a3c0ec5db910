package dev.registrysdk.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.facts.StorageBackends;

/**
 * RFC 7386 JSON merge patch, as the API server applies {@code oc patch --type merge}: lets the seed
 * tests compare what the documented commands and the SDK's stanza leave on the same starting cluster.
 */
public final class MergePatch {

  private MergePatch() {}

  /** The result of applying {@code patch} to {@code target}; neither is changed. */
  public static JsonNode apply(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch.deepCopy();
    }
    ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : Fixtures.JSON.createObjectNode();
    patch.fields().forEachRemaining(e -> {
      if (e.getValue().isNull()) {
        result.remove(e.getKey());
      } else {
        result.set(e.getKey(), apply(result.get(e.getKey()), e.getValue()));
      }
    });
    return result;
  }

  /**
   * The storage part of the engine's patch: the provider's stanza, plus {@code null} for every
   * other backend present in {@code current}, as the engine removes them in the same write.
   */
  public static JsonNode enginePatch(JsonNode current, JsonNode stanza) {
    ObjectNode patch = ((ObjectNode) stanza).deepCopy();
    for (String backend : StorageBackends.ALL) {
      if (current.has(backend) && !stanza.has(backend)) {
        patch.set(backend, NullNode.getInstance());
      }
    }
    return patch;
  }
}
