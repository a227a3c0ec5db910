package dev.registrysdk.api.error;

import dev.registrysdk.api.plan.Change;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A write failed part-way through an apply. The SDK undid what it had already written, in reverse
 * order; this exception says exactly which changes were applied, which were undone, and which
 * remain on the cluster because undoing them failed too, and why.
 */
public final class ApplyFailedException extends RegistrySdkException {

  private static final long serialVersionUID = 1L;

  private final transient List<Change> applied;
  private final transient List<Change> undone;
  private final transient Map<Change, String> left;

  /**
   * With the failed change's cause and what happened to the earlier changes.
   *
   * @param left the changes whose undo failed, in the order undo was tried, each with why it failed
   */
  public ApplyFailedException(
      Change failed, List<Change> applied, List<Change> undone, Map<Change, String> left, Throwable cause) {
    super(message(failed, applied, undone, left, cause), cause);
    this.applied = List.copyOf(applied);
    this.undone = List.copyOf(undone);
    this.left = Collections.unmodifiableMap(new LinkedHashMap<>(left));
  }

  /** Changes that were written before the failure. */
  public List<Change> applied() {
    return applied;
  }

  /** Changes that were written and then undone. */
  public List<Change> undone() {
    return undone;
  }

  /** Changes that were written and could not be undone: they remain on the cluster. */
  public List<Change> left() {
    return List.copyOf(left.keySet());
  }

  /** Why each change of {@link #left()} could not be undone: the error its undo met. */
  public Map<Change, String> undoFailures() {
    return left;
  }

  /** Whether the cluster is as it was before the apply. */
  public boolean fullyUndone() {
    return left.isEmpty();
  }

  private static String message(
      Change failed, List<Change> applied, List<Change> undone, Map<Change, String> left, Throwable cause) {
    StringBuilder out = new StringBuilder();
    out.append("Applying failed at ")
        .append(failed.action())
        .append(' ')
        .append(failed.target())
        .append(": ")
        .append(cause.getMessage());
    if (applied.isEmpty()) {
      out.append(". Nothing had been written.");
    } else if (left.isEmpty()) {
      out.append(". The ")
          .append(undone.size())
          .append(" earlier change(s) were undone; the cluster is as before: ")
          .append(undone.stream().map(ApplyFailedException::name).collect(Collectors.joining(", ")));
    } else {
      out.append(". These earlier changes could not be undone and remain: ")
          .append(left.entrySet().stream()
              .map(e -> name(e.getKey()) + " (undo failed: " + e.getValue() + ")")
              .collect(Collectors.joining(", ")))
          .append(". Undone: ")
          .append(undone.isEmpty() ? "nothing" : undone.stream().map(ApplyFailedException::name).collect(Collectors.joining(", ")));
    }
    return out.toString();
  }

  private static String name(Change change) {
    return change.action() + " " + change.target();
  }
}
