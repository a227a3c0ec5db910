package dev.registrysdk.core.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.resource.ResourceKey;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a feature wants of one object, before it is compared with the cluster: the object's key, a
 * JSON merge-patch document of the fields it names, and how to write it.
 *
 * <p>The document uses merge-patch semantics: {@code null} deletes a field, objects merge, arrays
 * and scalars replace. For {@link IntentPolicy#CREATE_IF_ABSENT} and creations under
 * {@link IntentPolicy#MERGE}, the document without its {@code null}s is the body created.
 */
@Value.Immutable
public abstract class ObjectIntent {

  ObjectIntent() {}

  /** The object. */
  public abstract ResourceKey key();

  /** The fields wanted, as a merge-patch document (without apiVersion, kind, name, namespace). */
  @Value.Redacted
  public abstract ObjectNode document();

  /** How to write it. */
  public abstract IntentPolicy policy();

  /** When to write it. */
  public abstract Phase phase();

  /** Why it is needed; shown in the plan. */
  public abstract String purpose();

  /**
   * Whether its {@code data}/{@code stringData} values are secret. Always true for a v1
   * {@code Secret}, whatever the feature or provider said: its values are masked in every plan.
   */
  @Value.Default
  public boolean sensitive() {
    return false;
  }

  /** Descriptions of values only known while applying. */
  public abstract List<String> resolvedAtApply();

  /** A Secret is sensitive even when whoever described it forgot to say so. */
  @Value.Check
  ObjectIntent secretsAreSensitive() {
    return sensitive() || !Masking.isSecret(key()) ? this : builder().from(this).sensitive(true).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds intents. */
  public static class Builder extends ImmutableObjectIntent.Builder {}

  @Override
  public String toString() {
    return "ObjectIntent{" + policy() + " " + key() + " (" + purpose() + ")}";
  }
}
