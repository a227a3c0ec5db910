package dev.registrysdk.api.error;

import dev.registrysdk.api.finding.Finding;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The desired state was refused before anything was written: validation found at least one
 * {@link dev.registrysdk.api.finding.Severity#ERROR}. Carries every finding, not only the first.
 */
public final class ValidationException extends RegistrySdkException {

  private static final long serialVersionUID = 1L;

  private final transient List<Finding> findings;

  /** With every finding of the validation; at least one must be an error. */
  public ValidationException(List<Finding> findings) {
    super(message(findings));
    this.findings = List.copyOf(findings);
  }

  /** Every finding, errors first. */
  public List<Finding> findings() {
    return findings;
  }

  /** The error findings only. */
  public List<Finding> errors() {
    return findings.stream().filter(Finding::isError).toList();
  }

  private static String message(List<Finding> findings) {
    List<Finding> errors = findings.stream().filter(Finding::isError).toList();
    return "The desired registry configuration was refused; nothing was written. "
        + errors.size()
        + (errors.size() == 1 ? " error:\n" : " errors:\n")
        + errors.stream().map(f -> "  - " + f).collect(Collectors.joining("\n"));
  }
}
