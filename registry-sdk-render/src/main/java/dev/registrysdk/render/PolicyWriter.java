package dev.registrysdk.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Writes an RHACM Policy whose ConfigurationPolicy requires ({@code musthave}) every object, with its placement. */
final class PolicyWriter {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String POLICY_API = "policy.open-cluster-management.io/v1";
  private static final String PLACEMENT_GROUP = "cluster.open-cluster-management.io";

  private PolicyWriter() {}

  /** Policy, Placement and PlacementBinding, in that order. */
  static List<ObjectNode> documents(AcmPolicy policy, List<Manifest> manifests) {
    String placementName = policy.name() + "-placement";
    return List.of(policy(policy, manifests), placement(policy, placementName), binding(policy, placementName));
  }

  private static ObjectNode policy(AcmPolicy policy, List<Manifest> manifests) {
    ObjectNode document = JSON.objectNode();
    document.put("apiVersion", POLICY_API);
    document.put("kind", "Policy");
    ObjectNode metadata = document.putObject("metadata");
    metadata.put("name", policy.name());
    metadata.put("namespace", policy.namespace());
    ObjectNode annotations = metadata.putObject("annotations");
    annotations.put("policy.open-cluster-management.io/standards", "NIST SP 800-53");
    annotations.put("policy.open-cluster-management.io/categories", "CM Configuration Management");
    annotations.put("policy.open-cluster-management.io/controls", "CM-2 Baseline Configuration");
    ObjectNode spec = document.putObject("spec");
    spec.put("remediationAction", policy.remediation().wireValue());
    spec.put("disabled", false);
    ObjectNode configurationPolicy = spec.putArray("policy-templates").addObject().putObject("objectDefinition");
    configurationPolicy.put("apiVersion", POLICY_API);
    configurationPolicy.put("kind", "ConfigurationPolicy");
    configurationPolicy.putObject("metadata").put("name", policy.name());
    ObjectNode configurationSpec = configurationPolicy.putObject("spec");
    // The Policy's remediationAction overrides this one; RHACM still requires the field.
    configurationSpec.put("remediationAction", policy.remediation().wireValue());
    configurationSpec.put("severity", policy.severity());
    ArrayNode templates = configurationSpec.putArray("object-templates");
    for (Manifest manifest : manifests) {
      ObjectNode template = templates.addObject();
      template.put("complianceType", "musthave");
      template.set("objectDefinition", manifest.body().deepCopy());
    }
    return document;
  }

  private static ObjectNode placement(AcmPolicy policy, String name) {
    ObjectNode document = JSON.objectNode();
    document.put("apiVersion", PLACEMENT_GROUP + "/v1beta1");
    document.put("kind", "Placement");
    ObjectNode metadata = document.putObject("metadata");
    metadata.put("name", name);
    metadata.put("namespace", policy.namespace());
    ObjectNode labels = document.putObject("spec").putArray("predicates").addObject()
        .putObject("requiredClusterSelector").putObject("labelSelector").putObject("matchLabels");
    for (Map.Entry<String, String> label : policy.clusterSelector().entrySet()) {
      labels.put(label.getKey(), label.getValue());
    }
    return document;
  }

  private static ObjectNode binding(AcmPolicy policy, String placementName) {
    ObjectNode document = JSON.objectNode();
    document.put("apiVersion", POLICY_API);
    document.put("kind", "PlacementBinding");
    ObjectNode metadata = document.putObject("metadata");
    metadata.put("name", placementName);
    metadata.put("namespace", policy.namespace());
    ObjectNode placementRef = document.putObject("placementRef");
    placementRef.put("apiGroup", PLACEMENT_GROUP);
    placementRef.put("kind", "Placement");
    placementRef.put("name", placementName);
    ObjectNode subject = document.putArray("subjects").addObject();
    subject.put("apiGroup", "policy.open-cluster-management.io");
    subject.put("kind", "Policy");
    subject.put("name", policy.name());
    return document;
  }
}
