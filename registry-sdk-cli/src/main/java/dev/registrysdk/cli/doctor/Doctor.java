package dev.registrysdk.cli.doctor;

import dev.registrysdk.api.error.ClusterNotReadyException;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.RolloutStrategy;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.finding.Severity;
import dev.registrysdk.api.readiness.ConditionSnapshot;
import dev.registrysdk.api.readiness.Readiness;
import dev.registrysdk.api.readiness.ReadinessState;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.core.observe.ClusterObserver;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistrySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Explains a cluster's registry: its state, what the SDK's validation finds wrong with it as it
 * is, and what the operator reports, each with a remedy. Writes nothing.
 */
public final class Doctor {

  private final KubernetesClient client;

  /** A doctor for the cluster behind {@code client}. */
  public Doctor(KubernetesClient client) {
    this.client = client;
  }

  /** Reads the cluster and reports. */
  public DoctorReport examine() {
    ClusterFacts facts;
    try {
      facts = new ClusterObserver(client, Duration.ZERO).observe(Set.of(RegistryObjects.USER_CREDENTIALS), Set.of());
    } catch (ClusterNotReadyException e) {
      return new DoctorReport("", "", List.of(), -1, "", Optional.empty(), List.of(notReady(e)));
    }
    Config config = facts.registryConfig().orElseThrow();
    ImageRegistrySpec spec = config.getSpec() != null ? config.getSpec() : new ImageRegistrySpec();
    String state = Optional.ofNullable(spec.getManagementState()).orElse("");
    Readiness readiness = RegistryConfigurer.on(client).settleWindow(Duration.ZERO).readiness(Duration.ZERO);

    List<Diagnosis> diagnoses = new ArrayList<>();
    state(state, facts, readiness).ifPresent(diagnoses::add);
    List<String> backends = facts.currentBackends();
    if (backends.size() > 1) {
      diagnoses.add(new Diagnosis("STORAGE_BACKENDS_MULTIPLE", Severity.ERROR,
          "spec.storage names " + backends.size() + " backends " + backends + "; the operator needs exactly one and"
              + " configures nothing until then",
          operatorMessage(readiness, "exactly one storage type").orElse(null),
          "registryctl apply --storage <the one to keep> ... removes the others in the same write"
              + " (add --allow-data-loss if the registry holds images)"));
    }
    for (Finding finding : validate(facts, spec, backends)) {
      diagnoses.add(new Diagnosis(finding.code(), finding.severity(), finding.message(), null, CliRemedies.of(finding)));
    }
    operator(readiness, state).ifPresent(diagnoses::add);
    diagnoses.sort(Comparator.comparing(Diagnosis::severity));
    return new DoctorReport(facts.platformType(), state, backends, spec.getReplicas() == null ? 0 : spec.getReplicas(),
        Optional.ofNullable(spec.getRolloutStrategy()).orElse(""), Optional.of(readiness), diagnoses);
  }

  /**
   * The SDK's validation of the registry as it is: its own rules and its storage provider's, with
   * the current replicas and rollout strategy stated as if the user had asked for them (an unset
   * strategy is the deployment's default, RollingUpdate, as the operator counts it).
   */
  private List<Finding> validate(ClusterFacts facts, ImageRegistrySpec spec, List<String> backends) {
    RegistryConfigurer current = RegistryConfigurer.on(client).waitForConfig(Duration.ZERO)
        .rolloutStrategy(RolloutStrategy.fromWireValue(Optional.ofNullable(spec.getRolloutStrategy()).orElse(""))
            .orElse(RolloutStrategy.ROLLING_UPDATE));
    if (spec.getReplicas() != null) {
      current = current.replicas(spec.getReplicas());
    }
    if (backends.size() == 1) {
      current = facts.currentStorage().flatMap(CurrentStorage::provider).map(current::storage).orElse(current);
    }
    // The doctor changes nothing, so rules about changing storage do not apply.
    return current.intents().findings().stream().filter(f -> !f.code().startsWith("DATA_LOSS_")).toList();
  }

  private static Optional<Diagnosis> state(String state, ClusterFacts facts, Readiness readiness) {
    return switch (state) {
      case "Removed" -> Optional.of(new Diagnosis("REGISTRY_REMOVED", Severity.WARNING,
          "the registry is Removed: no registry runs, so builds and image streams that push to or pull from it fail."
              + " This is how the operator bootstraps on " + (facts.platformType().isEmpty() ? "platforms" : facts.platformType())
              + " without shared object storage",
          operatorMessage(readiness, "removed").orElse("The registry is removed"),
          "registryctl apply --managed --storage " + suggestedStorage(facts.platformType())));
      case "Unmanaged" -> Optional.of(new Diagnosis("REGISTRY_UNMANAGED", Severity.WARNING,
          "the registry is Unmanaged: the operator ignores every change to its configuration",
          operatorMessage(readiness, "unmanaged").orElse(null),
          "registryctl apply --managed, once the configuration is as it should be"));
      default -> Optional.empty();
    };
  }

  private static Optional<Diagnosis> operator(Readiness readiness, String state) {
    if (readiness.state() == ReadinessState.FAILED) {
      return Optional.of(new Diagnosis("OPERATOR_FAILED", Severity.ERROR,
          "the operator reports a failure that waiting will not fix (" + readiness.reason() + ")",
          readiness.message(), readiness.hint().orElse("See the conditions of the Config and ClusterOperator image-registry")));
    }
    if (readiness.state() == ReadinessState.PROGRESSING && !"Removed".equals(state)) {
      return Optional.of(new Diagnosis("OPERATOR_PROGRESSING", Severity.INFO,
          "the registry is not ready yet (" + readiness.reason() + ")", readiness.message(),
          readiness.hint().orElse("registryctl status --wait 10m")));
    }
    return readiness.conditions().stream()
        .filter(c -> c.type().equals("Degraded") && c.status().equals("True"))
        .findFirst()
        .map(c -> new Diagnosis("OPERATOR_DEGRADED", Severity.WARNING,
            c.source() + " is Degraded (" + c.reason() + ")", c.message(),
            "See the conditions with registryctl status; the operator's message says what failed"));
  }

  private static Optional<String> operatorMessage(Readiness readiness, String fragment) {
    String wanted = fragment.toLowerCase(Locale.ROOT);
    return readiness.conditions().stream().map(ConditionSnapshot::message)
        .filter(m -> m.toLowerCase(Locale.ROOT).contains(wanted)).findFirst();
  }

  private static Diagnosis notReady(ClusterNotReadyException e) {
    return new Diagnosis(e.reason().name(), Severity.ERROR, e.getMessage(), null,
        e.reason() == ClusterNotReadyException.Reason.CONFIG_NOT_FOUND
            ? "Retry in a few minutes; registryctl apply waits for it (--config-timeout)"
            : "Enable the ImageRegistry capability, or use an external registry");
  }

  private static String suggestedStorage(String platform) {
    return switch (platform) {
      case "AWS" -> "s3 --s3-bucket NAME";
      case "GCP" -> "gcs --gcs-bucket NAME";
      case "Azure" -> "azure";
      case "OpenStack" -> "swift";
      case "IBMCloud", "PowerVS" -> "ibmcos --ibmcos-bucket NAME";
      default -> "pvc (a ReadWriteMany claim; or odf-noobaa, s3; emptydir for non-production)";
    };
  }
}
