package dev.registrysdk.core.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * RFC 7386 JSON merge patches: apply, create, minimise, invert and describe.
 *
 * <p>In a merge patch an object merges key by key, {@code null} deletes a key, and every other value
 * (arrays included) replaces the old one whole. All methods are pure and leave their arguments
 * unchanged.
 */
public final class MergePatch {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MergePatch() {}

  /** The result of applying {@code patch} to {@code target} (RFC 7386 section 2). */
  public static JsonNode apply(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch.deepCopy();
    }
    ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : NODES.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (field.getValue().isNull()) {
        result.remove(field.getKey());
      } else {
        result.set(field.getKey(), apply(result.get(field.getKey()), field.getValue()));
      }
    }
    return result;
  }

  /** The merge patch that turns {@code source} into {@code target}; empty if they are equal. */
  public static ObjectNode diff(JsonNode source, JsonNode target) {
    ObjectNode patch = NODES.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!target.has(field.getKey())) {
        patch.set(field.getKey(), NullNode.getInstance());
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = target.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode old = source.get(field.getKey());
      JsonNode wanted = field.getValue();
      if (old == null || !old.equals(wanted)) {
        if (old != null && old.isObject() && wanted.isObject()) {
          patch.set(field.getKey(), diff(old, wanted));
        } else {
          patch.set(field.getKey(), wanted.deepCopy());
        }
      }
    }
    return patch;
  }

  /**
   * The part of {@code patch} that would change {@code current}: entries that set a value already
   * there, or delete a key that is absent, are left out. Empty when the patch changes nothing.
   */
  public static ObjectNode effective(JsonNode current, JsonNode patch) {
    ObjectNode out = NODES.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode old = current == null ? null : current.get(field.getKey());
      JsonNode value = field.getValue();
      if (value.isNull()) {
        if (old != null) {
          out.set(field.getKey(), NullNode.getInstance());
        }
      } else if (value.isObject() && old != null && old.isObject()) {
        ObjectNode nested = effective(old, value);
        if (!nested.isEmpty()) {
          out.set(field.getKey(), nested);
        }
      } else if (value.isObject()) {
        out.set(field.getKey(), withoutNulls(value));
      } else if (old == null || !old.equals(value)) {
        out.set(field.getKey(), value.deepCopy());
      }
    }
    return out;
  }

  /** The merge patch that restores, in the result of applying {@code patch} to {@code before}, what {@code before} held. */
  public static ObjectNode inverse(JsonNode before, JsonNode patch) {
    JsonNode after = apply(before, patch);
    ObjectNode out = NODES.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode old = before == null ? null : before.get(field.getKey());
      JsonNode now = after.get(field.getKey());
      if (old == null) {
        if (now != null) {
          out.set(field.getKey(), NullNode.getInstance());
        }
      } else if (now != null && old.isObject() && now.isObject()) {
        out.set(field.getKey(), diff(now, old));
      } else {
        out.set(field.getKey(), old.deepCopy());
      }
    }
    return out;
  }

  /**
   * Readable lines for what {@code patch} changes in {@code before}, e.g.
   * {@code spec.replicas: 1 -> 2}. Values at paths matched by {@code masked} print as {@code ****}.
   */
  public static List<String> describe(JsonNode before, JsonNode patch, Predicate<String> masked) {
    List<String> lines = new ArrayList<>();
    describe("", before, patch, masked, lines);
    return lines;
  }

  private static void describe(String prefix, JsonNode before, JsonNode patch, Predicate<String> masked, List<String> lines) {
    for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
      JsonNode old = before == null ? null : before.get(field.getKey());
      JsonNode value = field.getValue();
      if (value.isObject() && !value.isEmpty() && (old == null || old.isObject())) {
        describe(path, old, value, masked, lines);
        continue;
      }
      boolean hide = masked.test(path);
      String from = old == null ? "(unset)" : hide ? "****" : compact(old);
      String to = value.isNull() ? "(removed)" : hide ? "****" : compact(value);
      lines.add(path + ": " + from + " -> " + to);
    }
  }

  /** A copy of {@code node} without {@code null} members, at any depth. */
  public static JsonNode withoutNulls(JsonNode node) {
    if (!node.isObject()) {
      return node.deepCopy();
    }
    ObjectNode out = NODES.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!field.getValue().isNull()) {
        out.set(field.getKey(), withoutNulls(field.getValue()));
      }
    }
    return out;
  }

  private static String compact(JsonNode node) {
    return node.isTextual() ? "\"" + node.asText() + "\"" : node.toString();
  }
}
