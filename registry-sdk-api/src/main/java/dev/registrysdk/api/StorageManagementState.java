package dev.registrysdk.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The registry's {@code spec.storage.managementState}.
 *
 * <p>With {@link #MANAGED} the operator deletes the bucket, container or claim when the registry is
 * set to {@code Removed}; with {@link #UNMANAGED} it never does.
 */
public enum StorageManagementState {
  /** The operator owns the storage and deletes it when the registry is removed. */
  MANAGED("Managed"),
  /** The administrator owns the storage; the operator never deletes it. */
  UNMANAGED("Unmanaged");

  private final String wireValue;

  StorageManagementState(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as the API spells it. */
  public String wireValue() {
    return wireValue;
  }

  /** Parses the API spelling; empty for anything else. */
  public static Optional<StorageManagementState> fromWireValue(String value) {
    return Arrays.stream(values()).filter(s -> s.wireValue.equals(value)).findFirst();
  }
}
