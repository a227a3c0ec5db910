package dev.registrysdk.testkit.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.registrysdk.testkit.FakeOpenShift;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on Config {@code cluster}: readiness, conditions, storage, management state, replicas.
 * Each assertion reads the current object, so it can follow actions on the cluster.
 */
public final class RegistryAssert extends AbstractAssert<RegistryAssert, FakeOpenShift> {

  private static final List<String> BACKENDS = List.of("emptyDir", "s3", "gcs", "swift", "pvc", "azure", "ibmcos",
      "oss");

  RegistryAssert(FakeOpenShift cluster) {
    super(cluster, RegistryAssert.class);
  }

  private JsonNode config() {
    return actual.objects().get("imageregistry.operator.openshift.io/v1", "Config", null, "cluster")
        .orElseGet(() -> {
          failWithMessage("Expected Config \"cluster\" to exist, but it does not. It appears after a delay when the"
              + " cluster was built with configAppearsAfter(..) (advance the clock), and never without the"
              + " ImageRegistry capability.");
          return null;
        });
  }

  /** Verifies Available=True. */
  public RegistryAssert isAvailable() {
    return hasCondition("Available", "True");
  }

  /** Verifies Available=False. */
  public RegistryAssert isNotAvailable() {
    return hasCondition("Available", "False");
  }

  /** Verifies Progressing=True. */
  public RegistryAssert isProgressing() {
    return hasCondition("Progressing", "True");
  }

  /** Verifies Progressing=False. */
  public RegistryAssert isNotProgressing() {
    return hasCondition("Progressing", "False");
  }

  /** Verifies Degraded=True. */
  public RegistryAssert isDegraded() {
    return hasCondition("Degraded", "True");
  }

  /** Verifies Degraded=False. */
  public RegistryAssert isNotDegraded() {
    return hasCondition("Degraded", "False");
  }

  /** Verifies Removed=True. */
  public RegistryAssert isRemoved() {
    return hasCondition("Removed", "True");
  }

  /**
   * Verifies readiness as the engine defines it: {@code observedGeneration >= generation}, Available=True,
   * Progressing=False, Degraded=False.
   */
  public RegistryAssert isReady() {
    hasObservedCurrentGeneration();
    return isAvailable().isNotProgressing().isNotDegraded();
  }

  /** Verifies that the status describes the current generation. */
  public RegistryAssert hasObservedCurrentGeneration() {
    JsonNode config = config();
    long generation = config.path("metadata").path("generation").asLong();
    long observed = config.path("status").path("observedGeneration").asLong(0);
    if (observed < generation) {
      failWithMessage("Expected the registry status to describe generation %s, but it describes %s (is the"
          + " operator paused, or is a status delay configured? advance the clock or resume it)", generation,
          observed);
    }
    return this;
  }

  /** Verifies a condition's status. */
  public RegistryAssert hasCondition(String type, String status) {
    return hasCondition(type, status, null);
  }

  /** Verifies a condition's status and reason ({@code null}: any reason). */
  public RegistryAssert hasCondition(String type, String status, String reason) {
    ConditionsAssert.checkCondition("the registry (Config cluster)", config(), type, status, reason,
        m -> failWithMessage("%s", m));
    return this;
  }

  /** Verifies that a condition's message contains a text. */
  public RegistryAssert hasConditionMessageContaining(String type, String text) {
    new ConditionsAssert("the registry (Config cluster)", config()).hasConditionMessageContaining(type, text);
    return this;
  }

  /**
   * Verifies that exactly the given storage backend is configured in {@code spec.storage} (e.g. {@code
   * s3}, {@code pvc}, {@code emptyDir}).
   */
  public RegistryAssert hasStorage(String backend) {
    JsonNode storage = config().path("spec").path("storage");
    List<String> configured = new ArrayList<>();
    for (String b : BACKENDS) {
      if (storage.hasNonNull(b)) {
        configured.add(b);
      }
    }
    if (!configured.equals(List.of(backend))) {
      failWithMessage("Expected the registry to use storage %s only, but spec.storage configures %s%s", backend,
          configured.isEmpty() ? "nothing" : configured,
          configured.size() > 1 ? " (the operator requires exactly one backend: remove the others in the same"
              + " write)" : "");
    }
    return this;
  }

  /** Verifies {@code spec.managementState}. */
  public RegistryAssert hasManagementState(String state) {
    String actualState = config().path("spec").path("managementState").asText("");
    if (!state.equals(actualState)) {
      failWithMessage("Expected spec.managementState %s but it is %s", state, actualState.isEmpty() ? "<unset>"
          : actualState);
    }
    return this;
  }

  /** Verifies {@code spec.storage.managementState}. */
  public RegistryAssert hasStorageManagementState(String state) {
    String actualState = config().path("spec").path("storage").path("managementState").asText("");
    if (!state.equals(actualState)) {
      failWithMessage("Expected spec.storage.managementState %s but it is %s", state,
          actualState.isEmpty() ? "<unset>" : actualState);
    }
    return this;
  }

  /** Verifies {@code spec.replicas}. */
  public RegistryAssert hasReplicas(int replicas) {
    int actualReplicas = config().path("spec").path("replicas").asInt(-1);
    if (actualReplicas != replicas) {
      failWithMessage("Expected spec.replicas %s but it is %s", replicas, actualReplicas);
    }
    return this;
  }
}
