package dev.registrysdk.api.spi;

/** How the engine writes a {@link DesiredObject}. */
public enum WritePolicy {
  /**
   * Creates the object if it is missing and leaves an existing one untouched. For objects whose
   * content must not change once created, such as claims.
   */
  CREATE_IF_ABSENT,
  /**
   * Creates the object if it is missing; otherwise merges the given fields into it (a JSON merge
   * patch): keys of {@code data}, labels and annotations it does not name are kept.
   */
  MERGE
}
