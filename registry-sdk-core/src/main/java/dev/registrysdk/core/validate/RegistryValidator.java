package dev.registrysdk.core.validate;

import dev.registrysdk.api.finding.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates the registry's desired state with the operator's rules and the CRD's, before anything
 * is written. Returns findings; never throws for a bad desired state. Thread-safe.
 */
public final class RegistryValidator {

  private final List<RegistryRule> rules =
      List.of(
          new ReplicasRule(),
          new RoutesRule(),
          new RouteTlsRule(),
          new StorageConstraintsRule(),
          new ManagementStateRule(),
          new DataLossRule(),
          new RequestsRule(),
          new ProxyRule());

  /** Every finding of every rule, followed by the storage provider's own findings. */
  public List<Finding> validate(ValidationInput input) {
    List<Finding> out = new ArrayList<>();
    for (RegistryRule rule : rules) {
      out.addAll(rule.check(input));
    }
    input.storage().ifPresent(s -> out.addAll(s.findings()));
    return out;
  }
}
