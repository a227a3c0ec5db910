package dev.registrysdk.testkit.operator;

/**
 * What syncing storage came to.
 *
 * @param error the error text, or {@code null} when storage is ready
 * @param permanentReason the reason of a permanent error (no retry helps), or {@code null}
 */
record StorageResult(String error, String permanentReason) {

  static final StorageResult OK = new StorageResult(null, null);

  static StorageResult failed(String error) {
    return new StorageResult("unable to sync storage configuration: " + error, null);
  }

  static StorageResult permanent(String reason, String error) {
    return new StorageResult(error, reason);
  }

  boolean ok() {
    return error == null;
  }
}
