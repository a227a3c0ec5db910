package dev.registrysdk.api.mirror;

import java.util.Arrays;
import java.util.Optional;

/** {@code mirrorSourcePolicy}: whether the source is tried after its mirrors have failed. */
public enum MirrorSourcePolicy {
  /** Pull only from the mirrors; the source is never contacted (it is blocked on the nodes). */
  NEVER_CONTACT_SOURCE("NeverContactSource"),
  /** Try the source after the mirrors; what happens when the policy is not set. */
  ALLOW_CONTACTING_SOURCE("AllowContactingSource");

  private final String wireValue;

  MirrorSourcePolicy(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as the API spells it. */
  public String wireValue() {
    return wireValue;
  }

  /** Parses the API spelling; empty for anything else. */
  public static Optional<MirrorSourcePolicy> fromWireValue(String value) {
    return Arrays.stream(values()).filter(p -> p.wireValue.equals(value)).findFirst();
  }
}
