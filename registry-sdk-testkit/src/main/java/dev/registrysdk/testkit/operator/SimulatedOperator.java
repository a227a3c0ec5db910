package dev.registrysdk.testkit.operator;

import java.util.Set;

/**
 * Controls the simulated Image Registry Operator of a fake cluster.
 *
 * <p>By default the operator reconciles right after every client write, before the write's answer is
 * sent, so a client that writes and then watches sees the outcome at once. Pause it to observe a
 * cluster whose operator has not caught up yet:
 *
 * <pre>{@code
 * cluster.operator().pause();
 * client.imageRegistryOperatorConfigs().withName("cluster").edit(c -> ...);   // generation 2
 * // status still describes generation 1 here
 * cluster.operator().reconcileNow();                                         // one sync, still paused
 * cluster.operator().resume();
 * }</pre>
 *
 * <p>All methods are thread-safe.
 */
public interface SimulatedOperator {

  /** Stops reconciling until {@link #resume()}; writes are stored but not acted on. */
  void pause();

  /** Resumes reconciling and catches up at once. */
  void resume();

  /** Returns whether the operator is paused. */
  boolean isPaused();

  /** Reconciles now, even when paused, until the cluster settles. */
  void reconcileNow();

  /** Returns how many times the registry Config has been reconciled. */
  long reconcileCount();

  /**
   * Returns the object storage that exists in the fake cloud: bucket names (S3, GCS, IBM COS), Swift
   * containers and Azure {@code account/container} pairs, created by the operator or referenced by the
   * Config.
   */
  Set<String> buckets();

  /** Returns the buckets and containers the operator deleted (storage was Managed and the registry was removed). */
  Set<String> deletedBuckets();
}
