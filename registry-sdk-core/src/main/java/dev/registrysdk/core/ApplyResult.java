package dev.registrysdk.core;

import dev.registrysdk.api.error.RegistryNotReadyException;
import dev.registrysdk.api.plan.Change;
import dev.registrysdk.api.plan.Plan;
import dev.registrysdk.api.readiness.Readiness;
import dev.registrysdk.core.await.ReadinessAwaiter;
import java.time.Duration;
import java.util.List;

/**
 * What {@link RegistryConfigurer#apply()} did: the plan, the changes written, and a way to wait
 * until the operator reports the registry ready for what was written.
 *
 * <pre>{@code
 * ApplyResult result = RegistryConfigurer.on(client).managed().storage(Pvc.operatorDefault()).apply();
 * result.awaitReady(Duration.ofMinutes(10));   // throws RegistryNotReadyException with the operator's message
 * }</pre>
 */
public final class ApplyResult {

  private final Plan plan;
  private final List<Change> changes;
  private final int attempts;
  private final long configGeneration;
  private final ReadinessAwaiter awaiter;

  ApplyResult(Plan plan, List<Change> changes, int attempts, long configGeneration, ReadinessAwaiter awaiter) {
    this.plan = plan;
    this.changes = List.copyOf(changes);
    this.attempts = attempts;
    this.configGeneration = configGeneration;
    this.awaiter = awaiter;
  }

  /** The plan as first computed, with every finding. */
  public Plan plan() {
    return plan;
  }

  /** The changes written, in order; empty when the cluster was already as desired. */
  public List<Change> changes() {
    return changes;
  }

  /** Whether anything was written. */
  public boolean changed() {
    return !changes.isEmpty();
  }

  /** How many rounds of observe-plan-write it took; more than one after conflicts. */
  public int attempts() {
    return attempts;
  }

  /** {@code metadata.generation} of the Config after the write; readiness waits for it. */
  public long configGeneration() {
    return configGeneration;
  }

  /**
   * Waits until the registry is ready for what was written.
   *
   * @return the readiness observed
   * @throws RegistryNotReadyException if the operator reports a failure, or it is still progressing
   *     after {@code timeout}; it carries the operator's reason, message and a hint
   */
  public Readiness awaitReady(Duration timeout) {
    Readiness readiness = await(timeout);
    if (!readiness.isReady()) {
      throw new RegistryNotReadyException(readiness);
    }
    return readiness;
  }

  /** Waits like {@link #awaitReady} but returns the outcome, ready or not, instead of throwing. */
  public Readiness await(Duration timeout) {
    return awaiter.await(configGeneration, timeout);
  }

  @Override
  public String toString() {
    return "ApplyResult{changes=" + changes.size() + ", attempts=" + attempts + ", configGeneration=" + configGeneration + "}";
  }
}
