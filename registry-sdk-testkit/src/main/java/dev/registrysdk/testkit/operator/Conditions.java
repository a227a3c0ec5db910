package dev.registrysdk.testkit.operator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.server.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of operator conditions ({@code type}, {@code status}, {@code reason}, {@code message}, {@code
 * lastTransitionTime}) with the usual update rule: the transition time changes only when the status
 * does.
 */
final class Conditions {

  private final ArrayNode list;
  private final String now;

  Conditions(JsonNode existing, String now) {
    this.list = existing instanceof ArrayNode array ? array.deepCopy() : Json.array();
    this.now = now;
  }

  /** Sets a condition; empty reason or message are left out. */
  Conditions set(String type, String status, String reason, String message) {
    ObjectNode condition = find(type);
    if (condition == null) {
      condition = list.addObject();
      condition.put("type", type);
      condition.put("lastTransitionTime", now);
    } else if (!status.equals(condition.path("status").asText())) {
      condition.put("lastTransitionTime", now);
    }
    condition.put("status", status);
    putOrRemove(condition, "reason", reason);
    putOrRemove(condition, "message", message);
    return this;
  }

  /** Returns a condition, or {@code null}. */
  ObjectNode find(String type) {
    for (JsonNode c : list) {
      if (type.equals(c.path("type").asText())) {
        return (ObjectNode) c;
      }
    }
    return null;
  }

  /** Returns a condition's status, or the empty string. */
  String status(String type) {
    ObjectNode c = find(type);
    return c == null ? "" : c.path("status").asText("");
  }

  /** Returns a condition's message, or the empty string. */
  String message(String type) {
    ObjectNode c = find(type);
    return c == null ? "" : c.path("message").asText("");
  }

  /** Returns a condition's lastTransitionTime, or {@code null}. */
  String since(String type) {
    ObjectNode c = find(type);
    return c == null ? null : c.path("lastTransitionTime").asText(null);
  }

  /** Removes a condition. */
  void remove(String type) {
    for (int i = 0; i < list.size(); i++) {
      if (type.equals(list.get(i).path("type").asText())) {
        list.remove(i);
        return;
      }
    }
  }

  /** Returns the conditions. */
  ArrayNode toArray() {
    return list;
  }

  /** Returns the conditions as a list. */
  List<JsonNode> all() {
    List<JsonNode> result = new ArrayList<>();
    list.forEach(result::add);
    return result;
  }

  private static void putOrRemove(ObjectNode node, String field, String value) {
    if (value == null || value.isEmpty()) {
      node.remove(field);
    } else {
      node.put(field, value);
    }
  }
}
