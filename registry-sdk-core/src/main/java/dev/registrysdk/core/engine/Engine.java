package dev.registrysdk.core.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.registrysdk.api.error.ApplyFailedException;
import dev.registrysdk.api.error.ConflictException;
import dev.registrysdk.api.error.ValidationException;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.plan.Change;
import dev.registrysdk.api.plan.Plan;
import dev.registrysdk.api.progress.ProgressEvent;
import dev.registrysdk.api.progress.ProgressListener;
import dev.registrysdk.api.progress.Stage;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.spi.ClusterAccess;
import dev.registrysdk.api.spi.ProvisioningContext;
import dev.registrysdk.core.apply.Applier;
import dev.registrysdk.core.apply.ConflictSignal;
import dev.registrysdk.core.apply.Resources;
import dev.registrysdk.core.apply.UndoLog;
import dev.registrysdk.core.feature.Feature;
import dev.registrysdk.core.feature.FeatureResult;
import dev.registrysdk.core.feature.ProvisioningFeature;
import dev.registrysdk.core.observe.ClusterObserver;
import dev.registrysdk.core.plan.CurrentObjects;
import dev.registrysdk.core.plan.ObjectIntent;
import dev.registrysdk.core.plan.Planner;
import dev.registrysdk.core.progress.Listeners;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the one-way flow for a list of features: observe, validate, plan, and for an apply also
 * provision, write (prerequisites first, the Config last) and, on failure, undo.
 *
 * <p>A conflict (HTTP 409: another writer changed an object since it was observed) makes the
 * engine observe, validate and plan again and continue; what was already written stays and shows up
 * as "no change" in the new plan. After {@link EngineOptions#maxConflictRetries()} conflicts it
 * undoes its writes and throws a {@link ConflictException}.
 */
public final class Engine {

  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

  private final KubernetesClient client;
  private final EngineOptions options;
  private final ProgressListener listener;
  private final Planner planner = new Planner();

  /** An engine for {@code client}. */
  public Engine(KubernetesClient client, EngineOptions options) {
    this.client = client;
    this.options = options;
    this.listener = options.listener();
  }

  /** Observes, validates and plans; writes nothing. The plan carries every finding. */
  public Plan plan(List<Feature> features) {
    ClusterFacts facts = stage(Stage.OBSERVE, () -> observe(features));
    List<FeatureResult> results = stage(Stage.VALIDATE, () -> evaluate(features, facts));
    return stage(Stage.PLAN, () -> plan(results, facts));
  }

  /**
   * Observes and evaluates the features, without comparing with the cluster or writing anything:
   * what each feature wants of each object, as merge-patch documents of the fields it names, and
   * every finding. Tools that render the desired state as manifests start from this.
   */
  public FeatureResult intents(List<Feature> features) {
    ClusterFacts facts = stage(Stage.OBSERVE, () -> observe(features));
    List<FeatureResult> results = stage(Stage.VALIDATE, () -> evaluate(features, facts));
    List<ObjectIntent> intents = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (FeatureResult result : results) {
      intents.addAll(result.intents());
      findings.addAll(result.findings());
    }
    return FeatureResult.of(dev.registrysdk.core.plan.IntentMerge.byKey(intents), findings);
  }

  /**
   * Observes, validates, plans, provisions and writes.
   *
   * @throws ValidationException if validation found an error; nothing is written
   * @throws ConflictException if other writers kept changing the objects; own writes are undone
   * @throws ApplyFailedException if a write failed (earlier writes are undone), or if undoing the writes
   *     made before a validation error, a conflict or a failed provisioning left some on the cluster
   */
  public Applied apply(List<Feature> features) {
    UndoLog undo = new UndoLog();
    Resources resources = new Resources(client);
    Applier applier = new Applier(resources, listener);
    List<Feature> current = new ArrayList<>(features);
    boolean provisioned = false;
    Plan firstPlan = null;
    long generation = -1;
    int conflicts = 0;
    while (true) {
      List<Feature> round = current;
      ClusterFacts facts = stage(Stage.OBSERVE, () -> observe(round));
      List<FeatureResult> results = stage(Stage.VALIDATE, () -> evaluate(round, facts));
      Plan plan = stage(Stage.PLAN, () -> plan(results, facts));
      if (firstPlan == null) {
        firstPlan = plan;
      }
      if (plan.hasErrors()) {
        throw undone(plan, undo, new ValidationException(plan.findings()));
      }
      if (!provisioned && current.stream().anyMatch(f -> f instanceof ProvisioningFeature p && p.needsProvisioning())) {
        current = provision(current, facts, resources, undo, plan);
        provisioned = true;
        continue;
      }
      try {
        Listeners.notify(listener, new ProgressEvent.StageStarted(Stage.APPLY));
        long started = System.nanoTime();
        for (Change change : plan.changes()) {
          Optional<JsonNode> before = change.action() == dev.registrysdk.api.plan.ChangeAction.CREATE
              ? Optional.empty()
              : CurrentObjects.lookup(facts, change.target());
          Optional<JsonNode> after = applier.apply(change, before, undo);
          if (change.target().equals(RegistryObjects.CONFIG)) {
            generation = after.map(a -> a.path("metadata").path("generation").asLong(-1)).orElse(-1L);
          }
        }
        Listeners.notify(listener, new ProgressEvent.StageFinished(Stage.APPLY, Duration.ofNanos(System.nanoTime() - started)));
        if (generation < 0) {
          generation = facts.registryConfig().map(c -> c.getMetadata().getGeneration()).orElse(0L);
        }
        return new Applied(firstPlan, undo.applied(), conflicts + 1, generation);
      } catch (ConflictSignal conflict) {
        conflicts++;
        if (conflicts > options.maxConflictRetries()) {
          throw undone(plan, undo, new ConflictException(conflict.target(), conflicts, conflict));
        }
        LOG.debug("Conflict, observing again [target={}, attempt={}]", conflict.target(), conflicts + 1);
        Listeners.notify(listener, new ProgressEvent.Retrying(conflicts + 1, conflict.target() + " changed concurrently"));
      } catch (RuntimeException failure) {
        throw failed(plan, undo, failure);
      }
    }
  }

  private RuntimeException failed(Plan plan, UndoLog undo, RuntimeException failure) {
    List<Change> applied = undo.applied();
    if (plan.changes().isEmpty() && applied.isEmpty()) {
      return failure;
    }
    UndoLog.Outcome outcome = undo.undoAll(listener);
    return new ApplyFailedException(failedChange(plan, applied), outcome.applied(), outcome.undone(), outcome.left(),
        failure);
  }

  /**
   * Undoes the writes made before {@code failure} ended the apply. When all are undone the failure
   * itself is thrown, since the cluster is as before; when some could not be undone, an {@link
   * ApplyFailedException} caused by it says which remain and why.
   */
  private RuntimeException undone(Plan plan, UndoLog undo, RuntimeException failure) {
    if (undo.applied().isEmpty()) {
      return failure;
    }
    List<Change> applied = undo.applied();
    UndoLog.Outcome outcome = undo.undoAll(listener);
    if (outcome.left().isEmpty()) {
      return failure;
    }
    return new ApplyFailedException(failedChange(plan, applied), outcome.applied(), outcome.undone(), outcome.left(),
        failure);
  }

  /** The change an apply stopped at: the plan's first one not yet written, else the last one written. */
  private static Change failedChange(Plan plan, List<Change> applied) {
    return plan.changes().stream()
        .filter(c -> !applied.contains(c)).findFirst()
        .orElse(plan.changes().isEmpty() ? applied.get(applied.size() - 1) : plan.changes().get(0));
  }

  private List<Feature> provision(List<Feature> features, ClusterFacts facts, Resources resources, UndoLog undo,
      Plan plan) {
    ClusterAccess access = new RecordingClusterAccess(client, resources, undo, listener);
    ProvisioningContext context = new ProvisioningContext() {
      @Override
      public ClusterFacts facts() {
        return facts;
      }

      @Override
      public ClusterAccess access() {
        return access;
      }

      @Override
      public Duration timeout() {
        return options.provisionTimeout();
      }

      @Override
      public ProgressListener listener() {
        return listener;
      }
    };
    return stage(Stage.PROVISION, () -> {
      List<Feature> out = new ArrayList<>();
      try {
        for (Feature feature : features) {
          out.add(feature instanceof ProvisioningFeature p ? p.provision(context) : feature);
        }
      } catch (RuntimeException e) {
        throw undone(plan, undo, e);
      }
      return out;
    });
  }

  private ClusterFacts observe(List<Feature> features) {
    Set<ResourceKey> keys = new LinkedHashSet<>();
    Set<String> kinds = new LinkedHashSet<>();
    for (Feature feature : features) {
      keys.addAll(feature.observedObjects());
      kinds.addAll(feature.kindsToCheck());
    }
    ClusterObserver observer = new ClusterObserver(client, options.configTimeout());
    ClusterFacts facts = observer.observe(keys, kinds);
    Set<ResourceKey> dependent = new LinkedHashSet<>();
    for (Feature feature : features) {
      dependent.addAll(feature.dependentObjects(facts));
    }
    dependent.removeAll(facts.lookedUp());
    return dependent.isEmpty() ? facts : observer.observeMore(facts, dependent);
  }

  private static List<FeatureResult> evaluate(List<Feature> features, ClusterFacts facts) {
    List<FeatureResult> results = new ArrayList<>();
    for (Feature feature : features) {
      results.add(feature.evaluate(facts));
    }
    return results;
  }

  private Plan plan(List<FeatureResult> results, ClusterFacts facts) {
    List<ObjectIntent> intents = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (FeatureResult result : results) {
      intents.addAll(result.intents());
      findings.addAll(result.findings());
    }
    return planner.plan(intents, facts, findings);
  }

  private <T> T stage(Stage stage, Supplier<T> work) {
    Listeners.notify(listener, new ProgressEvent.StageStarted(stage));
    long started = System.nanoTime();
    T result = work.get();
    Listeners.notify(listener, new ProgressEvent.StageFinished(stage, Duration.ofNanos(System.nanoTime() - started)));
    return result;
  }

  /** What an apply wrote. */
  public record Applied(Plan plan, List<Change> changes, int attempts, long configGeneration) {}
}
