package dev.registrysdk.api.spi;

import dev.registrysdk.api.RolloutStrategy;
import dev.registrysdk.api.facts.ClusterFacts;
import java.util.Optional;
import org.immutables.value.Value;

/** What a {@link StorageProvider} is given to decide its contribution. */
@Value.Immutable
public abstract class StorageContext {

  StorageContext() {}

  /** The observed cluster, including the objects the provider asked for. */
  public abstract ClusterFacts facts();

  /** The replicas the caller asked for, if any. */
  public abstract Optional<Integer> requestedReplicas();

  /** The rollout strategy the caller asked for, if any. */
  public abstract Optional<RolloutStrategy> requestedRolloutStrategy();

  /** A context. */
  public static StorageContext of(
      ClusterFacts facts, Optional<Integer> requestedReplicas, Optional<RolloutStrategy> requestedRolloutStrategy) {
    return ImmutableStorageContext.builder()
        .facts(facts)
        .requestedReplicas(requestedReplicas)
        .requestedRolloutStrategy(requestedRolloutStrategy)
        .build();
  }
}
