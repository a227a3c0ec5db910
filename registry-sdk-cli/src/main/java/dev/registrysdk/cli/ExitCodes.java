package dev.registrysdk.cli;

import dev.registrysdk.api.error.ClusterNotReadyException;
import dev.registrysdk.api.error.RegistryNotReadyException;
import dev.registrysdk.api.error.ValidationException;
import dev.registrysdk.api.error.WaitTimeoutException;
import dev.registrysdk.api.readiness.Readiness;
import dev.registrysdk.api.readiness.ReadinessState;

/**
 * What {@code registryctl} exits with. Scripts may branch on these; they do not change between
 * releases.
 *
 * <table>
 *   <caption>Exit codes</caption>
 *   <tr><td>0</td><td>done: planned, applied and ready, or the registry is healthy</td></tr>
 *   <tr><td>1</td><td>usage: unknown option, missing value, options that do not go together</td></tr>
 *   <tr><td>2</td><td>refused by validation: nothing was written</td></tr>
 *   <tr><td>3</td><td>not ready in time: the registry (or its Config, or a bucket claim) is still progressing</td></tr>
 *   <tr><td>4</td><td>failed: the operator reports a failure, a write conflicted or failed, the API server refused</td></tr>
 * </table>
 */
public final class ExitCodes {

  /** Done. */
  public static final int OK = 0;
  /** Wrong command line. */
  public static final int USAGE = 1;
  /** Refused by validation; nothing was written. */
  public static final int REFUSED = 2;
  /** Not ready in time. */
  public static final int NOT_READY = 3;
  /** Failed: operator failure, conflict, API error. */
  public static final int FAILED = 4;

  private ExitCodes() {}

  /** The exit code for an exception a command let through. */
  public static int of(Throwable error) {
    if (error instanceof ValidationException) {
      return REFUSED;
    }
    if (error instanceof RegistryNotReadyException notReady) {
      return notReady.timedOut() ? NOT_READY : FAILED;
    }
    if (error instanceof WaitTimeoutException) {
      return NOT_READY;
    }
    if (error instanceof ClusterNotReadyException notReady) {
      return notReady.reason() == ClusterNotReadyException.Reason.CONFIG_NOT_FOUND ? NOT_READY : FAILED;
    }
    return FAILED;
  }

  /** The exit code for the outcome of waiting: ready, still progressing, or failed. */
  public static int of(Readiness readiness) {
    return readiness.state() == ReadinessState.READY ? OK
        : readiness.state() == ReadinessState.PROGRESSING ? NOT_READY : FAILED;
  }

  /** The help section listing the codes. */
  static String[] helpList() {
    return new String[] {
        "0:done (planned; applied and ready; healthy)",
        "1:usage error",
        "2:refused by validation, nothing written",
        "3:not ready in time",
        "4:failed (operator failure, conflict, API error)"};
  }
}
