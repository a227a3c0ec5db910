package dev.registrysdk.api.readiness;

/** The three outcomes of waiting for the registry. */
public enum ReadinessState {
  /** The operator reports the desired generation available, not progressing, not degraded. */
  READY,
  /** Not ready yet; waiting longer may help. */
  PROGRESSING,
  /** The operator reports a failure that waiting will not fix. */
  FAILED
}
