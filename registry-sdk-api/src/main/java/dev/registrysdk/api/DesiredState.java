package dev.registrysdk.api;

import dev.registrysdk.api.spi.StorageProvider;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What the caller wants the registry's {@code Config} to be: only the fields named, nothing else.
 *
 * <p>Every attribute is optional and "not set" is never confused with a default: an absent value
 * leaves the field on the cluster as it is, whatever the operator or another tool wrote there.
 * Collections are {@code null} when not set; an empty list clears the field.
 *
 * <p>Usually built by {@code RegistryConfigurer}'s fluent methods; built directly with
 * {@link #builder()} by tools that store desired states.
 */
@Value.Immutable
public abstract class DesiredState {

  DesiredState() {}

  /** {@code spec.managementState}. */
  public abstract Optional<ManagementState> managementState();

  /** {@code spec.replicas}. */
  public abstract Optional<Integer> replicas();

  /** {@code spec.rolloutStrategy}. */
  public abstract Optional<RolloutStrategy> rolloutStrategy();

  /** {@code spec.defaultRoute}. */
  public abstract Optional<Boolean> defaultRoute();

  /** {@code spec.routes}; replaces the whole list when set. */
  public abstract @Nullable List<RegistryRoute> routes();

  /**
   * Routes to add, or update by name, while keeping the other routes already on the cluster.
   * Applied after {@link #routes()} when both are set.
   */
  public abstract List<RegistryRoute> addedRoutes();

  /** {@code spec.logLevel}. */
  public abstract Optional<LogLevel> logLevel();

  /** {@code spec.operatorLogLevel}. */
  public abstract Optional<LogLevel> operatorLogLevel();

  /** {@code spec.proxy}. */
  public abstract Optional<RegistryProxy> proxy();

  /** {@code spec.readOnly}. */
  public abstract Optional<Boolean> readOnly();

  /** {@code spec.disableRedirect}. */
  public abstract Optional<Boolean> disableRedirect();

  /** {@code spec.requests}. */
  public abstract Optional<RegistryRequests> requests();

  /** {@code spec.resources}. */
  public abstract Optional<ResourceRequirements> resources();

  /** {@code spec.nodeSelector}; replaces the whole map when set. */
  public abstract @Nullable Map<String, String> nodeSelector();

  /** {@code spec.tolerations}; replaces the whole list when set. */
  public abstract @Nullable List<Toleration> tolerations();

  /** {@code spec.affinity}. */
  public abstract Optional<Affinity> affinity();

  /** {@code spec.topologySpreadConstraints}; replaces the whole list when set. */
  public abstract @Nullable List<TopologySpreadConstraint> topologySpreadConstraints();

  /** The storage backend, which sets {@code spec.storage}. */
  public abstract Optional<StorageProvider> storage();

  /**
   * Whether the caller consents to changes that can delete images: switching the backend of a
   * registry that already has storage, or {@code Removed} while storage is {@code Managed}.
   */
  @Value.Default
  public boolean allowDataLoss() {
    return false;
  }

  /** Every route named: {@link #routes()} then {@link #addedRoutes()}; empty when none is. */
  public List<RegistryRoute> allRoutes() {
    List<RegistryRoute> all = new java.util.ArrayList<>();
    if (routes() != null) {
      all.addAll(routes());
    }
    all.addAll(addedRoutes());
    return all;
  }

  /** An empty desired state: changes nothing. */
  public static DesiredState empty() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this state. */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds {@link DesiredState}s. */
  public static class Builder extends ImmutableDesiredState.Builder {}
}
