package dev.registrysdk.testkit.bootstrap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.server.Json;
import dev.registrysdk.testkit.server.TestkitInternal;
import java.util.Map;

/**
 * Builds objects as Jackson trees. Used on the start path instead of fabric8's model builders plus
 * Jackson data binding, whose first use costs about half a second of introspection in a fresh JVM
 * (the standalone server's start time).
 */
@TestkitInternal
public final class Trees {

  private Trees() {
  }

  /** An object with apiVersion, kind, name and (if not null) namespace. */
  public static ObjectNode object(String apiVersion, String kind, String namespace, String name) {
    ObjectNode object = Json.object();
    object.put("apiVersion", apiVersion);
    object.put("kind", kind);
    ObjectNode metadata = object.putObject("metadata");
    metadata.put("name", name);
    if (namespace != null) {
      metadata.put("namespace", namespace);
    }
    return object;
  }

  /** Adds labels or annotations ({@code map} = {@code labels} or {@code annotations}). */
  public static ObjectNode putAll(ObjectNode object, String map, Map<String, String> entries) {
    ObjectNode target = Json.objectAt(Json.metadata(object), map);
    entries.forEach(target::put);
    return object;
  }

  /** A string array. */
  public static ArrayNode strings(Iterable<String> values) {
    ArrayNode array = Json.array();
    values.forEach(array::add);
    return array;
  }

  /** A Secret with base64 data. */
  public static ObjectNode secret(String namespace, String name, String type, Map<String, String> plainData) {
    ObjectNode secret = object("v1", "Secret", namespace, name);
    secret.put("type", type);
    ObjectNode data = secret.putObject("data");
    Seeder.base64(plainData).forEach(data::put);
    return secret;
  }
}
