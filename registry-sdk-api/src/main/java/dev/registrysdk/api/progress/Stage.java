package dev.registrysdk.api.progress;

/** The stages of configuring a registry, in the order they run. */
public enum Stage {
  /** Reading the cluster into {@code ClusterFacts}. */
  OBSERVE,
  /** Checking the desired state against the facts. */
  VALIDATE,
  /** Computing the changes. */
  PLAN,
  /** Provisioning what storage needs before the plan can be final, e.g. a bucket claim. */
  PROVISION,
  /** Writing the changes. */
  APPLY,
  /** Waiting for the operator to report the registry ready. */
  AWAIT
}
