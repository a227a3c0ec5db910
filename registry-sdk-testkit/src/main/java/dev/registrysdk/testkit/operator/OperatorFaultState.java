package dev.registrysdk.testkit.operator;

import dev.registrysdk.testkit.server.TestkitInternal;

/**
 * Faults injected into the simulated operator: a rollout that never completes, a Degraded condition
 * forced with a given reason and message.
 */
@TestkitInternal
public final class OperatorFaultState {

  private volatile boolean stuckProgressing;
  private volatile String degradedReason;
  private volatile String degradedMessage;

  /** The registry Deployment never finishes rolling out. */
  public void stuckProgressing(boolean stuck) {
    this.stuckProgressing = stuck;
  }

  /** Returns whether rollouts are stuck. */
  public boolean stuckProgressing() {
    return stuckProgressing;
  }

  /** Forces {@code Degraded=True} with a reason and message; {@code null} clears it. */
  public void degraded(String reason, String message) {
    this.degradedReason = reason;
    this.degradedMessage = message;
  }

  /** Returns the forced Degraded reason, or {@code null}. */
  public String degradedReason() {
    return degradedReason;
  }

  /** Returns the forced Degraded message, or {@code null}. */
  public String degradedMessage() {
    return degradedMessage;
  }

  /** Clears every fault. */
  public void clear() {
    stuckProgressing = false;
    degradedReason = null;
    degradedMessage = null;
  }
}
