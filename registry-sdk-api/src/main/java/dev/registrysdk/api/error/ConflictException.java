package dev.registrysdk.api.error;

import dev.registrysdk.api.resource.ResourceKey;

/**
 * Another writer kept changing an object while the SDK tried to write it; the SDK re-read and
 * re-planned after each conflict (HTTP 409) and gave up after {@link #attempts()} tries rather than
 * overwrite the other writer.
 */
public final class ConflictException extends RegistrySdkException {

  private static final long serialVersionUID = 1L;

  private final transient ResourceKey target;
  private final int attempts;

  /** For the object written and the number of attempts made. */
  public ConflictException(ResourceKey target, int attempts, Throwable cause) {
    super(
        target
            + " was changed by another writer "
            + attempts
            + " times while the SDK tried to write it; nothing of the other writer's was overwritten. "
            + "Find the other writer (a GitOps controller or script reconciling the same object) "
            + "or run the apply again.",
        cause);
    this.target = target;
    this.attempts = attempts;
  }

  /** The contested object. */
  public ResourceKey target() {
    return target;
  }

  /** How often the SDK tried. */
  public int attempts() {
    return attempts;
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
