package dev.registrysdk.testkit.server;

import io.fabric8.kubernetes.api.model.Status;

/**
 * A request failed; carries the {@link Status} the API server answers with.
 */
@TestkitInternal
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Status status;

  /** Creates the exception from a complete Status. */
  public ApiException(Status status) {
    super(status.getMessage());
    this.status = status;
  }

  /** Returns the Status body. */
  public Status status() {
    return status;
  }

  /** Returns the HTTP code. */
  public int code() {
    return status.getCode();
  }
}
