package dev.registrysdk.cli.doctor;

import dev.registrysdk.api.readiness.Readiness;
import dev.registrysdk.api.readiness.ReadinessState;
import java.util.List;
import java.util.Optional;

/**
 * What the doctor found about a registry.
 *
 * @param platform the infrastructure platform, e.g. {@code BareMetal}; empty if unknown
 * @param managementState the Config's management state; empty without a Config
 * @param backends the storage backends the Config names
 * @param replicas the Config's replicas, or -1 without a Config
 * @param rolloutStrategy the Config's rollout strategy; empty if unset
 * @param readiness what the operator reports, if a Config exists
 * @param diagnoses what is wrong or noteworthy, errors first
 */
public record DoctorReport(String platform, String managementState, List<String> backends, int replicas,
    String rolloutStrategy, Optional<Readiness> readiness, List<Diagnosis> diagnoses) {

  /** Copies the lists. */
  public DoctorReport {
    backends = List.copyOf(backends);
    diagnoses = List.copyOf(diagnoses);
  }

  /** Whether something makes the registry unusable as configured. */
  public boolean hasErrors() {
    return diagnoses.stream().anyMatch(Diagnosis::isError);
  }

  /** Whether the operator reports the registry still progressing. */
  public boolean progressing() {
    return readiness.map(r -> r.state() == ReadinessState.PROGRESSING).orElse(false);
  }
}
