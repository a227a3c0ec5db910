package dev.registrysdk.testkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Field paths of an object as field management sees them: object keys are walked, lists and scalars
 * are leaves (lists are owned as a whole), and empty objects are leaves too.
 */
@TestkitInternal
public final class FieldPaths {

  private static final Set<String> SERVER_METADATA = Set.of("name", "namespace", "uid", "resourceVersion",
      "generation", "creationTimestamp", "managedFields", "selfLink", "deletionTimestamp",
      "deletionGracePeriodSeconds", "generateName");

  private FieldPaths() {
  }

  /**
   * Returns the leaves of an object with their values, leaving out what the server sets, and either
   * only {@code status} (for status writes) or everything but {@code status} (for main writes of kinds
   * with a status subresource).
   */
  public static Map<List<String>, JsonNode> leaves(JsonNode object, ResourceType type, boolean statusWrite) {
    Map<List<String>, JsonNode> result = new LinkedHashMap<>();
    if (object == null || !object.isObject()) {
      return result;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      if (key.equals("apiVersion") || key.equals("kind")) {
        continue;
      }
      boolean isStatus = key.equals("status");
      if (statusWrite != isStatus && (statusWrite || type.statusSubresource())) {
        continue;
      }
      if (key.equals("metadata") && field.getValue().isObject()) {
        Iterator<Map.Entry<String, JsonNode>> meta = field.getValue().properties().iterator();
        while (meta.hasNext()) {
          Map.Entry<String, JsonNode> m = meta.next();
          if (!SERVER_METADATA.contains(m.getKey())) {
            walk(List.of("metadata", m.getKey()), m.getValue(), result);
          }
        }
        continue;
      }
      walk(List.of(key), field.getValue(), result);
    }
    return result;
  }

  private static void walk(List<String> path, JsonNode node, Map<List<String>, JsonNode> out) {
    if (node.isObject() && node.size() > 0) {
      node.properties().forEach(e -> {
        List<String> child = new ArrayList<>(path);
        child.add(e.getKey());
        walk(List.copyOf(child), e.getValue(), out);
      });
    } else {
      out.put(path, node);
    }
  }

  /** Returns the node at a path, or {@code null}. */
  public static JsonNode get(JsonNode object, List<String> path) {
    JsonNode current = object;
    for (String segment : path) {
      if (current == null || !current.isObject()) {
        return null;
      }
      current = current.get(segment);
    }
    return current;
  }

  /** Removes the field at a path, if present. */
  public static void remove(ObjectNode object, List<String> path) {
    JsonNode parent = get(object, path.subList(0, path.size() - 1));
    if (parent instanceof ObjectNode p) {
      p.remove(path.get(path.size() - 1));
    }
  }

  /** Renders a path as field management does in conflict messages: {@code .spec.replicas}. */
  public static String render(List<String> path) {
    return "." + String.join(".", path);
  }

  /** Encodes paths as {@code fieldsV1}. */
  public static ObjectNode encode(Iterable<List<String>> paths) {
    ObjectNode root = Json.object();
    for (List<String> path : paths) {
      ObjectNode current = root;
      for (String segment : path) {
        current = Json.objectAt(current, "f:" + segment);
      }
    }
    return root;
  }

  /** Decodes {@code fieldsV1} into paths. */
  public static List<List<String>> decode(JsonNode fieldsV1) {
    List<List<String>> result = new ArrayList<>();
    decode(List.of(), fieldsV1, result);
    return result;
  }

  private static void decode(List<String> prefix, JsonNode node, List<List<String>> out) {
    boolean hasChildren = false;
    if (node != null && node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getKey().startsWith("f:")) {
          hasChildren = true;
          List<String> child = new ArrayList<>(prefix);
          child.add(field.getKey().substring(2));
          decode(List.copyOf(child), field.getValue(), out);
        }
      }
    }
    if (!hasChildren && !prefix.isEmpty()) {
      out.add(prefix);
    }
  }

  /** Returns whether one path is a prefix of (or equal to) the other. */
  public static boolean overlaps(List<String> a, List<String> b) {
    int n = Math.min(a.size(), b.size());
    return a.subList(0, n).equals(b.subList(0, n));
  }
}
