package dev.registrysdk.api.error;

import java.time.Duration;

/**
 * The cluster cannot be configured yet, or ever: the registry's {@code Config} did not appear in
 * time, or the cluster runs without the ImageRegistry capability.
 */
public final class ClusterNotReadyException extends RegistrySdkException {

  private static final long serialVersionUID = 1L;

  /** Why the cluster is not ready. */
  public enum Reason {
    /** The operator has not created {@code configs.imageregistry.operator.openshift.io/cluster} yet. */
    CONFIG_NOT_FOUND,
    /** The ImageRegistry capability is disabled: there is no ClusterOperator {@code image-registry}. */
    CAPABILITY_DISABLED,
    /** The cluster does not serve the registry's API at all. */
    API_NOT_SERVED
  }

  private final Reason reason;
  private final Duration waited;

  /** With the reason, how long the SDK waited and a message that says what to do. */
  public ClusterNotReadyException(Reason reason, Duration waited, String message) {
    super(message);
    this.reason = reason;
    this.waited = waited;
  }

  /** Why. */
  public Reason reason() {
    return reason;
  }

  /** How long the SDK waited before giving up. */
  public Duration waited() {
    return waited;
  }

  @Override
  public boolean retryable() {
    return reason == Reason.CONFIG_NOT_FOUND;
  }
}
