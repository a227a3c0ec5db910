package dev.registrysdk.api.finding;

import org.immutables.value.Value;

/**
 * One result of validation: what is wrong or noteworthy about a desired state, where, and what to do.
 *
 * <pre>{@code
 * Finding.error("REPLICAS_NEGATIVE", "spec.replicas",
 *     "replicas must be greater than or equal to 0, got -1",
 *     "Set replicas(0) or more");
 * }</pre>
 *
 * <p>The {@link #code()} is stable across releases, so tools may branch on it; the message may be
 * improved. Messages never contain secret values.
 */
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /** Stable code, e.g. {@code RWO_NEEDS_RECREATE}. */
  @Value.Parameter
  public abstract String code();

  /** How much it matters. */
  @Value.Parameter
  public abstract Severity severity();

  /** Field path in the object concerned, e.g. {@code spec.storage.pvc.claim}. */
  @Value.Parameter
  public abstract String path();

  /** What is wrong and why it matters. */
  @Value.Parameter
  public abstract String message();

  /** What to do about it, ideally the exact call that fixes it. */
  @Value.Parameter
  public abstract String remedy();

  /** A finding of the given severity. */
  public static Finding of(String code, Severity severity, String path, String message, String remedy) {
    return ImmutableFinding.of(code, severity, path, message, remedy);
  }

  /** An error: {@code apply()} refuses the desired state. */
  public static Finding error(String code, String path, String message, String remedy) {
    return ImmutableFinding.of(code, Severity.ERROR, path, message, remedy);
  }

  /** A warning: reported, not refused. */
  public static Finding warning(String code, String path, String message, String remedy) {
    return ImmutableFinding.of(code, Severity.WARNING, path, message, remedy);
  }

  /** A note: reported only. */
  public static Finding info(String code, String path, String message, String remedy) {
    return ImmutableFinding.of(code, Severity.INFO, path, message, remedy);
  }

  /** Whether this finding stops {@code apply()}. */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /** One line: {@code ERROR REPLICAS_NEGATIVE at spec.replicas: message. Fix: remedy}. */
  @Override
  public String toString() {
    return severity() + " " + code() + " at " + path() + ": " + message() + ". Fix: " + remedy();
  }
}
