package dev.registrysdk.testkit.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kubectl commands that grant registry roles by hand ({@code oc policy add-role-to-user} and
 * {@code oc adm policy add-cluster-role-to-user} as kubectl spells them) send their bindings as
 * Protobuf, which the fake decodes as the real API server does.
 */
@DisplayName("kubectl create rolebinding and clusterrolebinding work against a fake cluster")
class KubectlRbacTest {

  @TempDir
  Path dir;

  @Test
  @DisplayName("kubectl create rolebinding stores the binding with every kind of subject")
  void roleBinding() throws Exception {
    assumeTrue(Kubectl.available(), "kubectl is not on the PATH; skipping the kubectl RBAC tests");
    try (FakeOpenShift cluster = FakeOpenShift.vSphere().start()) {
      Kubectl kubectl = new Kubectl(cluster.writeKubeconfig(dir.resolve("kubeconfig")), dir.resolve("cache"));
      Kubectl.Result result = kubectl.run("create", "rolebinding", "registry-viewer", "--clusterrole=registry-viewer",
          "--user=ocp-user", "--group=ocp-user-group", "--serviceaccount=team-b:builder", "-n", "default");
      assertThat(result.output()).contains("rolebinding.rbac.authorization.k8s.io/registry-viewer created");

      RoleBinding binding = cluster.client().rbac().roleBindings().inNamespace("default").withName("registry-viewer")
          .get();
      assertThat(binding.getRoleRef().getKind()).isEqualTo("ClusterRole");
      assertThat(binding.getRoleRef().getName()).isEqualTo("registry-viewer");
      assertThat(binding.getRoleRef().getApiGroup()).isEqualTo("rbac.authorization.k8s.io");
      assertThat(binding.getSubjects()).extracting(Subject::getKind, Subject::getName, Subject::getNamespace)
          .containsExactly(
              tuple("User", "ocp-user", null),
              tuple("Group", "ocp-user-group", null),
              tuple("ServiceAccount", "builder", "team-b"));
      assertThat(binding.getMetadata().getManagedFields()).extracting(f -> f.getManager())
          .containsExactly("kubectl-create");
    }
  }

  @Test
  @DisplayName("kubectl create clusterrolebinding binds the metrics role as the documented procedure does")
  void clusterRoleBinding() throws Exception {
    assumeTrue(Kubectl.available(), "kubectl is not on the PATH; skipping the kubectl RBAC tests");
    try (FakeOpenShift cluster = FakeOpenShift.vSphere().start()) {
      Kubectl kubectl = new Kubectl(cluster.writeKubeconfig(dir.resolve("kubeconfig")), dir.resolve("cache"));
      assertThat(kubectl.run("create", "clusterrolebinding", "prometheus-scraper",
          "--clusterrole=prometheus-scraper", "--user=alice").output())
          .contains("clusterrolebinding.rbac.authorization.k8s.io/prometheus-scraper created");
      assertThat(kubectl.run("create", "clusterrolebinding", "prometheus-scraper",
          "--clusterrole=prometheus-scraper", "--user=alice").output())
          .contains("\"prometheus-scraper\" already exists");

      ClusterRoleBinding binding = cluster.client().rbac().clusterRoleBindings().withName("prometheus-scraper").get();
      assertThat(binding.getRoleRef().getName()).isEqualTo("prometheus-scraper");
      assertThat(binding.getSubjects()).singleElement().satisfies(subject -> {
        assertThat(subject.getKind()).isEqualTo("User");
        assertThat(subject.getName()).isEqualTo("alice");
      });
    }
  }
}
