package dev.registrysdk.api;

import java.util.Arrays;
import java.util.Optional;

/** The registry deployment's {@code spec.rolloutStrategy}. */
public enum RolloutStrategy {
  /** New pods start before old ones stop; needs storage that several pods can mount. */
  ROLLING_UPDATE("RollingUpdate"),
  /** Old pods stop before new ones start; required with a {@code ReadWriteOnce} claim. */
  RECREATE("Recreate");

  private final String wireValue;

  RolloutStrategy(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as the API spells it. */
  public String wireValue() {
    return wireValue;
  }

  /** Parses the API spelling; empty for anything else. */
  public static Optional<RolloutStrategy> fromWireValue(String value) {
    return Arrays.stream(values()).filter(s -> s.wireValue.equals(value)).findFirst();
  }
}
