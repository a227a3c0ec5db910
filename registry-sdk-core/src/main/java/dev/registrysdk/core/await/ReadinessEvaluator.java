package dev.registrysdk.core.await;

import dev.registrysdk.api.readiness.ConditionSnapshot;
import dev.registrysdk.api.readiness.Readiness;
import dev.registrysdk.api.readiness.ReadinessState;
import dev.registrysdk.api.resource.RegistryObjects;
import io.fabric8.openshift.api.model.config.v1.ClusterOperator;
import io.fabric8.openshift.api.model.config.v1.ClusterOperatorStatusCondition;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import io.fabric8.openshift.api.model.operator.v1.OperatorCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides, from one snapshot of the registry's Config and ClusterOperator, whether the registry is
 * ready, still progressing, or failed. Pure.
 *
 * <p>Ready means: the operator has observed the awaited generation
 * ({@code status.observedGeneration >= metadata.generation >= target}), and both the Config and
 * ClusterOperator {@code image-registry} report Available=True, Progressing=False, Degraded=False.
 * A condition that still describes an older generation never counts. Degraded=True, or a
 * configuration error the operator reports while progressing (such as two storage backends), is a
 * failure: the operator's own Degraded lags such errors by five minutes. A ClusterOperator that is
 * absent, or reports no Available condition yet, keeps the registry progressing: readiness needs
 * its word as well as the Config's.
 */
public final class ReadinessEvaluator {

  /** Evaluates one snapshot; {@code operator} is empty while ClusterOperator {@code image-registry} is not seen. */
  public Readiness evaluate(Config config, Optional<ClusterOperator> operator, long targetGeneration) {
    long generation = Optional.ofNullable(config.getMetadata().getGeneration()).orElse(0L);
    long observed = config.getStatus() == null ? 0L
        : Optional.ofNullable(config.getStatus().getObservedGeneration()).orElse(0L);
    List<ConditionSnapshot> conditions = new ArrayList<>();
    if (config.getStatus() != null) {
      for (OperatorCondition c : config.getStatus().getConditions()) {
        conditions.add(ConditionSnapshot.of("Config", c.getType(), s(c.getStatus()), s(c.getReason()), s(c.getMessage())));
      }
    }
    operator.filter(o -> o.getStatus() != null).ifPresent(o -> {
      for (ClusterOperatorStatusCondition c : o.getStatus().getConditions()) {
        conditions.add(ConditionSnapshot.of("ClusterOperator", c.getType(), s(c.getStatus()), s(c.getReason()), s(c.getMessage())));
      }
    });
    Readiness.Builder out = Readiness.builder()
        .generation(generation)
        .observedGeneration(observed)
        .conditions(conditions);

    if (generation < targetGeneration || observed < generation) {
      return out.state(ReadinessState.PROGRESSING)
          .reason("GenerationNotObserved")
          .message("the operator has not yet acted on generation " + Math.max(generation, targetGeneration)
              + " (observed generation " + observed + ")")
          .build();
    }
    for (ConditionSnapshot c : conditions) {
      if (c.type().equals("Degraded") && c.status().equals("True")) {
        return failed(out, c);
      }
    }
    for (ConditionSnapshot c : conditions) {
      boolean complaining = (c.type().equals("Progressing") && c.status().equals("True"))
          || (c.type().equals("Available") && !c.status().equals("True"))
          || (c.type().equals("StorageExists") && c.status().equals("False"));
      if (complaining && FailureHints.permanent(c.message())) {
        return failed(out, c);
      }
    }
    Optional<ConditionSnapshot> notReady = conditions.stream()
        .filter(c -> c.type().equals("Available") && !c.status().equals("True")
            || c.type().equals("Progressing") && !c.status().equals("False"))
        .findFirst();
    boolean configAvailable = has(conditions, "Config", "Available", "True");
    boolean operatorAvailable = has(conditions, "ClusterOperator", "Available", "True");
    if (notReady.isEmpty() && configAvailable && operatorAvailable) {
      ConditionSnapshot available = conditions.stream()
          .filter(c -> c.source().equals("Config") && c.type().equals("Available"))
          .findFirst().orElseThrow();
      return out.state(ReadinessState.READY).reason(available.reason()).message(available.message()).build();
    }
    if (notReady.isEmpty() && configAvailable) {
      return out.state(ReadinessState.PROGRESSING)
          .reason("ClusterOperatorNotReported")
          .message("the Config is ready, but ClusterOperator " + RegistryObjects.CLUSTER_OPERATOR
              + (operator.isEmpty() ? " has not been reported yet" : " reports no Available=True yet")
              + "; the registry counts as ready once both do")
          .hint("Check `oc get clusteroperator " + RegistryObjects.CLUSTER_OPERATOR
              + "`: the cluster version operator creates it when the ImageRegistry capability is enabled")
          .build();
    }
    ConditionSnapshot why = notReady.orElseGet(() -> conditions.stream()
        .filter(c -> c.type().equals("Available")).findFirst()
        .orElse(ConditionSnapshot.of("Config", "Available", "Unknown", "NoStatus", "the operator has reported no conditions yet")));
    return out.state(ReadinessState.PROGRESSING)
        .reason(why.reason())
        .message(why.message())
        .hint(FailureHints.remedy(why.message()))
        .build();
  }

  private static Readiness failed(Readiness.Builder out, ConditionSnapshot c) {
    return out.state(ReadinessState.FAILED)
        .reason(c.reason())
        .message(c.source() + " " + c.type() + ": " + c.message())
        .hint(FailureHints.remedy(c.message()).or(() -> Optional.of(
            "See `oc get configs.imageregistry.operator.openshift.io cluster -o yaml` and the operator's logs "
                + "(`oc logs -n openshift-image-registry deployment/cluster-image-registry-operator`)")))
        .build();
  }

  private static boolean has(List<ConditionSnapshot> conditions, String source, String type, String status) {
    return conditions.stream().anyMatch(c -> c.source().equals(source) && c.type().equals(type) && c.status().equals(status));
  }

  private static String s(String value) {
    return Objects.toString(value, "");
  }
}
