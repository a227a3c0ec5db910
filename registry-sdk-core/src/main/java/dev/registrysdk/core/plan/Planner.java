package dev.registrysdk.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.finding.Severity;
import dev.registrysdk.api.plan.Change;
import dev.registrysdk.api.plan.ChangeAction;
import dev.registrysdk.api.plan.PatchKind;
import dev.registrysdk.api.plan.Plan;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.core.patch.MergePatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Turns {@link ObjectIntent}s into a {@link Plan} by comparing each with the observed cluster:
 * only what differs is written, so a cluster already in the desired state yields an empty plan.
 *
 * <p>Intents for the same object, e.g. from two features that each set other fields of the
 * cluster's image config, are merged into one change, so one object is never written twice in an
 * apply. Changes are ordered by {@link Phase}, keeping the features' order within a phase. Every patch
 * carries the {@code metadata.resourceVersion} it was planned against, so a concurrent writer makes
 * it fail with a conflict instead of being overwritten. Pure and thread-safe.
 */
public final class Planner {

  /** Plans the intents against the facts; findings are carried into the plan, errors first. */
  public Plan plan(List<ObjectIntent> intents, ClusterFacts facts, List<Finding> findings) {
    List<ObjectIntent> ordered = new ArrayList<>(IntentMerge.byKey(intents));
    ordered.sort(Comparator.comparing(ObjectIntent::phase));
    List<Change> changes = new ArrayList<>();
    for (ObjectIntent intent : ordered) {
      change(intent, CurrentObjects.lookup(facts, intent.key())).ifPresent(changes::add);
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparing(Finding::severity, Comparator.comparingInt(Severity::ordinal)));
    return Plan.of(changes, sorted);
  }

  /** The change one intent needs, if any. */
  public Optional<Change> change(ObjectIntent intent, Optional<JsonNode> current) {
    ResourceKey key = intent.key();
    Predicate<String> masked = intent.sensitive() ? Masking::isSecretPath : path -> false;
    switch (intent.policy()) {
      case DELETE:
        return current.map(c -> base(intent, ChangeAction.DELETE, "delete: " + intent.purpose())
            .body("{}").displayBody("{}")
            .expectedResourceVersion(Optional.ofNullable(c.path("metadata").path("resourceVersion").textValue()))
            .build());
      case CREATE_IF_ABSENT:
        if (current.isPresent()) {
          return Optional.empty();
        }
        return Optional.of(create(intent, masked));
      case MERGE:
      case PATCH_EXISTING:
        if (current.isEmpty()) {
          if (intent.policy() == IntentPolicy.PATCH_EXISTING) {
            throw new IllegalStateException(key + " must exist before it can be patched");
          }
          return Optional.of(create(intent, masked));
        }
        ObjectNode patch = MergePatch.effective(current.get(), intent.document());
        if (patch.isEmpty()) {
          return Optional.empty();
        }
        List<String> diff = MergePatch.describe(current.get(), patch, masked);
        String resourceVersion = current.get().path("metadata").path("resourceVersion").textValue();
        if (resourceVersion != null) {
          patch.withObject("metadata").put("resourceVersion", resourceVersion);
        }
        return Optional.of(base(intent, ChangeAction.PATCH, intent.purpose())
            .diff(diff)
            .patchKind(PatchKind.MERGE)
            .body(patch.toString())
            .displayBody(intent.sensitive() ? Masking.mask(patch).toString() : patch.toString())
            .expectedResourceVersion(Optional.ofNullable(resourceVersion))
            .build());
      default:
        throw new IllegalArgumentException("Unknown policy " + intent.policy());
    }
  }

  private static Change create(ObjectIntent intent, Predicate<String> masked) {
    ObjectNode body = (ObjectNode) MergePatch.withoutNulls(intent.document());
    ResourceKey key = intent.key();
    ObjectNode object = body.objectNode();
    object.put("apiVersion", key.apiVersion());
    object.put("kind", key.kind());
    ObjectNode metadata = object.putObject("metadata");
    metadata.put("name", key.name());
    key.namespace().ifPresent(ns -> metadata.put("namespace", ns));
    JsonNode extraMetadata = body.remove("metadata");
    if (extraMetadata != null) {
      metadata.setAll((ObjectNode) extraMetadata);
      metadata.put("name", key.name());
      key.namespace().ifPresent(ns -> metadata.put("namespace", ns));
    }
    object.setAll(body);
    List<String> diff = MergePatch.describe(null, body, masked);
    return base(intent, ChangeAction.CREATE, intent.purpose())
        .diff(diff)
        .body(object.toString())
        .displayBody(intent.sensitive() ? Masking.mask(object).toString() : object.toString())
        .build();
  }

  private static Change.Builder base(ObjectIntent intent, ChangeAction action, String summary) {
    return Change.builder()
        .action(action)
        .target(intent.key())
        .summary(summary)
        .sensitive(intent.sensitive())
        .resolvedAtApply(intent.resolvedAtApply());
  }
}
