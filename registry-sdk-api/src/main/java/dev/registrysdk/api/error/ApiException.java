package dev.registrysdk.api.error;

import dev.registrysdk.api.resource.ResourceKey;
import java.util.Optional;

/**
 * The API server refused or failed a request for a reason other than a conflict: forbidden,
 * invalid, unavailable. Carries the HTTP status and the server's own message.
 */
public final class ApiException extends RegistrySdkException {

  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final transient ResourceKey target;

  /** For a failed request about {@code target}. */
  public ApiException(String message, int statusCode, ResourceKey target, Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.target = target;
  }

  /** The HTTP status code; 0 when the server was not reached. */
  public int statusCode() {
    return statusCode;
  }

  /** The object concerned. */
  public Optional<ResourceKey> target() {
    return Optional.ofNullable(target);
  }

  @Override
  public boolean retryable() {
    return statusCode == 0 || statusCode == 429 || statusCode >= 500;
  }
}
