package dev.registrysdk.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.core.plan.IntentPolicy;
import dev.registrysdk.core.plan.ObjectIntent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Intents for the same object made into one, so that each object is one manifest: two features may
 * each set fields of one object (trusted CAs and registry sources both write the image config
 * {@code cluster}), and Kustomize refuses two resources with one identity. Documents merge as merge
 * patches compose (later fields win, objects merge, {@code null}s stay), as the planner merges them
 * before an apply.
 */
final class IntentMerge {

  private IntentMerge() {}

  /** The intents, one per object, in the order of each object's first intent. */
  static List<ObjectIntent> byKey(List<ObjectIntent> intents) {
    Map<ResourceKey, ObjectIntent> byKey = new LinkedHashMap<>();
    for (ObjectIntent intent : intents) {
      byKey.merge(intent.key(), intent, IntentMerge::merge);
    }
    return List.copyOf(byKey.values());
  }

  private static ObjectIntent merge(ObjectIntent first, ObjectIntent second) {
    List<String> pending = new ArrayList<>(first.resolvedAtApply());
    pending.addAll(second.resolvedAtApply());
    return ObjectIntent.builder()
        .key(first.key())
        .document(compose(first.document(), second.document()))
        .policy(policy(first, second))
        .phase(first.phase().compareTo(second.phase()) <= 0 ? first.phase() : second.phase())
        .purpose(first.purpose().equals(second.purpose()) ? first.purpose() : first.purpose() + "; " + second.purpose())
        .sensitive(first.sensitive() || second.sensitive())
        .resolvedAtApply(pending)
        .build();
  }

  /** The same policy stays; an object that one intent only patches must exist, so that wins over a merge. */
  private static IntentPolicy policy(ObjectIntent first, ObjectIntent second) {
    IntentPolicy a = first.policy();
    IntentPolicy b = second.policy();
    if (a == b) {
      return a;
    }
    if ((a == IntentPolicy.MERGE || a == IntentPolicy.PATCH_EXISTING) && (b == IntentPolicy.MERGE || b == IntentPolicy.PATCH_EXISTING)) {
      return IntentPolicy.PATCH_EXISTING;
    }
    throw new IllegalStateException("Cannot render a " + a + " and a " + b + " of " + first.key()
        + " as one manifest (" + first.purpose() + "; " + second.purpose() + ")");
  }

  private static ObjectNode compose(ObjectNode first, ObjectNode second) {
    ObjectNode out = first.deepCopy();
    for (Map.Entry<String, JsonNode> field : second.properties()) {
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
