package dev.registrysdk.api.error;

import dev.registrysdk.api.readiness.Readiness;
import dev.registrysdk.api.readiness.ReadinessState;

/**
 * The registry did not become ready: the operator reported a failure, or the wait timed out while
 * it was still progressing. {@link #readiness()} holds the operator's reason, message and a hint.
 */
public final class RegistryNotReadyException extends RegistrySdkException {

  private static final long serialVersionUID = 1L;

  private final transient Readiness readiness;

  /** With what was last observed. */
  public RegistryNotReadyException(Readiness readiness) {
    super(
        (readiness.state() == ReadinessState.FAILED
                ? "The image registry failed: "
                : "The image registry was not ready after " + readiness.elapsed() + ": ")
            + readiness.describe());
    this.readiness = readiness;
  }

  /** What was last observed. */
  public Readiness readiness() {
    return readiness;
  }

  /** Whether the wait timed out while the registry was still progressing. */
  public boolean timedOut() {
    return readiness.state() == ReadinessState.PROGRESSING;
  }

  @Override
  public boolean retryable() {
    return timedOut();
  }
}
