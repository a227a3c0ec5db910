package dev.registrysdk.api.readiness;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What waiting for the registry found: ready, still progressing, or failed; with the operator's
 * own reason and message, a hint for failures, and how often and how long the SDK looked.
 *
 * <p>Readiness is generation-aware: a condition that still describes the previous
 * {@code metadata.generation} never counts as ready.
 */
@Value.Immutable
public abstract class Readiness {

  Readiness() {}

  /** Ready, progressing or failed. */
  public abstract ReadinessState state();

  /** The deciding reason, e.g. {@code Ready}, {@code Error} or {@code StorageNotConfigured}. */
  public abstract String reason();

  /** The operator's message behind the reason. */
  public abstract String message();

  /** What to do about a failure or a long wait. */
  public abstract Optional<String> hint();

  /** {@code metadata.generation} of the Config when last seen. */
  public abstract long generation();

  /** {@code status.observedGeneration} of the Config when last seen. */
  public abstract long observedGeneration();

  /** The conditions last seen on the Config and the ClusterOperator. */
  public abstract List<ConditionSnapshot> conditions();

  /** How many snapshots were evaluated. */
  @Value.Default
  public int observations() {
    return 0;
  }

  /** How long the wait took. */
  @Value.Default
  public Duration elapsed() {
    return Duration.ZERO;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A copy with the count of observations and the elapsed time set. */
  public Readiness observed(int observations, Duration elapsed) {
    return ImmutableReadiness.builder().from(this).observations(observations).elapsed(elapsed).build();
  }

  /** Builds {@link Readiness}. */
  public static class Builder extends ImmutableReadiness.Builder {}

  /** Whether the registry is ready. */
  public boolean isReady() {
    return state() == ReadinessState.READY;
  }

  /** One paragraph for people. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append(state()).append(" (").append(reason()).append(')');
    if (!message().isEmpty()) {
      out.append(": ").append(message());
    }
    out.append(" [generation ").append(generation()).append(", observed ").append(observedGeneration()).append(']');
    hint().ifPresent(h -> out.append(". Hint: ").append(h));
    return out.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
