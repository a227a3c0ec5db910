package dev.registrysdk.testkit.bootstrap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.server.Json;
import dev.registrysdk.testkit.server.ObjectApi;
import dev.registrysdk.testkit.server.ResourceType;
import dev.registrysdk.testkit.server.TestkitInternal;
import dev.registrysdk.testkit.server.WriteOptions;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes model objects into the store the way a controller would (no HTTP, no request log).
 */
@TestkitInternal
public final class Seeder {

  private final ObjectApi api;
  private final String manager;

  /** Creates a seeder that records writes under a field manager name. */
  public Seeder(ObjectApi api, String manager) {
    this.api = api;
    this.manager = manager;
  }

  /** Returns the kind of a model class. */
  public ResourceType typeOf(HasMetadata object) {
    return api.catalog().findByKind(object.getApiVersion(), object.getKind())
        .orElseThrow(() -> new IllegalArgumentException("not served: " + object.getApiVersion() + "/"
            + object.getKind()));
  }

  /** Creates an object, keeping its status. */
  public ObjectNode create(HasMetadata object) {
    ResourceType type = typeOf(object);
    return api.create(type, object.getMetadata().getNamespace(), Json.toTree(object),
        WriteOptions.controller(manager));
  }

  /** Creates an object given as a tree, keeping its status. */
  public ObjectNode create(ObjectNode object) {
    ResourceType type = api.catalog().findByKind(object.path("apiVersion").asText(), object.path("kind").asText())
        .orElseThrow(() -> new IllegalArgumentException("not served: " + object.path("kind").asText()));
    return api.create(type, object.path("metadata").path("namespace").asText(null), object,
        WriteOptions.controller(manager));
  }

  /** Returns base64 values for a Secret's {@code data}. */
  public static Map<String, String> base64(Map<String, String> plain) {
    Map<String, String> encoded = new LinkedHashMap<>();
    plain.forEach((k, v) -> encoded.put(k, Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8))));
    return encoded;
  }
}
