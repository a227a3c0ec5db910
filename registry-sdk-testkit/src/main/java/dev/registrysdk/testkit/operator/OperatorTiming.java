package dev.registrysdk.testkit.operator;

import dev.registrysdk.testkit.server.TestkitInternal;
import java.time.Duration;
import java.util.Objects;

/**
 * How fast the simulated operator and deployment controller act, in cluster-clock time.
 *
 * @param rolloutDuration how long a registry Deployment rollout takes ({@link Duration#ZERO}: ready at once)
 * @param statusDelay how long the operator takes to report a new generation in {@code status}
 */
@TestkitInternal
public record OperatorTiming(Duration rolloutDuration, Duration statusDelay) {

  /** Ready at once, reported at once. */
  public static final OperatorTiming IMMEDIATE = new OperatorTiming(Duration.ZERO, Duration.ZERO);

  /** Checks the values. */
  public OperatorTiming {
    Objects.requireNonNull(rolloutDuration, "rolloutDuration");
    Objects.requireNonNull(statusDelay, "statusDelay");
    if (rolloutDuration.isNegative() || statusDelay.isNegative()) {
      throw new IllegalArgumentException("durations must not be negative");
    }
  }
}
