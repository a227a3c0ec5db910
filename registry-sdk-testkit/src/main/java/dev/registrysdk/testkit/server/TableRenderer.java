package dev.registrysdk.testkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Renders lists as {@code meta.k8s.io/v1} Tables, the form {@code kubectl get} asks for, with the
 * columns the real API server prints for the kinds the registry uses.
 */
@TestkitInternal
public final class TableRenderer {

  private record Column(String name, String type, String format, Function<JsonNode, Object> cell) {
  }

  private final Clock clock;

  /** Creates a renderer that computes ages from the given clock. */
  public TableRenderer(Clock clock) {
    this.clock = clock;
  }

  /** Renders objects of one kind. */
  public ObjectNode render(ResourceType type, List<ObjectNode> objects, String resourceVersion,
      boolean includeObject) {
    List<Column> columns = columns(type);
    ObjectNode table = Json.object();
    table.put("kind", "Table");
    table.put("apiVersion", "meta.k8s.io/v1");
    table.putObject("metadata").put("resourceVersion", resourceVersion);
    ArrayNode definitions = table.putArray("columnDefinitions");
    for (Column column : columns) {
      ObjectNode d = definitions.addObject();
      d.put("name", column.name());
      d.put("type", column.type());
      d.put("format", column.format());
      d.put("description", column.name());
      d.put("priority", 0);
    }
    ArrayNode rows = table.putArray("rows");
    for (ObjectNode object : objects) {
      ObjectNode row = rows.addObject();
      ArrayNode cells = row.putArray("cells");
      for (Column column : columns) {
        Object value = column.cell().apply(object);
        if (value instanceof Number n) {
          cells.add(n.longValue());
        } else {
          cells.add(value == null ? "" : value.toString());
        }
      }
      if (includeObject) {
        ObjectNode partial = Json.object();
        partial.put("kind", "PartialObjectMetadata");
        partial.put("apiVersion", "meta.k8s.io/v1");
        partial.set("metadata", object.get("metadata"));
        row.set("object", partial);
      }
    }
    return table;
  }

  private List<Column> columns(ResourceType type) {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("Name", "string", "name", o -> Json.text(o, "metadata.name").orElse("")
        + (isDefaultClass(type, o) ? " (default)" : "")));
    switch (type.kind()) {
      case "ClusterOperator" -> {
        columns.add(new Column("Version", "string", "", o -> operatorVersion(o)));
        for (String condition : List.of("Available", "Progressing", "Degraded")) {
          columns.add(new Column(condition, "string", "", o -> condition(o, condition, "status")));
        }
        columns.add(new Column("Since", "date", "", o -> sinceOf(o)));
        columns.add(new Column("Message", "string", "", o -> condition(o, "Degraded", "message")));
        return columns;
      }
      case "Route" -> {
        columns.add(new Column("Host/Port", "string", "", o -> Json.text(o, "spec.host").orElse("")));
        columns.add(new Column("Path", "string", "", o -> Json.text(o, "spec.path").orElse("")));
        columns.add(new Column("Services", "string", "", o -> Json.text(o, "spec.to.name").orElse("")));
        columns.add(new Column("Port", "string", "", o -> Json.text(o, "spec.port.targetPort").orElse("")));
        columns.add(new Column("Termination", "string", "", o -> Json.text(o, "spec.tls.termination").orElse("")));
      }
      case "PersistentVolumeClaim" -> {
        columns.add(new Column("Status", "string", "", o -> Json.text(o, "status.phase").orElse("Pending")));
        columns.add(new Column("Volume", "string", "", o -> Json.text(o, "spec.volumeName").orElse("")));
        columns.add(new Column("Capacity", "string", "", o -> Json.text(o, "status.capacity.storage").orElse("")));
        columns.add(new Column("Access Modes", "string", "", o -> accessModes(o)));
        columns.add(new Column("StorageClass", "string", "", o -> Json.text(o, "spec.storageClassName")
            .orElse("")));
      }
      case "StorageClass" -> {
        columns.add(new Column("Provisioner", "string", "", o -> Json.text(o, "provisioner").orElse("")));
        columns.add(new Column("ReclaimPolicy", "string", "", o -> Json.text(o, "reclaimPolicy").orElse("Delete")));
        columns.add(new Column("VolumeBindingMode", "string", "", o -> Json.text(o, "volumeBindingMode")
            .orElse("Immediate")));
      }
      case "Deployment" -> {
        columns.add(new Column("Ready", "string", "", o -> Json.at(o, "status.readyReplicas") == null ? "0"
            : Json.at(o, "status.readyReplicas").asText() + "/" + Json.at(o, "spec.replicas").asText("0")));
        columns.add(new Column("Up-to-date", "integer", "", o -> number(o, "status.updatedReplicas")));
        columns.add(new Column("Available", "integer", "", o -> number(o, "status.availableReplicas")));
      }
      case "ObjectBucketClaim" -> {
        columns.add(new Column("Storage-Class", "string", "", o -> Json.text(o, "spec.storageClassName")
            .orElse("")));
        columns.add(new Column("Phase", "string", "", o -> Json.text(o, "status.phase").orElse("")));
      }
      case "Secret" -> columns.add(new Column("Type", "string", "", o -> Json.text(o, "type").orElse("Opaque")));
      case "Namespace" -> columns.add(new Column("Status", "string", "", o -> Json.text(o, "status.phase")
          .orElse("Active")));
      default -> {
      }
    }
    columns.add(new Column("Age", "string", "", this::age));
    return columns;
  }

  private static boolean isDefaultClass(ResourceType type, JsonNode o) {
    JsonNode annotations = Json.at(o, "metadata.annotations");
    return type.kind().equals("StorageClass") && annotations != null
        && "true".equals(annotations.path("storageclass.kubernetes.io/is-default-class").asText());
  }

  private static long number(JsonNode o, String path) {
    JsonNode n = Json.at(o, path);
    return n == null ? 0 : n.asLong();
  }

  private static String accessModes(JsonNode o) {
    JsonNode modes = Json.at(o, "spec.accessModes");
    List<String> shortModes = new ArrayList<>();
    if (modes != null) {
      modes.forEach(m -> shortModes.add(switch (m.asText()) {
        case "ReadWriteOnce" -> "RWO";
        case "ReadWriteMany" -> "RWX";
        case "ReadOnlyMany" -> "ROX";
        default -> "RWOP";
      }));
    }
    return String.join(",", shortModes);
  }

  private static String operatorVersion(JsonNode o) {
    JsonNode versions = Json.at(o, "status.versions");
    if (versions != null) {
      for (JsonNode v : versions) {
        if ("operator".equals(v.path("name").asText())) {
          return v.path("version").asText();
        }
      }
    }
    return "";
  }

  private static String condition(JsonNode o, String type, String field) {
    JsonNode conditions = Json.at(o, "status.conditions");
    if (conditions != null) {
      for (JsonNode c : conditions) {
        if (type.equals(c.path("type").asText())) {
          return c.path(field).asText("");
        }
      }
    }
    return "";
  }

  private String sinceOf(JsonNode o) {
    JsonNode conditions = Json.at(o, "status.conditions");
    Instant latest = null;
    if (conditions != null) {
      for (JsonNode c : conditions) {
        String t = c.path("lastTransitionTime").asText("");
        if (!t.isEmpty()) {
          Instant i = Instant.parse(t);
          latest = latest == null || i.isAfter(latest) ? i : latest;
        }
      }
    }
    return latest == null ? "" : human(Duration.between(latest, Instant.now(clock)));
  }

  private String age(JsonNode o) {
    return Json.text(o, "metadata.creationTimestamp")
        .map(t -> human(Duration.between(Instant.parse(t), Instant.now(clock)))).orElse("<unknown>");
  }

  /** Formats a duration as kubectl does: {@code 45s}, {@code 5m}, {@code 3h}, {@code 2d}. */
  public static String human(Duration d) {
    long s = Math.max(0, d.getSeconds());
    if (s < 120) {
      return s + "s";
    }
    if (s < 3600 * 3) {
      return (s / 60) + "m";
    }
    if (s < 86400 * 2) {
      return (s / 3600) + "h";
    }
    return (s / 86400) + "d";
  }
}
