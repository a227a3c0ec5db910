package dev.registrysdk.api.spi;

import dev.registrysdk.api.resource.ResourceKey;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The cluster as a provisioning provider may touch it: read, create and wait. Every object created
 * here is recorded so the engine can delete it again if the apply fails later.
 */
public interface ClusterAccess {

  /** Reads an object; empty if it does not exist. */
  Optional<GenericKubernetesResource> get(ResourceKey key);

  /** Creates an object; the engine deletes it again if a later write fails. */
  GenericKubernetesResource create(GenericKubernetesResource object);

  /**
   * Watches an object until {@code until} holds and returns it. Fails with
   * {@link dev.registrysdk.api.error.WaitTimeoutException} after {@code timeout}; the test may throw
   * {@link dev.registrysdk.api.error.ProvisioningException} to stop waiting for a lost cause.
   */
  GenericKubernetesResource await(
      ResourceKey key, Predicate<GenericKubernetesResource> until, Duration timeout, String description);
}
