package dev.registrysdk.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.resource.ResourceKey;

/**
 * Replaces a secret by an {@code ExternalSecret} (external-secrets.io/v1beta1) that makes the
 * external-secrets operator create it, one remote property per key. Only key names are written.
 */
final class ExternalSecretWriter {

  static final String API_VERSION = "external-secrets.io/v1beta1";

  private ExternalSecretWriter() {}

  static Manifest externalSecret(Manifest secret, SecretHandling.ExternalSecrets handling) {
    String namespace = secret.key().namespace().orElse("default");
    String name = secret.key().name();
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("apiVersion", API_VERSION);
    body.put("kind", "ExternalSecret");
    ObjectNode metadata = body.putObject("metadata");
    metadata.put("name", name);
    metadata.put("namespace", namespace);
    ObjectNode spec = body.putObject("spec");
    spec.put("refreshInterval", handling.refreshInterval());
    ObjectNode store = spec.putObject("secretStoreRef");
    store.put("kind", handling.storeKind());
    store.put("name", handling.storeName());
    ObjectNode target = spec.putObject("target");
    target.put("name", name);
    target.put("creationPolicy", "Owner");
    target.put("deletionPolicy", "Retain");
    if (!secret.secretType().equals("Opaque")) {
      target.putObject("template").put("type", secret.secretType());
    }
    ArrayNode data = spec.putArray("data");
    for (String key : secret.dataKeys()) {
      ObjectNode entry = data.addObject();
      entry.put("secretKey", key);
      ObjectNode remote = entry.putObject("remoteRef");
      remote.put("key", handling.remoteKey(namespace, name));
      remote.put("property", key);
    }
    return new Manifest(ResourceKey.namespaced(API_VERSION, "ExternalSecret", namespace, name), body,
        secret.phase(), secret.policy(), false, secret.purpose());
  }
}
