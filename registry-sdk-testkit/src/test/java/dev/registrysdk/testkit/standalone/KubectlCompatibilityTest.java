package dev.registrysdk.testkit.standalone;

import static dev.registrysdk.testkit.assertj.FakeOpenShiftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The real kubectl works against a fake cluster")
class KubectlCompatibilityTest {

  private static final String CONFIG = "configs.imageregistry.operator.openshift.io";

  @TempDir
  static Path dir;

  private static FakeOpenShift cluster;
  private static Kubectl kubectl;

  @BeforeAll
  static void start() {
    assumeTrue(Kubectl.available(), "kubectl is not on the PATH; skipping the kubectl compatibility tests");
    cluster = FakeOpenShift.vSphere().start();
    kubectl = new Kubectl(cluster.writeKubeconfig(dir.resolve("kubeconfig")), dir.resolve("cache"));
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @org.junit.jupiter.api.Order(1)
  @DisplayName("kubectl version reads the server version")
  void version() throws Exception {
    assertThat(kubectl.run("version").output()).contains("Server Version: v1.31.6");
  }

  @Test
  @DisplayName("kubectl get prints the ClusterOperator table with its printer columns")
  void getTable() throws Exception {
    Kubectl.Result result = kubectl.run("get", "co", "image-registry");
    assertThat(result.exitCode()).isZero();
    assertThat(result.output()).contains("NAME", "AVAILABLE", "PROGRESSING", "DEGRADED", "image-registry");
  }

  @Test
  @DisplayName("kubectl get -o json and -o yaml print the Config")
  void getJsonAndYaml() throws Exception {
    assertThat(kubectl.run("get", CONFIG, "cluster", "-o", "json").output()).contains("\"kind\": \"Config\"",
        "\"managementState\":");
    assertThat(kubectl.run("get", CONFIG, "cluster", "-o", "yaml").output()).contains("kind: Config",
        "managementState:");
  }

  @Test
  @DisplayName("kubectl patch --type merge changes the Config and the operator reacts")
  void patchMerge() throws Exception {
    Kubectl.Result result = kubectl.run("patch", CONFIG, "cluster", "--type", "merge", "-p",
        "{\"spec\":{\"managementState\":\"Managed\",\"storage\":{\"emptyDir\":{}}}}");
    assertThat(result.output()).contains("patched");
    assertThat(cluster).registry().isReady().hasStorage("emptyDir");
    assertThat(kubectl.run("wait", "--for=condition=Available", CONFIG + "/cluster", "--timeout=20s").output())
        .contains("condition met");
  }

  @Test
  @DisplayName("kubectl wait returns once the operator reports Available after a later change")
  void waitForLaterChange() throws Exception {
    cluster.client().imageRegistryOperatorConfigs().withName("cluster").patch(PatchContext.of(PatchType.JSON_MERGE),
        "{\"spec\":{\"managementState\":\"Managed\",\"storage\":{\"emptyDir\":null,\"pvc\":{\"claim\":\"absent\"}}}}");
    assertThat(cluster).registry().isNotAvailable();
    Process wait = kubectl.start("wait", "--for=condition=Available=True", CONFIG + "/cluster", "--timeout=30s");
    cluster.client().imageRegistryOperatorConfigs().withName("cluster").patch(PatchContext.of(PatchType.JSON_MERGE),
        "{\"spec\":{\"storage\":{\"pvc\":null,\"emptyDir\":{}}}}");
    Kubectl.Result result = Kubectl.finish(wait);
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("condition met");
  }

  @Test
  @DisplayName("kubectl apply -f creates and then updates with the last-applied annotation")
  void clientSideApply() throws Exception {
    Path file = Kubectl.write(dir, "cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: applied\n"
        + "  namespace: default\ndata:\n  a: \"1\"\n");
    assertThat(kubectl.run("apply", "-f", file.toString()).output()).contains("configmap/applied created");
    Kubectl.write(dir, "cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: applied\n"
        + "  namespace: default\ndata:\n  b: \"2\"\n");
    assertThat(kubectl.run("apply", "-f", file.toString()).output()).contains("configmap/applied configured");
    var stored = cluster.client().configMaps().inNamespace("default").withName("applied").get();
    assertThat(stored.getData()).containsOnlyKeys("b");
    assertThat(stored.getMetadata().getAnnotations()).containsKey("kubectl.kubernetes.io/last-applied-configuration");
  }

  @Test
  @DisplayName("kubectl apply --server-side applies the Config with its field manager")
  void serverSideApply() throws Exception {
    Path file = Kubectl.write(dir, "config.yaml", "apiVersion: imageregistry.operator.openshift.io/v1\nkind: Config\n"
        + "metadata:\n  name: cluster\nspec:\n  replicas: 1\n  logLevel: Debug\n");
    Kubectl.Result result = kubectl.run("apply", "--server-side", "--force-conflicts", "-f", file.toString());
    assertThat(result.output()).contains("serverside-applied");
    assertThat(cluster.client().imageRegistryOperatorConfigs().withName("cluster").get().getMetadata()
        .getManagedFields()).anySatisfy(f -> assertThat(f.getManager()).isEqualTo("kubectl"));
  }

  @Test
  @DisplayName("kubectl delete removes an object")
  void delete() throws Exception {
    cluster.client().configMaps().inNamespace("default").resource(new io.fabric8.kubernetes.api.model.ConfigMapBuilder()
        .withNewMetadata().withName("doomed").endMetadata().build()).create();
    assertThat(kubectl.run("delete", "configmap", "doomed").output()).contains("configmap \"doomed\" deleted");
    assertThat(cluster.client().configMaps().inNamespace("default").withName("doomed").get()).isNull();
  }
}
