package dev.registrysdk.testkit.standalone;

import static dev.registrysdk.testkit.assertj.FakeOpenShiftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.registrysdk.testkit.FakeOpenShift;
import dev.registrysdk.testkit.Platform;
import dev.registrysdk.testkit.junit.WithFakeOpenShift;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each test gets a fresh vSphere cluster, so no test sees another's changes. */
@WithFakeOpenShift(platform = Platform.VSPHERE)
@DisplayName("The real kubectl works against a fake cluster")
class KubectlCompatibilityTest {

  private static final String CONFIG = "configs.imageregistry.operator.openshift.io";

  @TempDir
  Path dir;

  FakeOpenShift cluster;

  private Kubectl kubectl;

  @BeforeAll
  static void requireKubectl() {
    assumeTrue(Kubectl.available(), "kubectl is not on the PATH; skipping the kubectl compatibility tests");
  }

  @BeforeEach
  void kubectl() {
    kubectl = new Kubectl(cluster.writeKubeconfig(dir.resolve("kubeconfig")), dir.resolve("cache"));
  }

  private Config config() {
    return cluster.client().imageRegistryOperatorConfigs().withName("cluster").get();
  }

  @Test
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
  @DisplayName("kubectl get lists the Configs as a table")
  void listTable() throws Exception {
    Kubectl.Result result = kubectl.run("get", CONFIG);
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output().lines().toList()).hasSize(2).satisfies(lines -> {
      assertThat(lines.get(0)).startsWith("NAME").contains("AGE");
      assertThat(lines.get(1)).startsWith("cluster ");
    });
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
        "{\"spec\":{\"managementState\":\"Managed\",\"storage\":{\"pvc\":{\"claim\":\"absent\"}}}}");
    assertThat(cluster).registry().isNotAvailable();
    Process wait = kubectl.start("wait", "--for=condition=Available=True", CONFIG + "/cluster", "--timeout=30s");
    cluster.client().imageRegistryOperatorConfigs().withName("cluster").patch(PatchContext.of(PatchType.JSON_MERGE),
        "{\"spec\":{\"storage\":{\"pvc\":null,\"emptyDir\":{}}}}");
    Kubectl.Result result = Kubectl.finish(wait);
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("condition met");
  }

  @Test
  @DisplayName("kubectl apply -f configures the Config, and a field left out of the next apply returns to its default")
  void clientSideApply() throws Exception {
    Path file = Kubectl.write(dir, "config.yaml", "apiVersion: imageregistry.operator.openshift.io/v1\n"
        + "kind: Config\nmetadata:\n  name: cluster\nspec:\n  managementState: Managed\n  replicas: 1\n"
        + "  logLevel: Debug\n  storage:\n    emptyDir: {}\n");
    Kubectl.Result first = kubectl.run("apply", "-f", file.toString());
    assertThat(first.exitCode()).as(first.output()).isZero();
    assertThat(first.output()).contains("config.imageregistry.operator.openshift.io/cluster configured");
    assertThat(cluster).registry().isReady().hasStorage("emptyDir");
    assertThat(config().getSpec().getLogLevel()).isEqualTo("Debug");
    assertThat(config().getMetadata().getAnnotations())
        .containsKey("kubectl.kubernetes.io/last-applied-configuration");

    Kubectl.write(dir, "config.yaml", "apiVersion: imageregistry.operator.openshift.io/v1\nkind: Config\n"
        + "metadata:\n  name: cluster\nspec:\n  managementState: Managed\n  replicas: 1\n  storage:\n"
        + "    emptyDir: {}\n");
    assertThat(kubectl.run("apply", "-f", file.toString()).output())
        .contains("config.imageregistry.operator.openshift.io/cluster configured");
    assertThat(config().getSpec().getLogLevel()).isEqualTo("Normal");
    assertThat(cluster).registry().isReady().hasObservedCurrentGeneration();
  }

  @Test
  @DisplayName("kubectl apply --server-side applies the Config with its field manager")
  void serverSideApply() throws Exception {
    Path file = Kubectl.write(dir, "config.yaml", "apiVersion: imageregistry.operator.openshift.io/v1\nkind: Config\n"
        + "metadata:\n  name: cluster\nspec:\n  replicas: 1\n  logLevel: Debug\n");
    Kubectl.Result result = kubectl.run("apply", "--server-side", "--force-conflicts", "-f", file.toString());
    assertThat(result.output()).contains("serverside-applied");
    assertThat(config().getMetadata().getManagedFields())
        .anySatisfy(f -> assertThat(f.getManager()).isEqualTo("kubectl"));
  }

  @Test
  @DisplayName("kubectl delete removes a Route it applied")
  void deleteRoute() throws Exception {
    Path file = Kubectl.write(dir, "route.yaml", "apiVersion: route.openshift.io/v1\nkind: Route\nmetadata:\n"
        + "  name: mine\n  namespace: openshift-image-registry\nspec:\n  to:\n    kind: Service\n"
        + "    name: image-registry\n");
    assertThat(kubectl.run("apply", "-f", file.toString()).output()).contains("route.route.openshift.io/mine created");
    assertThat(cluster.client().routes().inNamespace("openshift-image-registry").withName("mine").get().getSpec()
        .getHost()).isEqualTo("mine-openshift-image-registry.apps.testkit.example.com");
    Kubectl.Result result = kubectl.run("delete", "route", "mine", "-n", "openshift-image-registry");
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("route.route.openshift.io \"mine\" deleted");
    assertThat(cluster.client().routes().inNamespace("openshift-image-registry").withName("mine").get()).isNull();
  }

  @Test
  @DisplayName("kubectl delete of the Config lets the operator finalize it and bootstrap a new one")
  void deleteConfig() throws Exception {
    String uid = config().getMetadata().getUid();
    Kubectl.Result result = kubectl.run("delete", CONFIG, "cluster", "--timeout=20s");
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("config.imageregistry.operator.openshift.io \"cluster\" deleted");
    Config fresh = config();
    assertThat(fresh.getMetadata().getUid()).isNotEqualTo(uid);
    assertThat(fresh.getMetadata().getFinalizers()).containsExactly("imageregistry.operator.openshift.io/finalizer");
    assertThat(cluster).registry().isRemoved();
  }

  @Test
  @DisplayName("kubectl finds the kinds of CustomResourceDefinitions it applied and dry-runs their objects on the server")
  void customResources() throws Exception {
    Path definitions = Kubectl.write(dir, "crds.yaml", String.join("---\n",
        definition("argoproj.io", "v1alpha1", "Application", "applications"),
        definition("policy.open-cluster-management.io", "v1", "Policy", "policies"),
        definition("cluster.open-cluster-management.io", "v1beta1", "Placement", "placements"),
        definition("policy.open-cluster-management.io", "v1", "PlacementBinding", "placementbindings",
            "placementRef", "subjects[]"),
        definition("external-secrets.io", "v1beta1", "ExternalSecret", "externalsecrets")));
    Kubectl.Result created = kubectl.run("apply", "-f", definitions.toString());
    assertThat(created.exitCode()).as(created.output()).isZero();
    assertThat(created.output()).contains(
        "customresourcedefinition.apiextensions.k8s.io/applications.argoproj.io created",
        "customresourcedefinition.apiextensions.k8s.io/externalsecrets.external-secrets.io created");

    Path objects = Kubectl.write(dir, "objects.yaml", String.join("---\n",
        "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: registry\n  namespace: default\n"
            + "spec:\n  project: default\n  source:\n    repoURL: https://git.example.com/registry.git\n"
            + "    path: resources\n  destination:\n    server: https://kubernetes.default.svc\n",
        "apiVersion: policy.open-cluster-management.io/v1\nkind: Policy\nmetadata:\n  name: registry\n"
            + "  namespace: default\nspec:\n  remediationAction: enforce\n  disabled: false\n  policy-templates: []\n",
        "apiVersion: cluster.open-cluster-management.io/v1beta1\nkind: Placement\nmetadata:\n  name: registry\n"
            + "  namespace: default\nspec:\n  predicates: []\n",
        "apiVersion: policy.open-cluster-management.io/v1\nkind: PlacementBinding\nmetadata:\n  name: registry\n"
            + "  namespace: default\nplacementRef:\n  name: registry\n  kind: Placement\n"
            + "  apiGroup: cluster.open-cluster-management.io\nsubjects:\n- name: registry\n  kind: Policy\n"
            + "  apiGroup: policy.open-cluster-management.io\n",
        "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: registry-s3\n"
            + "  namespace: openshift-image-registry\nspec:\n  secretStoreRef:\n    name: vault\n"
            + "    kind: ClusterSecretStore\n  target:\n    name: image-registry-private-configuration-user\n"));
    Kubectl.Result dryRun = kubectl.run("apply", "--dry-run=server", "-f", objects.toString());
    assertThat(dryRun.exitCode()).as(dryRun.output()).isZero();
    assertThat(dryRun.output()).contains("application.argoproj.io/registry created (server dry run)",
        "policy.policy.open-cluster-management.io/registry created (server dry run)",
        "placement.cluster.open-cluster-management.io/registry created (server dry run)",
        "placementbinding.policy.open-cluster-management.io/registry created (server dry run)",
        "externalsecret.external-secrets.io/registry-s3 created (server dry run)");
    assertThat(kubectl.run("get", "applications.argoproj.io", "-A").output()).contains("No resources found");
  }

  /**
   * A minimal namespaced CustomResourceDefinition whose {@code spec}, {@code status} and the given
   * top-level fields keep whatever they hold ({@code name[]} for a list of objects).
   */
  private static String definition(String group, String version, String kind, String plural, String... rootFields) {
    StringBuilder fields = new StringBuilder();
    for (String field : rootFields) {
      if (field.endsWith("[]")) {
        fields.append("          ").append(field, 0, field.length() - 2).append(":\n")
            .append("            type: array\n            items:\n              type: object\n")
            .append("              x-kubernetes-preserve-unknown-fields: true\n");
      } else {
        fields.append("          ").append(field).append(":\n            type: object\n")
            .append("            x-kubernetes-preserve-unknown-fields: true\n");
      }
    }
    return "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: " + plural + "."
        + group + "\nspec:\n  group: " + group + "\n  scope: Namespaced\n  names:\n    kind: " + kind + "\n"
        + "    plural: " + plural + "\n    singular: " + kind.toLowerCase(java.util.Locale.ROOT) + "\n"
        + "    listKind: " + kind + "List\n  versions:\n  - name: " + version + "\n    served: true\n"
        + "    storage: true\n    subresources:\n      status: {}\n    schema:\n      openAPIV3Schema:\n"
        + "        type: object\n        properties:\n          spec:\n            type: object\n"
        + "            x-kubernetes-preserve-unknown-fields: true\n          status:\n            type: object\n"
        + "            x-kubernetes-preserve-unknown-fields: true\n" + fields;
  }
}
