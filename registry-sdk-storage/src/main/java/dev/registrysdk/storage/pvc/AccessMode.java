package dev.registrysdk.storage.pvc;

import java.util.Arrays;
import java.util.Optional;

/** The access modes of a claim that the registry's operator accepts. */
public enum AccessMode {
  /**
   * One node mounts the volume: the registry runs one replica with the {@code Recreate} rollout
   * strategy. Typical of block storage.
   */
  READ_WRITE_ONCE("ReadWriteOnce"),
  /** Many nodes mount the volume: the registry may run several replicas. Needed for high availability. */
  READ_WRITE_MANY("ReadWriteMany");

  private final String wireValue;

  AccessMode(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as the Kubernetes API spells it. */
  public String wireValue() {
    return wireValue;
  }

  /** Parses the API spelling; empty for anything else. */
  public static Optional<AccessMode> fromWireValue(String value) {
    return Arrays.stream(values()).filter(m -> m.wireValue.equals(value)).findFirst();
  }
}
