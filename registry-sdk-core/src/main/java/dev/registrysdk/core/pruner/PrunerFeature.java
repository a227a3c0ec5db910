package dev.registrysdk.core.pruner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.GoDuration;
import dev.registrysdk.api.ManagementState;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.pruner.ImagePruning;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.core.cluster.ClusterObjects;
import dev.registrysdk.core.cluster.Json;
import dev.registrysdk.core.feature.Feature;
import dev.registrysdk.core.feature.FeatureResult;
import dev.registrysdk.core.plan.CurrentObjects;
import dev.registrysdk.core.plan.IntentPolicy;
import dev.registrysdk.core.plan.ObjectIntent;
import dev.registrysdk.core.plan.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes {@link ImagePruning} settings into {@code imagepruners.imageregistry.operator.openshift.io/cluster}.
 *
 * <pre>{@code
 * RegistryConfigurer.on(client)
 *     .pruner(ImagePruning.create().schedule("30 2 * * *").keepTagRevisions(5))
 *     .apply();
 * }</pre>
 *
 * <p>Only the settings given are written. The schedule must be a five-field cron expression; counts
 * and ages must not be negative. While the registry is {@code Removed} or {@code Unmanaged}, the
 * operator runs the pruner with {@code --prune-registry=false}: image objects are pruned, registry
 * storage is not; a warning says so. Immutable and thread-safe.
 */
public final class PrunerFeature implements Feature {

  private final ImagePruning pruning;
  private final Optional<ManagementState> intendedRegistryState;

  private PrunerFeature(ImagePruning pruning, Optional<ManagementState> intendedRegistryState) {
    this.pruning = pruning;
    this.intendedRegistryState = intendedRegistryState;
  }

  /** Writes {@code pruning}. */
  public static PrunerFeature of(ImagePruning pruning) {
    return new PrunerFeature(Objects.requireNonNull(pruning, "pruning"), Optional.empty());
  }

  /**
   * A copy that knows the management state the same apply gives the registry, so that its warning
   * about registry storage looks at the state after the apply rather than before.
   */
  public PrunerFeature registryState(Optional<ManagementState> state) {
    return new PrunerFeature(pruning, state);
  }

  /** The settings written. */
  public ImagePruning pruning() {
    return pruning;
  }

  @Override
  public String name() {
    return "image-pruner";
  }

  @Override
  public Set<ResourceKey> observedObjects() {
    return Set.of(ClusterObjects.IMAGE_PRUNER);
  }

  @Override
  public FeatureResult evaluate(ClusterFacts facts) {
    List<Finding> findings = new ArrayList<>();
    ResourceKey key = ClusterObjects.IMAGE_PRUNER;
    ObjectNode spec = Json.object();
    pruning.schedule().ifPresent(schedule -> {
      CronSchedule.problem(schedule).ifPresent(why -> findings.add(Finding.error(PrunerFindingCodes.PRUNER_SCHEDULE_INVALID,
          ClusterObjects.path(key, "spec.schedule"), "\"" + schedule + "\" is not a cron schedule: " + why,
          "Give minute hour day-of-month month day-of-week, e.g. schedule(\"0 0 * * *\") for midnight every day")));
      spec.put("schedule", schedule.trim());
    });
    pruning.suspend().ifPresent(suspend -> spec.put("suspend", suspend));
    pruning.keepTagRevisions().ifPresent(n -> spec.put("keepTagRevisions", notNegative(n, "keepTagRevisions", findings)));
    pruning.keepYoungerThan().ifPresent(age -> {
      if (age.isNegative()) {
        negative("keepYoungerThanDuration", findings);
      } else {
        spec.put("keepYoungerThanDuration", GoDuration.format(age));
      }
    });
    pruning.successfulJobsHistoryLimit().ifPresent(n ->
        spec.put("successfulJobsHistoryLimit", notNegative(n, "successfulJobsHistoryLimit", findings)));
    pruning.failedJobsHistoryLimit().ifPresent(n ->
        spec.put("failedJobsHistoryLimit", notNegative(n, "failedJobsHistoryLimit", findings)));
    pruning.ignoreInvalidImageReferences().ifPresent(ignore -> spec.put("ignoreInvalidImageReferences", ignore));
    pruning.logLevel().ifPresent(level -> spec.put("logLevel", level.wireValue()));

    Optional<JsonNode> current = CurrentObjects.lookup(facts, key);
    if (pruning.keepYoungerThan().isPresent()
        && current.map(c -> c.path("spec").path("keepYoungerThan")).filter(JsonNode::isNumber).isPresent()) {
      findings.add(Finding.info(PrunerFindingCodes.PRUNER_KEEP_YOUNGER_THAN_IGNORED, ClusterObjects.path(key, "spec.keepYoungerThan"),
          "the deprecated spec.keepYoungerThan is set and is ignored from now on, since keepYoungerThanDuration is set",
          "Nothing to do"));
    }
    Optional<ManagementState> state = intendedRegistryState.or(() -> facts.registryConfig()
        .map(c -> c.getSpec() == null ? null : c.getSpec().getManagementState())
        .flatMap(ManagementState::fromWireValue));
    state.filter(s -> s == ManagementState.REMOVED || s == ManagementState.UNMANAGED).ifPresent(s ->
        findings.add(Finding.warning(PrunerFindingCodes.PRUNER_SKIPS_REGISTRY_STORAGE, ClusterObjects.path(key, "spec"),
            "the registry is " + s.wireValue() + ", so the pruner runs with --prune-registry=false: it deletes image "
                + "objects but never the layers in registry storage",
            "Make the registry Managed (managed()) with storage for pruning to free registry storage")));

    List<ObjectIntent> intents = new ArrayList<>();
    if (!spec.isEmpty()) {
      ObjectNode document = Json.object();
      document.set("spec", spec);
      intents.add(ObjectIntent.builder()
          .key(key)
          .document(document)
          .policy(IntentPolicy.MERGE)
          .phase(Phase.CONFIGURATION)
          .purpose("configure image pruning")
          .build());
    }
    return FeatureResult.of(intents, findings);
  }

  private static int notNegative(int value, String field, List<Finding> findings) {
    if (value < 0) {
      negative(field, findings);
    }
    return value;
  }

  private static void negative(String field, List<Finding> findings) {
    findings.add(Finding.error(PrunerFindingCodes.PRUNER_VALUE_NEGATIVE, ClusterObjects.path(ClusterObjects.IMAGE_PRUNER, "spec." + field),
        field + " must not be negative",
        "Give 0 or more, e.g. ImagePruning.create()." + (field.equals("keepYoungerThanDuration")
            ? "keepYoungerThan(Duration.ofHours(1))" : field + "(3)")));
  }

  @Override
  public String toString() {
    return "PrunerFeature{" + pruning + "}";
  }
}
