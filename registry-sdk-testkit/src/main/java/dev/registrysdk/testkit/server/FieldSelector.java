package dev.registrysdk.testkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed field selector. Like the API server, it supports {@code metadata.name} and {@code
 * metadata.namespace} for every kind, plus a few kind-specific fields, and rejects the rest with
 * {@code field label not supported}.
 */
@TestkitInternal
public final class FieldSelector {

  private static final Map<String, Set<String>> EXTRA_FIELDS = Map.of(
      "secrets", Set.of("type"),
      "pods", Set.of("status.phase", "spec.nodeName"),
      "events", Set.of("involvedObject.kind", "involvedObject.name", "involvedObject.namespace",
          "involvedObject.uid", "reason", "type"),
      "namespaces", Set.of("status.phase"));

  private record Requirement(String field, boolean equals, String value) {
  }

  private final List<Requirement> requirements;

  private FieldSelector(List<Requirement> requirements) {
    this.requirements = requirements;
  }

  /**
   * Parses the text form for one kind.
   *
   * @throws ApiException with code 400 for unsupported fields
   */
  public static FieldSelector parse(String text, ResourceType type) {
    List<Requirement> requirements = new ArrayList<>();
    if (text != null && !text.isBlank()) {
      for (String part : text.split(",")) {
        String p = part.trim();
        boolean notEquals = p.contains("!=");
        String[] kv = notEquals ? p.split("!=", 2) : p.split("==?", 2);
        if (kv.length != 2) {
          throw Statuses.badRequest("invalid selector: '" + text + "'; can't understand '" + p + "'");
        }
        String field = kv[0].trim();
        if (!field.equals("metadata.name") && !field.equals("metadata.namespace")
            && !EXTRA_FIELDS.getOrDefault(type.plural(), Set.of()).contains(field)) {
          throw Statuses.badRequest("field label not supported: " + field);
        }
        requirements.add(new Requirement(field, !notEquals, kv[1].trim()));
      }
    }
    return new FieldSelector(List.copyOf(requirements));
  }

  /** Returns the name this selector pins with {@code metadata.name=}, or {@code null}. */
  public String pinnedName() {
    for (Requirement r : requirements) {
      if (r.equals() && r.field().equals("metadata.name")) {
        return r.value();
      }
    }
    return null;
  }

  /** Returns whether an object matches. */
  public boolean matches(JsonNode object) {
    for (Requirement r : requirements) {
      JsonNode node = Json.at(object, r.field());
      String actual = node == null ? "" : node.asText();
      if (r.equals() != actual.equals(r.value())) {
        return false;
      }
    }
    return true;
  }
}
