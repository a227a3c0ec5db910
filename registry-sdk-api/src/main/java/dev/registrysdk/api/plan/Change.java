package dev.registrysdk.api.plan;

import dev.registrysdk.api.resource.ResourceKey;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One write of a {@link Plan}: create, patch or delete one object, with a readable diff and the
 * exact JSON that will be sent.
 *
 * <p>{@link #body()} is what goes over the wire and may contain secret values; it is redacted from
 * {@link #toString()}. {@link #displayBody()} and {@link #diff()} are safe to print: secret values
 * are masked in them.
 */
@Value.Immutable
public abstract class Change {

  Change() {}

  /** Create, patch or delete. */
  public abstract ChangeAction action();

  /** The object written. */
  public abstract ResourceKey target();

  /** One line saying what the change does and why. */
  public abstract String summary();

  /** Field-by-field differences, e.g. {@code spec.replicas: 1 -> 2}; secret values masked. */
  public abstract List<String> diff();

  /** The patch format, for {@link ChangeAction#PATCH}. */
  public abstract Optional<PatchKind> patchKind();

  /** The exact JSON body sent (the object for create, the patch for patch); may hold secrets. */
  @Value.Redacted
  public abstract String body();

  /** {@link #body()} with secret values masked. */
  public abstract String displayBody();

  /** The resourceVersion the change was planned against; a concurrent write makes it fail with 409. */
  public abstract Optional<String> expectedResourceVersion();

  /** Whether the object holds secret values. */
  @Value.Default
  public boolean sensitive() {
    return false;
  }

  /** Values that become known only while applying, e.g. a bucket name from a claim; empty if none. */
  public abstract List<String> resolvedAtApply();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Change}s. */
  public static class Builder extends ImmutableChange.Builder {}

  /** Human-readable text: summary, diff and body. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(action()).append(' ').append(target()).append(": ").append(summary()).append('\n');
    for (String line : diff()) {
      out.append("    ").append(line).append('\n');
    }
    for (String pending : resolvedAtApply()) {
      out.append("    (resolved while applying: ").append(pending).append(")\n");
    }
    patchKind().ifPresent(k -> out.append("    ").append(k.contentType()).append('\n'));
    out.append("    ").append(displayBody()).append('\n');
    return out.toString();
  }
}
