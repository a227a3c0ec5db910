package dev.registrysdk.api.spi;

import dev.registrysdk.api.RolloutStrategy;
import dev.registrysdk.api.finding.Finding;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorage;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link StorageProvider} wants: its {@code spec.storage} stanza, the objects it needs, the
 * limits it puts on the deployment, suggested settings, and its findings.
 *
 * <p>The stanza sets exactly the provider's backend, and {@code managementState} if the provider
 * decides it; the engine removes every other backend in the same write, as the operator requires.
 * Only fields set in the stanza are written, so leave out what the operator should decide.
 */
@Value.Immutable
public abstract class StorageContribution {

  StorageContribution() {}

  /** The {@code spec.storage} stanza: one backend, optionally {@code managementState}. */
  @Value.Redacted
  public abstract ImageRegistryConfigStorage storage();

  /** Objects to write before the Config, in order. */
  public abstract List<DesiredObject> objects();

  /** Limits on replicas and rollout strategy. */
  @Value.Default
  public StorageConstraints constraints() {
    return StorageConstraints.none();
  }

  /** Replicas to set when the caller did not choose, e.g. 2 for highly available object storage. */
  public abstract Optional<Integer> suggestedReplicas();

  /** Rollout strategy to set when the caller did not choose, e.g. {@code Recreate} for block storage. */
  public abstract Optional<RolloutStrategy> suggestedRolloutStrategy();

  /** Findings about the backend's settings. */
  public abstract List<Finding> findings();

  /** Values not known until {@link ProvisioningStorageProvider#provision} runs, described for plans. */
  public abstract List<String> resolvedAtApply();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StorageContribution}s. */
  public static class Builder extends ImmutableStorageContribution.Builder {}
}
