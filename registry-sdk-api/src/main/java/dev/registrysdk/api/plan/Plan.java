package dev.registrysdk.api.plan;

import dev.registrysdk.api.finding.Finding;
import java.util.List;
import org.immutables.value.Value;

/**
 * The ordered writes that would bring a cluster to the desired state, and the findings of
 * validation. An empty plan means there is nothing to do.
 *
 * <p>Prerequisites (secrets, config maps, claims) come first and the registry {@code Config} last,
 * so the operator never sees a configuration whose credentials are missing. Safe to print: secret
 * values are masked.
 */
@Value.Immutable
public abstract class Plan {

  Plan() {}

  /** The writes, in the order they are applied. */
  public abstract List<Change> changes();

  /** Every finding of validation, errors first. */
  public abstract List<Finding> findings();

  /** A plan. */
  public static Plan of(List<Change> changes, List<Finding> findings) {
    return ImmutablePlan.builder().changes(changes).findings(findings).build();
  }

  /** Whether nothing needs to be written. */
  public boolean isEmpty() {
    return changes().isEmpty();
  }

  /** Whether validation found an error; such a plan is never applied. */
  public boolean hasErrors() {
    return findings().stream().anyMatch(Finding::isError);
  }

  /** The error findings. */
  public List<Finding> errors() {
    return findings().stream().filter(Finding::isError).toList();
  }

  /** Human-readable text: every change with its diff, then the findings. */
  public String render() {
    StringBuilder out = new StringBuilder();
    if (changes().isEmpty()) {
      out.append("Plan: nothing to change\n");
    } else {
      out.append("Plan: ").append(changes().size()).append(changes().size() == 1 ? " change\n" : " changes\n");
      int i = 1;
      for (Change change : changes()) {
        out.append("  ").append(i++).append(". ").append(change.render());
      }
    }
    if (!findings().isEmpty()) {
      out.append("Findings:\n");
      for (Finding finding : findings()) {
        out.append("  - ").append(finding).append('\n');
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return render();
  }
}
