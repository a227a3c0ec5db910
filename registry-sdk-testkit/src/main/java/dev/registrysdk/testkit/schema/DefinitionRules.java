package dev.registrysdk.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.server.FieldError;
import dev.registrysdk.testkit.server.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * The API server's defaults and checks for a CustomResourceDefinition ({@code apiextensions.k8s.io/v1})
 * that decide whether its kind can be served: the name is {@code <plural>.<group>}, the group a domain,
 * plural and kind set, the scope {@code Cluster} or {@code Namespaced}, exactly one storage version,
 * and a schema for each version. The conversion strategy defaults to {@code None}.
 */
final class DefinitionRules {

  private DefinitionRules() {
  }

  static List<FieldError> admit(ObjectNode crd) {
    ObjectNode spec = Json.objectAt(crd, "spec");
    if (!spec.has("conversion")) {
      spec.putObject("conversion").put("strategy", "None");
    }
    List<FieldError> errors = new ArrayList<>();
    String group = spec.path("group").asText("");
    String plural = spec.path("names").path("plural").asText("");
    String name = Json.text(crd, "metadata.name").orElse("");
    if (!name.equals(plural + "." + group)) {
      errors.add(FieldError.invalid("metadata.name", crd.path("metadata").path("name"),
          "must be spec.names.plural+\".\"+spec.group"));
    }
    if (group.isEmpty()) {
      errors.add(FieldError.required("spec.group", ""));
    } else if (!group.contains(".")) {
      errors.add(FieldError.invalid("spec.group", spec.get("group"), "should be a domain with at least one dot"));
    }
    if (plural.isEmpty()) {
      errors.add(FieldError.required("spec.names.plural", ""));
    }
    if (spec.path("names").path("kind").asText("").isEmpty()) {
      errors.add(FieldError.required("spec.names.kind", ""));
    }
    JsonNode scope = spec.path("scope");
    if (scope.asText("").isEmpty()) {
      errors.add(FieldError.required("spec.scope", ""));
    } else if (!List.of("Cluster", "Namespaced").contains(scope.asText())) {
      errors.add(FieldError.notSupported("spec.scope", scope, List.of("Cluster", "Namespaced")));
    }
    JsonNode versions = spec.path("versions");
    int storage = 0;
    for (int i = 0; i < versions.size(); i++) {
      JsonNode version = versions.get(i);
      if (version.path("storage").asBoolean(false)) {
        storage++;
      }
      if (version.path("name").asText("").isEmpty()) {
        errors.add(FieldError.required("spec.versions[" + i + "].name", ""));
      }
      if (!version.path("schema").path("openAPIV3Schema").isObject()) {
        errors.add(FieldError.required("spec.versions[" + i + "].schema.openAPIV3Schema", "schemas are required"));
      }
    }
    if (versions.isEmpty()) {
      errors.add(FieldError.invalidRendered("spec.versions", "[]", "must have exactly one version marked as"
          + " storage version"));
    } else if (storage != 1) {
      errors.add(FieldError.invalidRendered("spec.versions", FieldError.render(versions), "must have exactly one"
          + " version marked as storage version"));
    }
    return errors;
  }
}
