package dev.registrysdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.server.Json;
import dev.registrysdk.testkit.server.ObjectApi;
import dev.registrysdk.testkit.server.ResourceType;
import dev.registrysdk.testkit.server.WriteOptions;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Direct access to a fake cluster's objects, without HTTP and without entries in the request log:
 * for seeding state quickly and for looking at what is stored.
 *
 * <pre>{@code
 * cluster.objects().create(new SecretBuilder()...build());
 * Optional<Config> config = cluster.objects().get(Config.class, null, "cluster");
 * }</pre>
 *
 * <p>Writes go through the same rules as API requests (validation, generation, watches) and wake the
 * simulated operator. Thread-safe.
 */
public final class ClusterObjects {

  private final ObjectApi api;
  private final Runnable settle;

  ClusterObjects(ObjectApi api, Runnable settle) {
    this.api = api;
    this.settle = settle;
  }

  /** Returns an object by model class, namespace ({@code null} for cluster-scoped) and name. */
  public <T extends HasMetadata> Optional<T> get(Class<T> type, String namespace, String name) {
    ObjectNode found = api.find(typeOf(type), namespace, name);
    return found == null ? Optional.empty() : Optional.of(Json.toModel(found, type));
  }

  /** Lists objects of a model class in a namespace ({@code null}: all namespaces). */
  public <T extends HasMetadata> List<T> list(Class<T> type, String namespace) {
    List<T> result = new ArrayList<>();
    for (ObjectNode node : api.store().list(typeOf(type), namespace)) {
      result.add(Json.toModel(node, type));
    }
    return result;
  }

  /** Returns an object as a JSON tree, by apiVersion, kind, namespace and name. */
  public Optional<JsonNode> get(String apiVersion, String kind, String namespace, String name) {
    ResourceType type = api.catalog().findByKind(apiVersion, kind)
        .orElseThrow(() -> new IllegalArgumentException("The fake cluster does not serve " + apiVersion + "/" + kind));
    return Optional.ofNullable(api.find(type, namespace, name));
  }

  /**
   * Creates an object, keeping its {@code status}, and lets the simulated controllers react.
   *
   * @return the stored object
   */
  @SuppressWarnings("unchecked")
  public <T extends HasMetadata> T create(T object) {
    ResourceType type = typeOf(object.getClass());
    ObjectNode stored = api.create(type, object.getMetadata().getNamespace(), Json.toTree(object),
        WriteOptions.controller("testkit"));
    settle.run();
    return (T) Json.toModel(stored, object.getClass());
  }

  /** Deletes an object if it exists, and lets the simulated controllers react. */
  public void delete(Class<? extends HasMetadata> type, String namespace, String name) {
    ResourceType resourceType = typeOf(type);
    if (api.find(resourceType, namespace, name) != null) {
      api.delete(resourceType, namespace, name, null, WriteOptions.controller("testkit"));
      settle.run();
    }
  }

  /** Returns a readable dump of every stored object's kind, name and conditions. */
  public String describe() {
    return ClusterDump.describe(api);
  }

  private ResourceType typeOf(Class<?> type) {
    @SuppressWarnings("unchecked")
    Class<? extends HasMetadata> c = (Class<? extends HasMetadata>) type;
    String apiVersion = HasMetadata.getApiVersion(c);
    String kind = HasMetadata.getKind(c);
    return api.catalog().findByKind(apiVersion, kind)
        .orElseThrow(() -> new IllegalArgumentException("The fake cluster does not serve " + apiVersion + "/" + kind));
  }
}
