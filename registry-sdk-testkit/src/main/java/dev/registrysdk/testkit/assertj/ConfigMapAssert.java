package dev.registrysdk.testkit.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.registrysdk.testkit.FakeOpenShift;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a ConfigMap's data. */
public final class ConfigMapAssert extends AbstractAssert<ConfigMapAssert, FakeOpenShift> {

  private final String namespace;
  private final String name;

  ConfigMapAssert(FakeOpenShift cluster, String namespace, String name) {
    super(cluster, ConfigMapAssert.class);
    this.namespace = namespace;
    this.name = name;
  }

  private JsonNode data() {
    JsonNode map = actual.objects().get("v1", "ConfigMap", namespace, name).orElse(null);
    if (map == null) {
      List<String> existing = new ArrayList<>();
      actual.objects().list(io.fabric8.kubernetes.api.model.ConfigMap.class, namespace)
          .forEach(m -> existing.add(m.getMetadata().getName()));
      failWithMessage("Expected config map %s/%s to exist, but it does not. Config maps in %s: %s", namespace, name,
          namespace, existing);
    }
    return map.path("data");
  }

  /** Verifies that the config map exists. */
  public ConfigMapAssert exists() {
    data();
    return this;
  }

  /** Verifies that the config map has all the keys. */
  public ConfigMapAssert hasKeys(String... expected) {
    TreeSet<String> keys = new TreeSet<>();
    data().fieldNames().forEachRemaining(keys::add);
    List<String> missing = Arrays.stream(expected).filter(k -> !keys.contains(k)).toList();
    if (!missing.isEmpty()) {
      failWithMessage("Expected config map %s/%s to have keys %s but %s missing; it has %s%s", namespace, name,
          Arrays.asList(expected), missing, keys, missing.contains("ca-bundle.crt")
              ? " (the operator reads a trusted CA bundle from key ca-bundle.crt only)" : "");
    }
    return this;
  }

  /** Verifies one entry. */
  public ConfigMapAssert hasEntry(String key, String value) {
    JsonNode data = data();
    if (!value.equals(data.path(key).asText(null))) {
      failWithMessage("Expected config map %s/%s to map %s to%n  %s%nbut it maps it to%n  %s", namespace, name, key,
          value, data.has(key) ? data.get(key).asText() : "<no such key>");
    }
    return this;
  }
}
