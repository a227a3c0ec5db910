package dev.registrysdk.testkit.operator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.server.Json;
import dev.registrysdk.testkit.server.ObjectApi;
import dev.registrysdk.testkit.server.ResourceType;
import dev.registrysdk.testkit.server.WriteOptions;
import java.util.Iterator;
import java.util.Map;

/** Create-or-update of an object the operator owns, touching it only when it differs. */
final class Ensure {

  private Ensure() {
  }

  /**
   * Makes the stored object match the desired one: every top-level field but {@code metadata} and
   * {@code status} is replaced; desired labels and annotations are added.
   */
  static ObjectNode object(ObjectApi api, ResourceType type, ObjectNode desired) {
    String namespace = Json.text(desired, "metadata.namespace").orElse(null);
    String name = Json.text(desired, "metadata.name").orElseThrow();
    ObjectNode existing = api.find(type, namespace, name);
    if (existing == null) {
      return api.create(type, namespace, desired, WriteOptions.controller(RegistryOperator.MANAGER));
    }
    ObjectNode updated = existing.deepCopy();
    Iterator<Map.Entry<String, JsonNode>> fields = desired.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getKey().equals("metadata") && !field.getKey().equals("status")) {
        updated.set(field.getKey(), field.getValue().deepCopy());
      }
    }
    for (String map : new String[] {"labels", "annotations"}) {
      JsonNode wanted = Json.at(desired, "metadata." + map);
      if (wanted != null) {
        ObjectNode target = Json.objectAt(Json.metadata(updated), map);
        wanted.properties().forEach(e -> target.set(e.getKey(), e.getValue().deepCopy()));
      }
    }
    if (updated.equals(existing)) {
      return existing;
    }
    return api.update(type, namespace, name, null, updated, WriteOptions.controller(RegistryOperator.MANAGER));
  }
}
