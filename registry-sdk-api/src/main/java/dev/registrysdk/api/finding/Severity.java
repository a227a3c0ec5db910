package dev.registrysdk.api.finding;

/** How much a {@link Finding} matters. */
public enum Severity {
  /** The desired state cannot work; {@code apply()} refuses it and writes nothing. */
  ERROR,
  /** The desired state works but is risky or against the documentation; reported, not refused. */
  WARNING,
  /** Something worth knowing; reported only. */
  INFO
}
