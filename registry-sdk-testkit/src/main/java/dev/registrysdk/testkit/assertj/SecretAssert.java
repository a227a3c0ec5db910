package dev.registrysdk.testkit.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.registrysdk.testkit.FakeOpenShift;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a Secret's keys. Failure messages name keys only, never values.
 */
public final class SecretAssert extends AbstractAssert<SecretAssert, FakeOpenShift> {

  private final String namespace;
  private final String name;

  SecretAssert(FakeOpenShift cluster, String namespace, String name) {
    super(cluster, SecretAssert.class);
    this.namespace = namespace;
    this.name = name;
  }

  private TreeSet<String> keys() {
    JsonNode secret = actual.objects().get("v1", "Secret", namespace, name).orElse(null);
    if (secret == null) {
      List<String> existing = new ArrayList<>();
      actual.objects().list(io.fabric8.kubernetes.api.model.Secret.class, namespace)
          .forEach(s -> existing.add(s.getMetadata().getName()));
      failWithMessage("Expected secret %s/%s to exist, but it does not. Secrets in %s: %s", namespace, name,
          namespace, existing);
    }
    TreeSet<String> keys = new TreeSet<>();
    secret.path("data").fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** Verifies that the secret exists. */
  public SecretAssert exists() {
    keys();
    return this;
  }

  /** Verifies that the secret has all the keys. */
  public SecretAssert hasKeys(String... expected) {
    TreeSet<String> keys = keys();
    List<String> missing = Arrays.stream(expected).filter(k -> !keys.contains(k)).toList();
    if (!missing.isEmpty()) {
      failWithMessage("Expected secret %s/%s to have keys %s but %s %s missing; it has %s", namespace, name,
          Arrays.asList(expected), missing, missing.size() == 1 ? "is" : "are", keys);
    }
    return this;
  }

  /** Verifies that the secret has none of the keys. */
  public SecretAssert doesNotHaveKeys(String... unexpected) {
    TreeSet<String> keys = keys();
    List<String> present = Arrays.stream(unexpected).filter(keys::contains).toList();
    if (!present.isEmpty()) {
      failWithMessage("Expected secret %s/%s not to have keys %s", namespace, name, present);
    }
    return this;
  }
}
