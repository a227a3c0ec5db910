package dev.registrysdk.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.registrysdk.api.access.RegistryRole;
import dev.registrysdk.api.access.RoleGrant;
import dev.registrysdk.api.access.Subject;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.core.cluster.TestFacts;
import dev.registrysdk.core.feature.FeatureResult;
import dev.registrysdk.core.plan.ObjectIntent;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccessFeatureTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static FeatureResult evaluate(AccessFeature feature, TestFacts cluster) {
    return feature.evaluate(cluster.observedFor(feature));
  }

  private static RoleBindingBuilder binding(String namespace, String name, String role) {
    return new RoleBindingBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
        .withNewRoleRef().withApiGroup("rbac.authorization.k8s.io").withKind("ClusterRole").withName(role).endRoleRef();
  }

  @Test
  @DisplayName("a grant is a RoleBinding named after the role, as oc policy add-role-to-user creates it")
  void newBinding() throws Exception {
    FeatureResult result = evaluate(AccessFeature.of(List.of(RoleGrant.of(RegistryRole.VIEWER, Subject.user("ocp-user"), "team-a"))),
        TestFacts.cluster());
    ObjectIntent intent = result.intents().get(0);
    assertThat(intent.key().toString()).isEqualTo("RoleBinding team-a/registry-viewer");
    assertThat(intent.document()).isEqualTo(JSON.readTree("""
        {"roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"registry-viewer"},
         "subjects":[{"kind":"User","apiGroup":"rbac.authorization.k8s.io","name":"ocp-user"}]}"""));
  }

  @Test
  @DisplayName("grants of one role in one namespace share a binding; a user and a group, each once")
  void sharedBinding() throws Exception {
    FeatureResult result = evaluate(AccessFeature.of(List.of(
        RoleGrant.of(RegistryRole.EDITOR, Subject.user("ocp-user"), "team-a"),
        RoleGrant.of(RegistryRole.EDITOR, Subject.group("ocp-user-group"), "team-a"),
        RoleGrant.of(RegistryRole.EDITOR, Subject.user("ocp-user"), "team-a"))), TestFacts.cluster());
    assertThat(result.intents()).singleElement().satisfies(i -> assertThat(i.document().get("subjects")).isEqualTo(JSON.readTree("""
        [{"kind":"User","apiGroup":"rbac.authorization.k8s.io","name":"ocp-user"},
         {"kind":"Group","apiGroup":"rbac.authorization.k8s.io","name":"ocp-user-group"}]""")));
  }

  @Test
  @DisplayName("adds to an existing binding's subjects, keeping them, and writes nothing when the subject is there")
  void existingBinding() throws Exception {
    TestFacts cluster = TestFacts.cluster().with(binding("team-a", "system:image-puller", "system:image-puller")
        .addNewSubject().withKind("ServiceAccount").withName("default").withNamespace("team-b").endSubject().build());

    FeatureResult added = evaluate(AccessFeature.of(List.of(
        RoleGrant.of(RegistryRole.IMAGE_PULLER, Subject.serviceAccount("team-c", "default"), "team-a"))), cluster);
    assertThat(added.intents().get(0).document().get("subjects")).isEqualTo(JSON.readTree("""
        [{"kind":"ServiceAccount","name":"default","namespace":"team-b"},
         {"kind":"ServiceAccount","name":"default","namespace":"team-c"}]"""));

    FeatureResult again = evaluate(AccessFeature.of(List.of(
        RoleGrant.of(RegistryRole.IMAGE_PULLER, Subject.user("system:serviceaccount:team-b:default"), "team-a"))), cluster);
    assertThat(again.intents()).isEmpty();
  }

  @Test
  @DisplayName("a binding of that name for another role is refused: its role cannot change")
  void roleMismatch() {
    TestFacts cluster = TestFacts.cluster().with(binding("team-a", "registry-viewer", "view").build());
    FeatureResult result = evaluate(AccessFeature.of(List.of(RoleGrant.of(RegistryRole.VIEWER, Subject.user("u"), "team-a"))), cluster);
    assertThat(result.findings()).extracting(Finding::code).containsExactly(AccessFindingCodes.ACCESS_BINDING_ROLE_MISMATCH);
    assertThat(result.intents()).isEmpty();
  }

  @Test
  @DisplayName("namespaces and service accounts must be valid names")
  void names() {
    FeatureResult result = evaluate(AccessFeature.of(List.of(
        RoleGrant.of(RegistryRole.VIEWER, Subject.user("u"), "Team_A"),
        RoleGrant.of(RegistryRole.VIEWER, Subject.serviceAccount("team-b", "Bad Name"), "team-b"))), TestFacts.cluster());
    assertThat(result.findings()).extracting(Finding::code)
        .containsExactly(AccessFindingCodes.ACCESS_NAMESPACE_INVALID, AccessFindingCodes.ACCESS_SUBJECT_INVALID);
  }

  @Test
  @DisplayName("warns when every user may push, or anyone may pull")
  void broad() {
    FeatureResult result = evaluate(AccessFeature.of(List.of(
        RoleGrant.of(RegistryRole.EDITOR, Subject.group("system:authenticated"), "team-a"),
        RoleGrant.of(RegistryRole.VIEWER, Subject.group("system:unauthenticated"), "team-a"))), TestFacts.cluster());
    assertThat(result.findings()).extracting(Finding::code)
        .containsExactly(AccessFindingCodes.ACCESS_BROAD_SUBJECT, AccessFindingCodes.ACCESS_BROAD_SUBJECT);
  }

  @Test
  @DisplayName("metrics access creates the prometheus-scraper ClusterRole and binds it")
  void metrics() throws Exception {
    FeatureResult result = evaluate(AccessFeature.metrics(List.of(Subject.user("alice"))), TestFacts.cluster());
    assertThat(result.intents()).extracting(i -> i.key().toString())
        .containsExactly("ClusterRole prometheus-scraper", "ClusterRoleBinding prometheus-scraper");
    assertThat(result.intents().get(0).document()).isEqualTo(JSON.readTree("""
        {"rules":[{"apiGroups":["image.openshift.io"],"resources":["registry/metrics"],"verbs":["get"]}]}"""));
    assertThat(result.intents().get(1).document().get("roleRef").get("name").asText()).isEqualTo("prometheus-scraper");
  }

  @Test
  @DisplayName("an existing prometheus-scraper role is kept when it allows the metrics, extended when it does not")
  void existingMetricsRole() {
    TestFacts allows = TestFacts.cluster().with(new ClusterRoleBuilder().withNewMetadata().withName("prometheus-scraper").endMetadata()
        .addNewRule().withApiGroups("image.openshift.io").withResources("registry/metrics").withVerbs("get").endRule().build());
    assertThat(evaluate(AccessFeature.metrics(List.of()), allows).intents()).isEmpty();

    TestFacts other = TestFacts.cluster().with(new ClusterRoleBuilder().withNewMetadata().withName("prometheus-scraper").endMetadata()
        .addNewRule().withApiGroups("").withResources("nodes/metrics").withVerbs("get").endRule().build());
    FeatureResult extended = evaluate(AccessFeature.metrics(List.of()), other);
    assertThat(extended.intents().get(0).document().get("rules")).hasSize(2);
    assertThat(extended.findings()).extracting(Finding::code).containsExactly(AccessFindingCodes.ACCESS_METRICS_ROLE_EXTENDED);
  }
}
