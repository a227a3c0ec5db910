package dev.registrysdk.core.apply;

import dev.registrysdk.api.resource.ResourceKey;

/**
 * A write met HTTP 409: another writer changed the object since it was observed. Internal to the
 * engine, which re-observes, re-plans and tries again, or gives up with a
 * {@link dev.registrysdk.api.error.ConflictException}.
 */
public final class ConflictSignal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ResourceKey target;

  ConflictSignal(ResourceKey target, Throwable cause) {
    super(target + " changed concurrently", cause);
    this.target = target;
  }

  /** The contested object. */
  public ResourceKey target() {
    return target;
  }
}
