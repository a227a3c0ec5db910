package dev.registrysdk.cli.doctor;

import dev.registrysdk.api.finding.Severity;

/**
 * One thing the doctor found.
 *
 * @param code stable code: a finding code of the SDK, or one of the doctor's own
 *     ({@code REGISTRY_REMOVED}, {@code STORAGE_BACKENDS_MULTIPLE}, {@code OPERATOR_FAILED}...)
 * @param severity ERROR for a registry that cannot work as configured, WARNING, INFO
 * @param message what is wrong and why it matters
 * @param operatorMessage the operator's own words about it, or {@code null}
 * @param remedy what to do, as a registryctl command where one fits
 */
public record Diagnosis(String code, Severity severity, String message, String operatorMessage, String remedy) {

  /** Whether this makes the registry unusable as configured. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
