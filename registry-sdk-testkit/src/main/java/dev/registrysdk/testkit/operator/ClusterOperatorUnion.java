package dev.registrysdk.testkit.operator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.server.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Folds the registry's and the pruner's conditions into the three conditions of ClusterOperator
 * {@code image-registry}, with the operator's union rules: each of Available, Progressing and Degraded
 * unites every Config condition whose type ends with it and the pruner's, prefixed {@code ImagePruner};
 * the first non-normal status wins; reasons are {@code <prefix><reason>}, sorted, joined with {@code
 * ::}, without empty and {@code AsExpected} ones ({@code AsExpected} when none is left and all is
 * normal); the message has one {@code <type>: <message>} line per input.
 */
final class ClusterOperatorUnion {

  private record Input(String type, String prefix, JsonNode condition) {
  }

  private ClusterOperatorUnion() {
  }

  static ArrayNode union(JsonNode configConditions, JsonNode prunerConditions, JsonNode existing, String now) {
    Conditions result = new Conditions(existing, now);
    for (String suffix : List.of("Available", "Progressing", "Degraded")) {
      List<Input> inputs = new ArrayList<>();
      if (configConditions != null) {
        for (JsonNode c : configConditions) {
          String type = c.path("type").asText();
          if (type.endsWith(suffix)) {
            inputs.add(new Input(type, type.substring(0, type.length() - suffix.length()), c));
          }
        }
      }
      if (prunerConditions != null) {
        for (JsonNode c : prunerConditions) {
          if (c.path("type").asText().equals(suffix)) {
            inputs.add(new Input("ImagePruner" + suffix, "ImagePruner", c));
          }
        }
      }
      String normal = suffix.equals("Available") ? "True" : "False";
      String status = normal;
      TreeSet<String> reasons = new TreeSet<>();
      List<String> messages = new ArrayList<>();
      Instant latest = null;
      for (Input input : inputs) {
        String s = input.condition().path("status").asText("Unknown");
        if (!s.equals(normal) && status.equals(normal)) {
          status = s;
        }
        String reason = input.condition().path("reason").asText("");
        if (!reason.isEmpty() && !reason.equals("AsExpected")) {
          reasons.add(input.prefix() + reason);
        }
        String message = input.condition().path("message").asText("");
        if (!message.isEmpty()) {
          messages.add(input.type() + ": " + message);
        }
        String time = input.condition().path("lastTransitionTime").asText("");
        if (!time.isEmpty()) {
          Instant t = Instant.parse(time);
          latest = latest == null || t.isAfter(latest) ? t : latest;
        }
      }
      String reason = reasons.isEmpty() && status.equals(normal) ? "AsExpected" : String.join("::", reasons);
      result.set(suffix, status, reason, String.join("\n", messages));
      ObjectNode condition = result.find(suffix);
      if (latest != null && !condition.path("lastTransitionTime").asText("").isEmpty()) {
        condition.put("lastTransitionTime", latest.toString());
      }
    }
    return result.toArray();
  }

  /** Returns the relatedObjects the operator publishes. */
  static ArrayNode relatedObjects() {
    ArrayNode list = Json.array();
    related(list, "imageregistry.operator.openshift.io", "configs", "", "cluster");
    related(list, "imageregistry.operator.openshift.io", "imagepruners", "", "cluster");
    related(list, "rbac.authorization.k8s.io", "clusterroles", "", "system:registry");
    related(list, "rbac.authorization.k8s.io", "clusterrolebindings", "", "registry-registry-role");
    related(list, "rbac.authorization.k8s.io", "clusterrolebindings", "", "openshift-image-registry-pruner");
    related(list, "", "namespaces", "", "openshift-image-registry");
    return list;
  }

  private static void related(ArrayNode list, String group, String resource, String namespace, String name) {
    ObjectNode o = list.addObject();
    o.put("group", group);
    o.put("resource", resource);
    if (!namespace.isEmpty()) {
      o.put("namespace", namespace);
    }
    o.put("name", name);
  }
}
