package dev.registrysdk.core.validate;

import dev.registrysdk.api.finding.Finding;
import java.util.List;

/** One validation rule of the registry's desired state. Pure; returns its findings, never throws for bad input. */
@FunctionalInterface
public interface RegistryRule {

  /** The rule's findings for the input; empty when it has nothing to say. */
  List<Finding> check(ValidationInput input);
}
