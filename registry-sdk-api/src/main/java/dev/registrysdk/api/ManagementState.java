package dev.registrysdk.api;

import java.util.Arrays;
import java.util.Optional;

/** The registry's {@code spec.managementState}: what the Image Registry Operator does with it. */
public enum ManagementState {
  /** The operator deploys and reconciles the registry. */
  MANAGED("Managed"),
  /** The operator leaves the registry's objects alone. */
  UNMANAGED("Unmanaged"),
  /** The operator removes the registry, and its storage when that storage is {@code Managed}. */
  REMOVED("Removed");

  private final String wireValue;

  ManagementState(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as the API spells it, e.g. {@code Managed}. */
  public String wireValue() {
    return wireValue;
  }

  /** Parses the API spelling; empty for unknown values such as {@code Force} or {@code ""}. */
  public static Optional<ManagementState> fromWireValue(String value) {
    return Arrays.stream(values()).filter(s -> s.wireValue.equals(value)).findFirst();
  }
}
