package dev.registrysdk.api.readiness;

import org.immutables.value.Value;

/** One condition as observed on the registry {@code Config} or on ClusterOperator {@code image-registry}. */
@Value.Immutable
public abstract class ConditionSnapshot {

  ConditionSnapshot() {}

  /** {@code Config} or {@code ClusterOperator}. */
  @Value.Parameter
  public abstract String source();

  /** The condition type, e.g. {@code Available}. */
  @Value.Parameter
  public abstract String type();

  /** {@code True}, {@code False} or {@code Unknown}. */
  @Value.Parameter
  public abstract String status();

  /** The operator's reason; empty if none. */
  @Value.Parameter
  public abstract String reason();

  /** The operator's message; empty if none. */
  @Value.Parameter
  public abstract String message();

  /** A snapshot. */
  public static ConditionSnapshot of(String source, String type, String status, String reason, String message) {
    return ImmutableConditionSnapshot.of(source, type, status, reason, message);
  }

  @Override
  public String toString() {
    return source() + " " + type() + "=" + status() + (reason().isEmpty() ? "" : " (" + reason() + ")")
        + (message().isEmpty() ? "" : ": " + message());
  }
}
