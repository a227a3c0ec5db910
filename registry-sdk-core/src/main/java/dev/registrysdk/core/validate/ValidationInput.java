package dev.registrysdk.core.validate;

import dev.registrysdk.api.DesiredState;
import dev.registrysdk.api.ManagementState;
import dev.registrysdk.api.RolloutStrategy;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.spi.StorageContribution;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything the registry's validation rules look at: the desired state, the observed cluster, the
 * storage provider's contribution, and the values the registry will have once the plan is applied.
 */
@Value.Immutable
public abstract class ValidationInput {

  ValidationInput() {}

  /** What the caller asked for. */
  public abstract DesiredState desired();

  /** The observed cluster. */
  public abstract ClusterFacts facts();

  /** The storage provider's contribution, when the caller chose storage. */
  public abstract Optional<StorageContribution> storage();

  /** The backend key the caller chose, when any. */
  public abstract Optional<String> storageBackend();

  /** {@code spec.replicas} after the apply. */
  public abstract int finalReplicas();

  /** {@code spec.rolloutStrategy} after the apply; empty when unset (the operator then rolls out as RollingUpdate). */
  public abstract Optional<RolloutStrategy> finalRolloutStrategy();

  /** {@code spec.managementState} after the apply; empty when unset or not one the operator acts on. */
  public abstract Optional<ManagementState> finalManagementState();

  /** {@code spec.managementState} before the apply. */
  public abstract Optional<ManagementState> currentManagementState();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds inputs. */
  public static class Builder extends ImmutableValidationInput.Builder {}
}
