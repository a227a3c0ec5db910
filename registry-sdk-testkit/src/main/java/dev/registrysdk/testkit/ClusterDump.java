package dev.registrysdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.server.Json;
import dev.registrysdk.testkit.server.ObjectApi;
import dev.registrysdk.testkit.server.ResourceType;
import java.util.Comparator;
import java.util.List;

/** Renders what a fake cluster holds, for failure diagnostics. Secret values are never printed. */
final class ClusterDump {

  private ClusterDump() {
  }

  static String describe(ObjectApi api) {
    StringBuilder s = new StringBuilder();
    List<ResourceType> kinds = api.store().kinds();
    kinds.sort(Comparator.comparing(ResourceType::groupResource));
    for (ResourceType kind : kinds) {
      for (ObjectNode object : api.store().list(kind, null)) {
        s.append(kind.groupResource()).append(' ');
        Json.text(object, "metadata.namespace").ifPresent(ns -> s.append(ns).append('/'));
        s.append(Json.text(object, "metadata.name").orElse("?"));
        s.append(" (generation ").append(Json.metadata(object).path("generation").asText("-"))
            .append(", resourceVersion ").append(Json.text(object, "metadata.resourceVersion").orElse("-"))
            .append(")");
        if (kind.kind().equals("Secret") || kind.kind().equals("ConfigMap")) {
          JsonNode data = object.get("data");
          if (data != null) {
            s.append(" keys=");
            data.fieldNames().forEachRemaining(k -> s.append(k).append(','));
            s.setLength(s.length() - 1);
          }
        }
        s.append('\n');
        if (kind.kind().equals("Config") || kind.kind().equals("ClusterOperator")) {
          JsonNode spec = object.get("spec");
          if (spec != null && spec.size() > 0) {
            ObjectNode shown = (ObjectNode) spec.deepCopy();
            if (shown.has("httpSecret")) {
              shown.put("httpSecret", "<redacted>");
            }
            s.append("  spec: ").append(Json.write(shown)).append('\n');
          }
        }
        JsonNode conditions = Json.at(object, "status.conditions");
        if (conditions != null) {
          for (JsonNode c : conditions) {
            s.append("  ").append(c.path("type").asText()).append('=').append(c.path("status").asText());
            if (!c.path("reason").asText("").isEmpty()) {
              s.append(" reason=").append(c.path("reason").asText());
            }
            if (!c.path("message").asText("").isEmpty()) {
              s.append(" message=\"").append(c.path("message").asText().replace("\n", "\\n")).append('"');
            }
            s.append('\n');
          }
        }
        Json.text(object, "status.phase").ifPresent(p -> s.append("  phase=").append(p).append('\n'));
      }
    }
    return s.toString();
  }
}
