package dev.registrysdk.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.resource.ResourceKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the {@link ObjectIntent}s of several features for the same object into one, so an object
 * is planned, written or rendered once: trusted CAs and registry sources, for instance, both change
 * the cluster's image config. Pure.
 */
public final class IntentMerge {

  private IntentMerge() {}

  /**
   * The intents with those for the same object merged into one, in the order of each object's first
   * intent: documents merge as merge patches do (later ones win for the same field), the earliest
   * phase wins, purposes are joined, and an object is sensitive if any intent says so.
   *
   * @throws IllegalStateException if intents for one object disagree on how to write it in a way
   *     that cannot be merged, e.g. one deletes what another creates; a bug in the features
   */
  public static List<ObjectIntent> byKey(List<ObjectIntent> intents) {
    Map<ResourceKey, ObjectIntent> merged = new LinkedHashMap<>();
    for (ObjectIntent intent : intents) {
      merged.merge(intent.key(), intent, IntentMerge::merge);
    }
    return List.copyOf(merged.values());
  }

  private static ObjectIntent merge(ObjectIntent first, ObjectIntent second) {
    IntentPolicy policy = mergedPolicy(first, second);
    List<String> pending = new ArrayList<>(first.resolvedAtApply());
    pending.addAll(second.resolvedAtApply());
    return ObjectIntent.builder()
        .key(first.key())
        .document(compose(first.document(), second.document()))
        .policy(policy)
        .phase(first.phase().compareTo(second.phase()) <= 0 ? first.phase() : second.phase())
        .purpose(first.purpose().equals(second.purpose()) ? first.purpose() : first.purpose() + "; " + second.purpose())
        .sensitive(first.sensitive() || second.sensitive())
        .resolvedAtApply(pending)
        .build();
  }

  private static IntentPolicy mergedPolicy(ObjectIntent first, ObjectIntent second) {
    IntentPolicy a = first.policy();
    IntentPolicy b = second.policy();
    if (a == b) {
      return a;
    }
    boolean patches = (a == IntentPolicy.MERGE || a == IntentPolicy.PATCH_EXISTING)
        && (b == IntentPolicy.MERGE || b == IntentPolicy.PATCH_EXISTING);
    if (!patches) {
      throw new IllegalStateException("Cannot merge a " + a + " and a " + b + " of " + first.key()
          + " (" + first.purpose() + "; " + second.purpose() + ")");
    }
    return IntentPolicy.PATCH_EXISTING;
  }

  /** One merge patch with the effect of {@code first} followed by {@code second}; nulls are kept. */
  private static ObjectNode compose(ObjectNode first, ObjectNode second) {
    ObjectNode out = first.deepCopy();
    for (Iterator<Map.Entry<String, JsonNode>> it = second.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode old = out.get(field.getKey());
      if (old instanceof ObjectNode o && field.getValue() instanceof ObjectNode n) {
        out.set(field.getKey(), compose(o, n));
      } else {
        out.set(field.getKey(), field.getValue().deepCopy());
      }
    }
    return out;
  }

}
