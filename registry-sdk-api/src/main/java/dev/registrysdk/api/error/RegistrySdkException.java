package dev.registrysdk.api.error;

/**
 * The root of every exception registry-sdk throws for a problem with the cluster or the desired
 * state. Subtypes carry what callers branch on; messages name the object and field concerned and
 * the fix, and never contain secret values.
 *
 * <p>Caller mistakes in arguments (a null, a blank bucket name) are reported with
 * {@link IllegalArgumentException} or {@link NullPointerException} instead.
 */
public abstract class RegistrySdkException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** With a message. */
  protected RegistrySdkException(String message) {
    super(message);
  }

  /** With a message and a cause. */
  protected RegistrySdkException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether the same call may succeed when repeated later without changes. */
  public boolean retryable() {
    return false;
  }
}
