package dev.registrysdk.core.apply;

import com.fasterxml.jackson.databind.JsonNode;
import dev.registrysdk.api.error.ApiException;
import dev.registrysdk.api.plan.PatchKind;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.core.plan.CurrentObjects;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads and writes objects by {@link ResourceKey}: typed where fabric8 knows the kind, generic
 * otherwise. Maps client errors to the SDK's exceptions: HTTP 409 to {@link ConflictSignal}, the
 * rest to {@link ApiException} with the server's message.
 */
public final class Resources {

  private final KubernetesClient client;

  /** Operations through {@code client}. */
  public Resources(KubernetesClient client) {
    this.client = client;
  }

  /** The object, typed when the kind is known; empty if it does not exist. */
  public Optional<HasMetadata> get(ResourceKey key) {
    return Optional.ofNullable(call(key, () -> resource(key).get()));
  }

  /** Creates the object described by {@code json}; returns it as stored. */
  public JsonNode create(ResourceKey key, String json) {
    HasMetadata object = client.getKubernetesSerialization().unmarshal(json, type(key));
    return CurrentObjects.toTree(call(key, () -> client.resource(object).create()));
  }

  /** Patches the object; returns it as stored. */
  public JsonNode patch(ResourceKey key, PatchKind kind, String body) {
    PatchType type = kind == PatchKind.MERGE ? PatchType.JSON_MERGE : PatchType.JSON;
    // Patching through an operation bound to an item sends only the PATCH; an operation bound to a
    // name alone would first GET the object.
    HasMetadata stub = client.getKubernetesSerialization().unmarshal(stub(key), type(key));
    return CurrentObjects.toTree(call(key, () -> client.resource(stub).patch(PatchContext.of(type), body)));
  }

  private String stub(ResourceKey key) {
    var node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    node.put("apiVersion", key.apiVersion());
    node.put("kind", key.kind());
    var metadata = node.putObject("metadata");
    metadata.put("name", key.name());
    key.namespace().ifPresent(ns -> metadata.put("namespace", ns));
    return node.toString();
  }

  /** Deletes the object; nothing if it is already gone. */
  public void delete(ResourceKey key) {
    call(key, () -> resource(key).delete());
  }

  /** Runs a client call about {@code key}, mapping its failures. */
  public <T> T call(ResourceKey key, Supplier<T> call) {
    try {
      return call.get();
    } catch (KubernetesClientException e) {
      if (e.getCode() == 409) {
        throw new ConflictSignal(key, e);
      }
      String reason = e.getStatus() != null && e.getStatus().getMessage() != null ? e.getStatus().getMessage() : e.getMessage();
      throw new ApiException("Request about " + key + " failed with HTTP " + e.getCode() + ": " + reason
          + (e.getCode() == 403 ? ". The user needs permission for it (cluster-admin configures the registry)" : ""),
          e.getCode(), key, e);
    }
  }

  private Class<? extends HasMetadata> type(ResourceKey key) {
    Class<? extends KubernetesResource> type =
        client.getKubernetesSerialization().getRegisteredKubernetesResource(key.apiVersion(), key.kind());
    if (type != null && HasMetadata.class.isAssignableFrom(type)) {
      return type.asSubclass(HasMetadata.class);
    }
    return GenericKubernetesResource.class;
  }

  private Resource<? extends HasMetadata> resource(ResourceKey key) {
    Class<? extends HasMetadata> type = type(key);
    if (type == GenericKubernetesResource.class) {
      var op = client.genericKubernetesResources(key.apiVersion(), key.kind());
      return key.namespace().isPresent()
          ? op.inNamespace(key.namespace().get()).withName(key.name())
          : op.withName(key.name());
    }
    var op = client.resources(type);
    return key.namespace().isPresent()
        ? op.inNamespace(key.namespace().get()).withName(key.name())
        : op.withName(key.name());
  }
}
