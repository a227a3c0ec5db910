package dev.registrysdk.testkit.controller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.schema.SchemaAdmission;
import dev.registrysdk.testkit.server.Json;
import dev.registrysdk.testkit.server.ObjectApi;
import dev.registrysdk.testkit.server.ResourceType;
import dev.registrysdk.testkit.server.TestkitInternal;
import dev.registrysdk.testkit.server.WriteOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for the apiextensions API server: serves the kinds that CustomResourceDefinitions define
 * (each served version, namespaced or cluster-scoped, with the status subresource where a version
 * declares it, validated with the version's schema), reports the definitions {@code Established}, and
 * when a definition is deleted stops serving its kind and removes its objects.
 *
 * <p>A definition of a kind the testkit serves itself (the registry's own CRDs, say) is stored and
 * reported {@code Established}, but the testkit keeps serving that kind with its own, fuller schema.
 */
@TestkitInternal
public final class CustomResourceDefinitions implements Controller {

  private static final Pattern KUBE_VERSION = Pattern.compile("^v(\\d+)(?:(alpha|beta)(\\d+))?$");
  private static final String MANAGER = "apiextensions-apiserver";

  private final ObjectApi api;
  private final SchemaAdmission schemas;
  private final Map<String, String> served = new HashMap<>();

  /** Creates the controller; definitions are validated and their kinds' objects admitted by {@code schemas}. */
  public CustomResourceDefinitions(ObjectApi api, SchemaAdmission schemas) {
    this.api = api;
    this.schemas = schemas;
  }

  @Override
  public String name() {
    return "apiextensions-apiserver";
  }

  @Override
  public void reconcile() {
    ResourceType definitions = api.catalog().require("apiextensions.k8s.io", "customresourcedefinitions");
    Set<String> present = new HashSet<>();
    for (ObjectNode crd : api.store().view(definitions, null)) {
      if (Json.metadata(crd).has("deletionTimestamp")) {
        continue;
      }
      String name = Json.text(crd, "metadata.name").orElseThrow();
      present.add(name);
      String generation = Json.text(crd, "metadata.uid").orElse("") + "/"
          + Json.metadata(crd).path("generation").asLong(1);
      if (!generation.equals(served.get(name))) {
        withdraw(name, false);
        serve(name, crd);
        served.put(name, generation);
      }
      writeStatus(definitions, crd);
    }
    for (String name : List.copyOf(served.keySet())) {
      if (!present.contains(name)) {
        withdraw(name, true);
        served.remove(name);
      }
    }
  }

  private void serve(String name, ObjectNode crd) {
    JsonNode spec = crd.path("spec");
    String group = spec.path("group").asText();
    JsonNode names = spec.path("names");
    String plural = names.path("plural").asText();
    if (api.catalog().isBuiltIn(group, plural)) {
      return;
    }
    List<JsonNode> versions = new ArrayList<>();
    spec.path("versions").forEach(v -> {
      if (v.path("served").asBoolean(false)) {
        versions.add(v);
      }
    });
    versions.sort(Comparator.comparing((JsonNode v) -> v.path("name").asText(), CustomResourceDefinitions::byPriority));
    List<ResourceType> types = new ArrayList<>();
    for (JsonNode version : versions) {
      ResourceType.Builder type = ResourceType.builder(group, version.path("name").asText(),
          names.path("kind").asText(), plural).custom()
          .shortNames(strings(names.path("shortNames"))).categories(strings(names.path("categories")));
      if ("Namespaced".equals(spec.path("scope").asText())) {
        type.namespaced();
      }
      if (version.path("subresources").has("status")) {
        type.status();
      }
      ResourceType built = type.build();
      types.add(built);
      schemas.defineCustom(built, version.path("schema").path("openAPIV3Schema"));
    }
    api.catalog().define(name, types);
  }

  private void withdraw(String name, boolean removeObjects) {
    List<ResourceType> types = api.catalog().undefine(name);
    types.forEach(schemas::forgetCustom);
    if (removeObjects && !types.isEmpty()) {
      api.purge(types.get(0));
    }
  }

  private void writeStatus(ResourceType definitions, ObjectNode crd) {
    JsonNode spec = crd.path("spec");
    JsonNode names = spec.path("names");
    ObjectNode status = Json.object();
    ObjectNode accepted = status.putObject("acceptedNames");
    accepted.put("plural", names.path("plural").asText());
    accepted.put("singular", names.path("singular").asText(names.path("kind").asText().toLowerCase(
        java.util.Locale.ROOT)));
    accepted.put("kind", names.path("kind").asText());
    accepted.put("listKind", names.path("listKind").asText(names.path("kind").asText() + "List"));
    for (String list : List.of("shortNames", "categories")) {
      if (names.path(list).isArray() && !names.path(list).isEmpty()) {
        accepted.set(list, names.get(list).deepCopy());
      }
    }
    JsonNode old = crd.path("status");
    ArrayNode conditions = status.putArray("conditions");
    condition(conditions, old, "NamesAccepted", "NoConflicts", "no conflicts found");
    condition(conditions, old, "Established", "InitialNamesAccepted", "the initial names have been accepted");
    ArrayNode stored = status.putArray("storedVersions");
    Set<String> versions = new java.util.LinkedHashSet<>();
    old.path("storedVersions").forEach(v -> versions.add(v.asText()));
    spec.path("versions").forEach(v -> {
      if (v.path("storage").asBoolean(false)) {
        versions.add(v.path("name").asText());
      }
    });
    versions.forEach(stored::add);
    if (!status.equals(crd.get("status"))) {
      ObjectNode updated = crd.deepCopy();
      updated.set("status", status);
      api.update(definitions, null, Json.text(crd, "metadata.name").orElseThrow(), "status", updated,
          WriteOptions.controller(MANAGER));
    }
  }

  private void condition(ArrayNode conditions, JsonNode old, String type, String reason, String message) {
    ObjectNode c = conditions.addObject();
    c.put("type", type);
    c.put("status", "True");
    c.put("reason", reason);
    c.put("message", message);
    String since = api.now();
    for (JsonNode o : old.path("conditions")) {
      if (type.equals(o.path("type").asText()) && "True".equals(o.path("status").asText())) {
        since = o.path("lastTransitionTime").asText(since);
      }
    }
    c.put("lastTransitionTime", since);
  }

  private static String[] strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values.toArray(String[]::new);
  }

  /** Kubernetes' version priority: GA before beta before alpha, higher numbers first, then the rest by name. */
  static int byPriority(String a, String b) {
    int[] x = rank(a);
    int[] y = rank(b);
    for (int i = 0; i < x.length; i++) {
      if (x[i] != y[i]) {
        return Integer.compare(y[i], x[i]);
      }
    }
    return a.compareTo(b);
  }

  private static int[] rank(String version) {
    Matcher m = KUBE_VERSION.matcher(version);
    if (!m.matches()) {
      return new int[] {0, 0, 0};
    }
    int stability = m.group(2) == null ? 3 : m.group(2).equals("beta") ? 2 : 1;
    return new int[] {stability, Integer.parseInt(m.group(1)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3))};
  }
}
