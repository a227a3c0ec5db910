package dev.registrysdk.core.plan;

/** When an {@link ObjectIntent} is written relative to the others. */
public enum Phase {
  /** Objects others refer to: secrets, config maps, claims, storage classes. */
  PREREQUISITE,
  /** Cluster configuration other than the registry's Config: image config, mirror sets, roles. */
  CONFIGURATION,
  /** The registry's Config, always last, so the operator never sees a half-made configuration. */
  REGISTRY
}
