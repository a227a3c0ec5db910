package dev.registrysdk.api.spi;

import io.fabric8.kubernetes.api.model.HasMetadata;
import org.immutables.value.Value;

/**
 * An object a provider or feature needs on the cluster, such as a credentials secret, a CA config
 * map or a claim, and how to write it.
 *
 * <p>The values of a {@code Secret} are always masked in plans and never logged; mark other
 * objects holding credentials {@link #sensitive()} to have theirs treated the same way. The object
 * is treated as read-only once handed over.
 */
@Value.Immutable
public abstract class DesiredObject {

  DesiredObject() {}

  /** The object, with apiVersion, kind, namespace and name set. */
  @Value.Parameter
  @Value.Redacted
  public abstract HasMetadata object();

  /** Create only, or create and merge. */
  @Value.Parameter
  public abstract WritePolicy policy();

  /** Why it is needed, e.g. {@code S3 credentials}; shown in plans. */
  @Value.Parameter
  public abstract String purpose();

  /** Whether its values are secret; a {@code Secret} is treated as secret either way. */
  @Value.Default
  public boolean sensitive() {
    return false;
  }

  /** An object to create if missing and otherwise leave alone. */
  public static DesiredObject createIfAbsent(HasMetadata object, String purpose) {
    return ImmutableDesiredObject.of(object, WritePolicy.CREATE_IF_ABSENT, purpose);
  }

  /** An object to create, or merge into the existing one. */
  public static DesiredObject merge(HasMetadata object, String purpose) {
    return ImmutableDesiredObject.of(object, WritePolicy.MERGE, purpose);
  }

  /** A copy marked as holding secret values. */
  public DesiredObject asSensitive() {
    return ImmutableDesiredObject.builder().from(this).sensitive(true).build();
  }

  @Override
  public String toString() {
    HasMetadata o = object();
    return "DesiredObject{" + o.getKind() + " "
        + (o.getMetadata().getNamespace() == null ? "" : o.getMetadata().getNamespace() + "/")
        + o.getMetadata().getName() + ", " + policy() + ", " + purpose() + "}";
  }
}
