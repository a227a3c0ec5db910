package dev.registrysdk.testkit.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.registrysdk.testkit.FakeOpenShift;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a whole fake cluster; navigate to the part under test.
 */
public final class FakeOpenShiftAssert extends AbstractAssert<FakeOpenShiftAssert, FakeOpenShift> {

  FakeOpenShiftAssert(FakeOpenShift actual) {
    super(actual, FakeOpenShiftAssert.class);
  }

  /** Assertions on Config {@code cluster} (imageregistry.operator.openshift.io). */
  public RegistryAssert registry() {
    isNotNull();
    return new RegistryAssert(actual);
  }

  /** Assertions on ClusterOperator {@code image-registry}. */
  public ConditionsAssert clusterOperator() {
    isNotNull();
    Optional<JsonNode> co = actual.objects().get("config.openshift.io/v1", "ClusterOperator", null, "image-registry");
    if (co.isEmpty()) {
      failWithMessage("Expected ClusterOperator image-registry to exist, but it does not (is the ImageRegistry"
          + " capability disabled?)");
    }
    return new ConditionsAssert("ClusterOperator image-registry", co.get());
  }

  /** Assertions on a Secret; fails when it does not exist. */
  public SecretAssert secret(String namespace, String name) {
    isNotNull();
    return new SecretAssert(actual, namespace, name);
  }

  /** Assertions on a ConfigMap; fails when it does not exist. */
  public ConfigMapAssert configMap(String namespace, String name) {
    isNotNull();
    return new ConfigMapAssert(actual, namespace, name);
  }

  /** Assertions on the request log. */
  public RequestLogAssert requests() {
    isNotNull();
    return new RequestLogAssert(actual.requests());
  }

  /** Verifies that an object exists. */
  public FakeOpenShiftAssert hasObject(String apiVersion, String kind, String namespace, String name) {
    isNotNull();
    if (actual.objects().get(apiVersion, kind, namespace, name).isEmpty()) {
      failWithMessage("Expected %s %s to exist, but it does not.%nThe cluster holds:%n%s", kind,
          namespace == null ? name : namespace + "/" + name, actual.describe());
    }
    return this;
  }

  /** Verifies that an object does not exist. */
  public FakeOpenShiftAssert doesNotHaveObject(String apiVersion, String kind, String namespace, String name) {
    isNotNull();
    if (actual.objects().get(apiVersion, kind, namespace, name).isPresent()) {
      failWithMessage("Expected %s %s not to exist, but it does", kind, namespace == null ? name
          : namespace + "/" + name);
    }
    return this;
  }
}
