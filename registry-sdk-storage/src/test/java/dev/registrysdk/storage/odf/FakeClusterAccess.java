package dev.registrysdk.storage.odf;

import dev.registrysdk.api.error.WaitTimeoutException;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.spi.ClusterAccess;
import dev.registrysdk.storage.Fixtures;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * An in-memory {@link ClusterAccess}: objects by key, a record of creations, and a provisioner
 * callback that runs when a wait begins, standing in for ODF binding the claim. A wait whose
 * condition does not hold after that fails at once with a timeout, as no time passes here.
 */
final class FakeClusterAccess implements ClusterAccess {

  final Map<ResourceKey, GenericKubernetesResource> objects = new LinkedHashMap<>();
  final List<GenericKubernetesResource> created = new ArrayList<>();
  final List<String> awaited = new ArrayList<>();
  private Consumer<FakeClusterAccess> provisioner = access -> {};

  FakeClusterAccess with(HasMetadata... existing) {
    for (HasMetadata o : existing) {
      put(o);
    }
    return this;
  }

  FakeClusterAccess onAwait(Consumer<FakeClusterAccess> provisioner) {
    this.provisioner = provisioner;
    return this;
  }

  void put(HasMetadata o) {
    objects.put(Fixtures.key(o), Fixtures.JSON.convertValue(o, GenericKubernetesResource.class));
  }

  @Override
  public Optional<GenericKubernetesResource> get(ResourceKey key) {
    return Optional.ofNullable(objects.get(key));
  }

  @Override
  public GenericKubernetesResource create(GenericKubernetesResource object) {
    created.add(object);
    put(object);
    return object;
  }

  @Override
  public GenericKubernetesResource await(
      ResourceKey key, Predicate<GenericKubernetesResource> until, Duration timeout, String description) {
    awaited.add(description + " within " + timeout);
    provisioner.accept(this);
    GenericKubernetesResource current = objects.get(key);
    if (current != null && until.test(current)) {
      return current;
    }
    throw new WaitTimeoutException(description, timeout, current == null ? "absent" : "not yet");
  }
}
