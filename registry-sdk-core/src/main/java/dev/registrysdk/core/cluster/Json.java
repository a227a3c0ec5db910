package dev.registrysdk.core.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Small helpers for the JSON documents of intents. */
public final class Json {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  /** A new empty object. */
  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /** The strings of an array node; empty for anything else. */
  public static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(item -> out.add(item.asText()));
    }
    return out;
  }

  /** The elements of an array node; empty for anything else. */
  public static List<JsonNode> elements(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(out::add);
    }
    return out;
  }

  /** An array node of strings. */
  public static ArrayNode array(Collection<String> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }
}
