package dev.registrysdk.core.feature;

import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.resource.ResourceKey;
import java.util.Set;

/**
 * One thing the engine configures: the registry's Config and its storage, trusted CAs, mirrors,
 * access, pull secrets. Every feature goes through the same stages, so one apply can configure
 * several together with one validation, one plan and one undo.
 *
 * <p>The engine asks {@link #observedObjects()} and {@link #kindsToCheck()} before observing, then
 * calls {@link #evaluate(ClusterFacts)}, which must be pure: it may run more than once per apply
 * (after a conflict the engine observes and plans again).
 */
public interface Feature {

  /** A short name for plans and logs, e.g. {@code registry} or {@code trusted-ca}. */
  String name();

  /** Objects the feature needs to see. */
  default Set<ResourceKey> observedObjects() {
    return Set.of();
  }

  /**
   * Objects the feature can only name after a first look at the cluster, such as the config map an
   * existing object refers to. The engine calls this once per observation with what it observed
   * first, then observes these objects too, before {@link #evaluate(ClusterFacts)}. Pure.
   */
  default Set<ResourceKey> dependentObjects(ClusterFacts observed) {
    return Set.of();
  }

  /** Kinds whose availability the feature needs to know, as {@code apiVersion/Kind}. */
  default Set<String> kindsToCheck() {
    return Set.of();
  }

  /** What the feature wants written and what it found wrong. Pure. */
  FeatureResult evaluate(ClusterFacts facts);
}
