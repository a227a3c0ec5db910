package dev.registrysdk.render;

import java.util.List;

/**
 * A secret the rendered manifests need but do not contain: create it before syncing, with exactly
 * these keys.
 *
 * @param namespace the secret's namespace
 * @param name the secret's name
 * @param type the secret's type, e.g. {@code Opaque} or {@code kubernetes.io/tls}
 * @param keys the keys it must hold
 * @param purpose why the registry needs it
 */
public record SecretToProvide(String namespace, String name, String type, List<String> keys, String purpose) {

  /** Copies the keys. */
  public SecretToProvide {
    keys = List.copyOf(keys);
  }

  /** One line for people: {@code openshift-image-registry/name (Opaque) with keys A, B: purpose}. */
  public String describe() {
    return namespace + "/" + name + " (" + type + ") with keys " + String.join(", ", keys) + ": " + purpose;
  }
}
