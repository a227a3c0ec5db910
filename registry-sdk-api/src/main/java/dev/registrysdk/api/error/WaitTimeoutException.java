package dev.registrysdk.api.error;

import java.time.Duration;

/**
 * Something the SDK waited for did not happen in time, e.g. an ObjectBucketClaim never became
 * {@code Bound}. Says what was awaited and what was last seen.
 */
public final class WaitTimeoutException extends RegistrySdkException {

  private static final long serialVersionUID = 1L;

  private final Duration waited;

  /** With what was awaited, for how long, and the last state seen. */
  public WaitTimeoutException(String awaited, Duration waited, String lastSeen) {
    super("Timed out after " + waited + " waiting for " + awaited + "; last seen: " + lastSeen);
    this.waited = waited;
  }

  /** How long the SDK waited. */
  public Duration waited() {
    return waited;
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
