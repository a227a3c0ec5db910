package dev.registrysdk.testkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strategic merge patch for the built-in kinds, covering what {@code kubectl apply} and {@code kubectl
 * patch} send.
 *
 * <p>Maps merge and {@code null} deletes, as in a merge patch. Lists whose items carry a well-known
 * merge key ({@code containers} and {@code volumes} by {@code name}, {@code ports} by {@code
 * containerPort} or {@code port}, and so on) merge item by item, honouring {@code $patch: delete} and
 * {@code $setElementOrder}; all other lists are replaced. {@code $retainKeys} and {@code
 * $deleteFromPrimitiveList} directives are honoured; unknown directives are dropped.
 */
@TestkitInternal
public final class StrategicMergePatch {

  private static final Map<String, String> MERGE_KEYS = Map.ofEntries(
      Map.entry("containers", "name"), Map.entry("initContainers", "name"),
      Map.entry("ephemeralContainers", "name"), Map.entry("env", "name"), Map.entry("volumes", "name"),
      Map.entry("volumeMounts", "mountPath"), Map.entry("volumeDevices", "devicePath"),
      Map.entry("imagePullSecrets", "name"), Map.entry("ownerReferences", "uid"),
      Map.entry("conditions", "type"), Map.entry("hostAliases", "ip"),
      Map.entry("topologySpreadConstraints", "topologyKey"));

  private StrategicMergePatch() {
  }

  /** Applies a strategic merge patch; the inputs are not modified. */
  public static JsonNode apply(JsonNode target, JsonNode patch) {
    return merge(target, patch, null);
  }

  private static JsonNode merge(JsonNode target, JsonNode patch, String fieldName) {
    if (patch == null || !patch.isObject()) {
      return patch == null ? null : patch.deepCopy();
    }
    if ("replace".equals(patch.path("$patch").asText(null))) {
      ObjectNode replaced = ((ObjectNode) patch).deepCopy();
      replaced.remove("$patch");
      return replaced;
    }
    ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : Json.object();
    Map<String, JsonNode> orders = new LinkedHashMap<>();
    List<String> retainKeys = null;
    Iterator<Map.Entry<String, JsonNode>> fields = patch.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      JsonNode value = field.getValue();
      if (key.startsWith("$setElementOrder/")) {
        orders.put(key.substring("$setElementOrder/".length()), value);
      } else if (key.startsWith("$deleteFromPrimitiveList/")) {
        String list = key.substring("$deleteFromPrimitiveList/".length());
        if (result.get(list) instanceof ArrayNode existing) {
          ArrayNode kept = Json.array();
          existing.forEach(item -> {
            boolean drop = false;
            for (JsonNode d : value) {
              drop |= d.equals(item);
            }
            if (!drop) {
              kept.add(item);
            }
          });
          result.set(list, kept);
        }
      } else if (key.equals("$retainKeys")) {
        retainKeys = new ArrayList<>();
        for (JsonNode k : value) {
          retainKeys.add(k.asText());
        }
      } else if (key.startsWith("$")) {
        continue;
      } else if (value.isNull()) {
        result.remove(key);
      } else if (value.isArray() && MERGE_KEYS.containsKey(key) && mergeKeyFits(key, value, result.get(key))) {
        result.set(key, mergeList(result.get(key), (ArrayNode) value, mergeKeyOf(key, value, result.get(key))));
      } else if (value.isObject()) {
        result.set(key, merge(result.get(key), value, key));
      } else {
        result.set(key, value.deepCopy());
      }
    }
    orders.forEach((list, order) -> {
      if (result.get(list) instanceof ArrayNode items) {
        result.set(list, reorder(items, order, mergeKeyOf(list, order, items)));
      }
    });
    if (retainKeys != null) {
      List<String> keep = retainKeys;
      List<String> names = new ArrayList<>();
      result.fieldNames().forEachRemaining(names::add);
      names.stream().filter(n -> !keep.contains(n)).forEach(result::remove);
    }
    return result;
  }

  private static boolean mergeKeyFits(String field, JsonNode patchList, JsonNode existing) {
    return mergeKeyOf(field, patchList, existing) != null;
  }

  private static String mergeKeyOf(String field, JsonNode patchList, JsonNode existing) {
    String key = MERGE_KEYS.get(field);
    if (field.equals("ports")) {
      key = "containerPort";
    }
    if (key == null) {
      return null;
    }
    for (JsonNode item : patchList) {
      if (!item.isObject() || (!item.has(key) && !item.has("$patch"))) {
        return field.equals("ports") && item.isObject() && item.has("port") ? "port" : null;
      }
    }
    return key;
  }

  private static ArrayNode mergeList(JsonNode existing, ArrayNode patch, String key) {
    List<JsonNode> items = new ArrayList<>();
    if (existing instanceof ArrayNode array) {
      array.forEach(items::add);
    }
    for (JsonNode patchItem : patch) {
      JsonNode id = patchItem.get(key);
      int index = indexOf(items, key, id);
      if ("delete".equals(patchItem.path("$patch").asText(null))) {
        if (index >= 0) {
          items.remove(index);
        }
      } else if (index >= 0) {
        items.set(index, merge(items.get(index), patchItem, null));
      } else {
        ObjectNode added = ((ObjectNode) patchItem).deepCopy();
        added.remove("$patch");
        items.add(added);
      }
    }
    ArrayNode result = Json.array();
    items.forEach(result::add);
    return result;
  }

  private static ArrayNode reorder(ArrayNode items, JsonNode order, String key) {
    if (key == null) {
      return items;
    }
    List<JsonNode> remaining = new ArrayList<>();
    items.forEach(remaining::add);
    ArrayNode result = Json.array();
    for (JsonNode o : order) {
      int index = indexOf(remaining, key, o.get(key));
      if (index >= 0) {
        result.add(remaining.remove(index));
      }
    }
    remaining.forEach(result::add);
    return result;
  }

  private static int indexOf(List<JsonNode> items, String key, JsonNode id) {
    for (int i = 0; i < items.size(); i++) {
      if (id != null && id.equals(items.get(i).get(key))) {
        return i;
      }
    }
    return -1;
  }
}
