package dev.registrysdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.access.RegistryRole;
import dev.registrysdk.api.access.Subject;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleRefBuilder;
import io.fabric8.kubernetes.api.model.rbac.SubjectBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccessApplyTest {

  private FeatureCluster cluster;

  @BeforeEach
  void start() {
    cluster = FeatureCluster.current();
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private RoleBinding binding(String namespace, String name) {
    return cluster.client.rbac().roleBindings().inNamespace(namespace).withName(name).get();
  }

  @Test
  @DisplayName("seed 001 §5.1: the RoleBindings oc policy add-role-to-user registry-viewer and registry-editor create")
  void seed001Roles() {
    cluster.configurer()
        .grant(RegistryRole.VIEWER, Subject.user("alice"), "team-a")
        .grant(RegistryRole.EDITOR, Subject.user("bob"), "team-a")
        .apply();

    // oc policy add-role-to-user registry-viewer alice -n team-a
    RoleBinding byHand = new RoleBindingBuilder().withNewMetadata().withName("registry-viewer").withNamespace("team-a").endMetadata()
        .withRoleRef(new RoleRefBuilder().withApiGroup("rbac.authorization.k8s.io").withKind("ClusterRole").withName("registry-viewer").build())
        .withSubjects(new SubjectBuilder().withApiGroup("rbac.authorization.k8s.io").withKind("User").withName("alice").build())
        .build();
    RoleBinding viewer = binding("team-a", "registry-viewer");
    assertThat(viewer.getRoleRef()).isEqualTo(byHand.getRoleRef());
    assertThat(viewer.getSubjects()).isEqualTo(byHand.getSubjects());
    assertThat(binding("team-a", "registry-editor").getSubjects()).extracting(s -> s.getName()).containsExactly("bob");
  }

  @Test
  @DisplayName("seed 004: users and groups of one role share one binding, and a repeated apply writes nothing")
  void seed004UsersAndGroups() {
    // oc policy add-role-to-user registry-viewer ocp-user; oc policy add-role-to-group registry-viewer ocp-user-group
    // (oc would put the group into a second binding, registry-viewer-0; the SDK keeps one binding per role)
    RegistryConfigurer grants = cluster.configurer()
        .grant(RegistryRole.VIEWER, Subject.user("ocp-user"), "team-a")
        .grant(RegistryRole.VIEWER, Subject.group("ocp-user-group"), "team-a")
        .grant(RegistryRole.EDITOR, Subject.user("ocp-user"), "team-a")
        .grant(RegistryRole.EDITOR, Subject.group("ocp-user-group"), "team-a");
    ApplyResult first = grants.apply();

    assertThat(first.changes()).extracting(c -> c.target().toString())
        .containsExactly("RoleBinding team-a/registry-viewer", "RoleBinding team-a/registry-editor");
    assertThat(binding("team-a", "registry-viewer").getSubjects()).extracting(s -> s.getKind() + " " + s.getName())
        .containsExactly("User ocp-user", "Group ocp-user-group");
    cluster.clearRequests();
    assertThat(grants.apply().changed()).isFalse();
    assertThat(cluster.writes()).isEmpty();
  }

  @Test
  @DisplayName("a builder service account gets system:image-builder for pushes, as seed 001 §5.2 asks")
  void imageBuilder() {
    cluster.configurer().grant(RegistryRole.IMAGE_BUILDER, Subject.serviceAccount("team-a", "builder"), "team-a").apply();
    assertThat(binding("team-a", "system:image-builder").getSubjects()).singleElement().satisfies(s -> {
      assertThat(s.getKind()).isEqualTo("ServiceAccount");
      assertThat(s.getNamespace()).isEqualTo("team-a");
      assertThat(s.getApiGroup()).isNull();
    });
  }

  @Test
  @DisplayName("seed 001 §5.5: the prometheus-scraper ClusterRole and what oc adm policy add-cluster-role-to-user binds")
  void seed001Metrics() {
    cluster.configurer().metricsAccess(Subject.user("prometheus-user")).apply();

    ClusterRole byHand = new ClusterRoleBuilder().withNewMetadata().withName("prometheus-scraper").endMetadata()
        .withRules(new PolicyRuleBuilder().withApiGroups("image.openshift.io").withResources("registry/metrics").withVerbs("get").build())
        .build();
    ClusterRole role = cluster.client.rbac().clusterRoles().withName("prometheus-scraper").get();
    assertThat(role.getRules()).isEqualTo(byHand.getRules());
    ClusterRoleBinding binding = cluster.client.rbac().clusterRoleBindings().withName("prometheus-scraper").get();
    assertThat(binding.getRoleRef().getName()).isEqualTo("prometheus-scraper");
    assertThat(binding.getSubjects()).extracting(s -> s.getKind() + " " + s.getName()).containsExactly("User prometheus-user");
  }

  @Test
  @DisplayName("adding a subject to an existing binding sends the whole list, the existing subject first")
  void existingBinding() throws Exception {
    cluster.configurer().grant(RegistryRole.VIEWER, Subject.user("alice"), "team-a").apply();

    ApplyResult result = cluster.configurer().grant(RegistryRole.VIEWER, Subject.group("devs"), "team-a").apply();

    String alice = "{\"kind\":\"User\",\"apiGroup\":\"rbac.authorization.k8s.io\",\"name\":\"alice\"}";
    String devs = "{\"kind\":\"Group\",\"apiGroup\":\"rbac.authorization.k8s.io\",\"name\":\"devs\"}";
    assertThat(result.changes().get(0).diff()).containsExactly("subjects: [" + alice + "] -> [" + alice + "," + devs + "]");
    var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.changes().get(0).body());
    assertThat(body.get("subjects")).extracting(s -> s.get("name").asText()).containsExactly("alice", "devs");
    assertThat(body.has("roleRef")).as("an unchanged roleRef is not sent").isFalse();
  }
}
