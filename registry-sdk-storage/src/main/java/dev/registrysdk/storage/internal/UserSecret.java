package dev.registrysdk.storage.internal;

import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.spi.DesiredObject;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry's credentials secret {@code openshift-image-registry/image-registry-private-configuration-user},
 * whose keys override the cloud credentials the operator would otherwise use.
 */
public final class UserSecret {

  private UserSecret() {}

  /**
   * A sensitive desired object that merges {@code values} (plain text, in order) into the secret:
   * keys it does not name, such as those of another backend, are kept.
   */
  public static DesiredObject merge(Map<String, String> values, String purpose) {
    Map<String, String> data = new LinkedHashMap<>();
    values.forEach((key, value) -> data.put(key, base64(value)));
    Secret secret =
        new SecretBuilder()
            .withNewMetadata()
            .withNamespace(RegistryObjects.NAMESPACE)
            .withName(RegistryObjects.USER_CREDENTIALS_SECRET)
            .endMetadata()
            .withType("Opaque")
            .withData(data)
            .build();
    return DesiredObject.merge(secret, purpose).asSensitive();
  }

  /** The observed secret, if it exists. */
  public static Optional<Secret> observed(ClusterFacts facts) {
    return facts.secret(RegistryObjects.NAMESPACE, RegistryObjects.USER_CREDENTIALS_SECRET);
  }

  /** Whether the observed secret holds every one of {@code keys}, with or without a value. */
  public static boolean holdsAll(ClusterFacts facts, List<String> keys) {
    return observed(facts).map(s -> keys.stream().allMatch(k -> has(s, k))).orElse(false);
  }

  /** Whether the observed secret holds any one of {@code keys}. */
  public static boolean holdsAny(ClusterFacts facts, List<String> keys) {
    return observed(facts).map(s -> keys.stream().anyMatch(k -> has(s, k))).orElse(false);
  }

  /** The first of {@code keys} the observed secret lacks, if it exists and lacks one. */
  public static Optional<String> firstMissing(ClusterFacts facts, List<String> keys) {
    return observed(facts).flatMap(s -> keys.stream().filter(k -> !has(s, k)).findFirst());
  }

  /** Whether the secret has {@code key} in {@code data} or {@code stringData}. */
  public static boolean has(Secret secret, String key) {
    return (secret.getData() != null && secret.getData().containsKey(key))
        || (secret.getStringData() != null && secret.getStringData().containsKey(key));
  }

  /** The decoded value of {@code key}, from {@code data} or {@code stringData}. */
  public static Optional<String> value(Secret secret, String key) {
    if (secret.getData() != null && secret.getData().get(key) != null) {
      return Optional.of(decode(secret.getData().get(key)));
    }
    if (secret.getStringData() != null && secret.getStringData().get(key) != null) {
      return Optional.of(secret.getStringData().get(key));
    }
    return Optional.empty();
  }

  /** The operator's error text for a missing key, as in {@code pkg/storage/s3/s3.go}. */
  public static String missingKeyMessage(String key) {
    return "secret \"" + RegistryObjects.NAMESPACE + "/" + RegistryObjects.USER_CREDENTIALS_SECRET
        + "\" does not contain required key \"" + key + "\"";
  }

  /** Base64 of the UTF-8 bytes of {@code value}. */
  public static String base64(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }

  /** The UTF-8 text of a base64 value. */
  public static String decode(String base64) {
    return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
  }
}
