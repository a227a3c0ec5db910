package dev.registrysdk.testkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Field ownership as {@code metadata.managedFields} records it, with the conflict rules of
 * server-side apply.
 *
 * <p>Simplifications: lists are owned as a whole (as atomic lists are), and a manager's ownership of
 * a map is not recorded separately from its keys.
 */
@TestkitInternal
public final class ManagedFields {

  /** One {@code managedFields} entry. */
  static final class Entry {
    final String manager;
    final String operation;
    final String subresource;
    String apiVersion;
    String time;
    final Set<List<String>> fields = new LinkedHashSet<>();

    Entry(String manager, String operation, String subresource) {
      this.manager = manager;
      this.operation = operation;
      this.subresource = subresource;
    }

    boolean sameIdentity(String otherManager, String otherOperation, String otherSubresource) {
      return manager.equals(otherManager) && operation.equals(otherOperation)
          && Objects.equals(subresource, otherSubresource);
    }

    String describe() {
      String who = FieldError.quote(manager);
      if (subresource != null) {
        who += " with subresource " + FieldError.quote(subresource);
      }
      return operation.equals("Update") ? who + " using " + apiVersion : who;
    }
  }

  /** A field another manager owns with a different value. */
  public record Conflict(String manager, String path) {
  }

  private final List<Entry> entries = new ArrayList<>();

  private ManagedFields() {
  }

  /** Reads the entries of an object. */
  public static ManagedFields of(JsonNode object) {
    ManagedFields result = new ManagedFields();
    JsonNode list = Json.at(object, "metadata.managedFields");
    if (list != null && list.isArray()) {
      for (JsonNode e : list) {
        Entry entry = new Entry(e.path("manager").asText(""), e.path("operation").asText("Update"),
            e.hasNonNull("subresource") ? e.get("subresource").asText() : null);
        entry.apiVersion = e.path("apiVersion").asText("");
        entry.time = e.hasNonNull("time") ? e.get("time").asText() : null;
        entry.fields.addAll(FieldPaths.decode(e.get("fieldsV1")));
        result.entries.add(entry);
      }
    }
    return result;
  }

  /**
   * Records an Update (create, update or patch) by a manager: it owns the fields it changed; fields
   * removed lose their owners.
   */
  public void recordUpdate(String manager, String apiVersion, String time, String subresource, ResourceType type,
      JsonNode oldObject, JsonNode newObject) {
    boolean statusWrite = "status".equals(subresource);
    Map<List<String>, JsonNode> before = FieldPaths.leaves(oldObject, type, statusWrite);
    Map<List<String>, JsonNode> after = FieldPaths.leaves(newObject, type, statusWrite);
    Set<List<String>> changed = new LinkedHashSet<>();
    after.forEach((path, value) -> {
      if (!value.equals(before.get(path))) {
        changed.add(path);
      }
    });
    Set<List<String>> removed = new LinkedHashSet<>(before.keySet());
    removed.removeAll(after.keySet());
    for (Entry entry : entries) {
      entry.fields.removeAll(removed);
      if (!entry.sameIdentity(manager, "Update", subresource)) {
        entry.fields.removeAll(changed);
      }
    }
    if (!changed.isEmpty()) {
      Entry mine = entry(manager, "Update", subresource);
      mine.apiVersion = apiVersion;
      mine.time = time;
      mine.fields.addAll(changed);
    }
    entries.removeIf(e -> e.fields.isEmpty());
  }

  /**
   * Computes the conflicts of an apply: fields of the applied configuration that another manager owns
   * and that the apply would change.
   */
  public List<Conflict> conflicts(String manager, String subresource, Map<List<String>, JsonNode> applied,
      JsonNode live) {
    List<Conflict> conflicts = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry.sameIdentity(manager, "Apply", subresource)) {
        continue;
      }
      for (List<String> owned : entry.fields) {
        for (Map.Entry<List<String>, JsonNode> a : applied.entrySet()) {
          if (FieldPaths.overlaps(owned, a.getKey())) {
            JsonNode current = FieldPaths.get(live, a.getKey());
            if (current == null || !current.equals(a.getValue())) {
              conflicts.add(new Conflict(entry.describe(), FieldPaths.render(owned)));
              break;
            }
          }
        }
      }
    }
    return conflicts;
  }

  /** Returns the fields the manager's previous apply owned. */
  public Set<List<String>> appliedBy(String manager, String subresource) {
    for (Entry entry : entries) {
      if (entry.sameIdentity(manager, "Apply", subresource)) {
        return new LinkedHashSet<>(entry.fields);
      }
    }
    return new LinkedHashSet<>();
  }

  /** Returns whether any manager other than the given applier owns a path. */
  public boolean ownedByOthers(String manager, String subresource, List<String> path) {
    for (Entry entry : entries) {
      if (!entry.sameIdentity(manager, "Apply", subresource) && entry.fields.contains(path)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Records an apply: the applier owns exactly the applied fields; with {@code force}, other managers
   * lose the fields that conflicted.
   */
  public void recordApply(String manager, String apiVersion, String time, String subresource,
      Set<List<String>> applied, List<Conflict> forced) {
    if (!forced.isEmpty()) {
      for (Entry entry : entries) {
        if (!entry.sameIdentity(manager, "Apply", subresource)) {
          entry.fields.removeIf(owned -> applied.stream().anyMatch(a -> FieldPaths.overlaps(owned, a)));
        }
      }
    }
    Entry mine = entry(manager, "Apply", subresource);
    mine.fields.clear();
    mine.fields.addAll(applied);
    mine.apiVersion = apiVersion;
    mine.time = time;
    entries.removeIf(e -> e.fields.isEmpty());
  }

  /** Writes the entries into {@code metadata.managedFields}. */
  public void writeTo(ObjectNode object) {
    ObjectNode metadata = Json.metadata(object);
    if (entries.isEmpty()) {
      metadata.remove("managedFields");
      return;
    }
    ArrayNode list = metadata.putArray("managedFields");
    for (Entry entry : entries) {
      ObjectNode e = list.addObject();
      e.put("manager", entry.manager);
      e.put("operation", entry.operation);
      e.put("apiVersion", entry.apiVersion);
      if (entry.time != null) {
        e.put("time", entry.time);
      }
      e.put("fieldsType", "FieldsV1");
      e.set("fieldsV1", FieldPaths.encode(new TreeMap<>(toMap(entry.fields)).values()));
      if (entry.subresource != null) {
        e.put("subresource", entry.subresource);
      }
    }
  }

  /** Formats conflicts as the API server's 409 message. */
  public static String conflictMessage(List<Conflict> conflicts) {
    if (conflicts.size() == 1) {
      Conflict c = conflicts.get(0);
      return "Apply failed with 1 conflict: conflict with " + c.manager() + ": " + c.path();
    }
    Map<String, List<String>> byManager = new TreeMap<>();
    for (Conflict c : conflicts) {
      byManager.computeIfAbsent(c.manager(), m -> new ArrayList<>()).add(c.path());
    }
    StringBuilder s = new StringBuilder("Apply failed with " + conflicts.size() + " conflicts: ");
    List<String> lines = new ArrayList<>();
    byManager.forEach((manager, paths) -> {
      lines.add("conflicts with " + manager + ":");
      paths.forEach(p -> lines.add("- " + p));
    });
    return s.append(String.join("\n", lines)).toString();
  }

  private static Map<String, List<String>> toMap(Set<List<String>> paths) {
    Map<String, List<String>> sorted = new TreeMap<>();
    for (List<String> path : paths) {
      sorted.put(String.join("\u0000", path), path);
    }
    return sorted;
  }

  private Entry entry(String manager, String operation, String subresource) {
    for (Entry entry : entries) {
      if (entry.sameIdentity(manager, operation, subresource)) {
        return entry;
      }
    }
    Entry created = new Entry(manager, operation, subresource);
    entries.add(created);
    return created;
  }
}
