package dev.registrysdk.core.engine;

import dev.registrysdk.api.progress.ProgressListener;
import java.time.Duration;
import org.immutables.value.Value;

/** How the engine observes, retries, provisions and waits. */
@Value.Immutable
public abstract class EngineOptions {

  EngineOptions() {}

  /** Receives progress events; by default they are logged through SLF4J at DEBUG. */
  @Value.Default
  public ProgressListener listener() {
    return new dev.registrysdk.core.progress.LoggingProgressListener();
  }

  /** How long to wait for the registry's Config to appear, as after install. */
  @Value.Default
  public Duration configTimeout() {
    return Duration.ofMinutes(5);
  }

  /** How often to re-observe and re-plan after a conflict before giving up. */
  @Value.Default
  public int maxConflictRetries() {
    return 5;
  }

  /** How long provisioning (e.g. a bucket claim) may take. */
  @Value.Default
  public Duration provisionTimeout() {
    return Duration.ofMinutes(5);
  }

  /** How long readiness must hold before it counts. */
  @Value.Default
  public Duration settleWindow() {
    return Duration.ofSeconds(1);
  }

  /** The defaults. */
  public static EngineOptions defaults() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder from these options. */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds options. */
  public static class Builder extends ImmutableEngineOptions.Builder {}
}
