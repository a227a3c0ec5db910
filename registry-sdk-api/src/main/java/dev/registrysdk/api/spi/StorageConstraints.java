package dev.registrysdk.api.spi;

import dev.registrysdk.api.RolloutStrategy;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Limits a storage backend puts on the registry's deployment, checked by the engine against the
 * replicas and rollout strategy the registry will have after the apply.
 *
 * <p>For example a {@code ReadWriteOnce} claim allows one replica and needs {@code Recreate}; the
 * operator otherwise fails with {@code cannot use ReadWriteOnce access mode with more than one
 * replica of the image registry}.
 */
@Value.Immutable
public abstract class StorageConstraints {

  StorageConstraints() {}

  /** The most replicas the backend supports. */
  public abstract Optional<Integer> maxReplicas();

  /** The rollout strategy the backend requires. */
  public abstract Optional<RolloutStrategy> requiredRolloutStrategy();

  /** Why, e.g. {@code the claim image-registry-storage is ReadWriteOnce}; used in findings. */
  @Value.Default
  public String because() {
    return "";
  }

  /**
   * The code of the findings reporting a violated limit, e.g. {@code PVC_READ_WRITE_ONCE}; empty
   * for the engine's generic {@code STORAGE_MAX_REPLICAS} and {@code STORAGE_ROLLOUT_STRATEGY}.
   */
  @Value.Default
  public String code() {
    return "";
  }

  /** No limits. */
  public static StorageConstraints none() {
    return ImmutableStorageConstraints.builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StorageConstraints}. */
  public static class Builder extends ImmutableStorageConstraints.Builder {}
}
