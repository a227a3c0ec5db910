package dev.registrysdk.core.cluster;

import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.core.feature.DesiredObjects;
import dev.registrysdk.core.feature.Feature;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Builds {@link ClusterFacts} for the pure tests of features, as the observer would for them. */
public final class TestFacts {

  private final Map<ResourceKey, HasMetadata> objects = new HashMap<>();
  private final Set<String> served = new LinkedHashSet<>();
  private ClusterFacts.Builder base = ClusterFacts.builder().registryConfig(config("Managed"));

  private TestFacts() {}

  /** Facts of a cluster with a Managed registry and nothing else. */
  public static TestFacts cluster() {
    return new TestFacts();
  }

  /** Adds objects that exist. */
  public TestFacts with(HasMetadata... existing) {
    for (HasMetadata object : existing) {
      objects.put(DesiredObjects.key(object), object);
    }
    return this;
  }

  /** Marks kinds as served, as {@code apiVersion/Kind}. */
  public TestFacts serving(String... kinds) {
    served.addAll(Set.of(kinds));
    return this;
  }

  /** Sets the registry's management state. */
  public TestFacts registry(String managementState) {
    base.registryConfig(config(managementState));
    return this;
  }

  /** Changes anything else. */
  public TestFacts facts(java.util.function.UnaryOperator<ClusterFacts.Builder> change) {
    base = change.apply(base);
    return this;
  }

  /** The facts the engine would observe for {@code feature}, including its dependent objects. */
  public ClusterFacts observedFor(Feature feature) {
    Set<ResourceKey> keys = new LinkedHashSet<>(feature.observedObjects());
    ClusterFacts first = build(keys);
    keys.addAll(feature.dependentObjects(first));
    return build(keys);
  }

  private ClusterFacts build(Set<ResourceKey> keys) {
    Map<ResourceKey, HasMetadata> found = new HashMap<>();
    keys.forEach(k -> {
      if (objects.containsKey(k)) {
        found.put(k, objects.get(k));
      }
    });
    return base.objects(found).lookedUp(keys).servedKinds(served).build();
  }

  private static Config config(String state) {
    return new ConfigBuilder().withNewMetadata().withName("cluster").withGeneration(1L).endMetadata()
        .withNewSpec().withManagementState(state).withReplicas(1).endSpec().build();
  }

  /** A test resource as text. */
  public static String resource(String path) {
    try (InputStream in = TestFacts.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
