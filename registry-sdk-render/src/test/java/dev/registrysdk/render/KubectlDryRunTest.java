package dev.registrysdk.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.registrysdk.api.RegistryRoute;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.pvc.Pvc;
import dev.registrysdk.storage.s3.S3;
import dev.registrysdk.storage.s3.TrustedCa;
import dev.registrysdk.testkit.FakeOpenShift;
import dev.registrysdk.testkit.standalone.StandaloneMain;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rendered folders are what {@code kubectl} accepts: {@code kubectl apply --dry-run=server -f} of
 * {@code resources/}, {@code argocd/} and {@code acm/} against the testkit's fake cluster started as its
 * standalone server (serving the add-ons' kinds from CustomResourceDefinitions created over the API), and {@code kubectl kustomize} on the
 * folder. Skipped when {@code kubectl} is not on the PATH.
 */
class KubectlDryRunTest {

  private FakeOpenShift cluster;
  private Path kubeconfig;

  @TempDir
  Path dir;

  @BeforeAll
  static void kubectlOnPath() {
    assumeTrue(Kubectl.available(), "kubectl is not on the PATH; the rendered manifests are not checked with kubectl");
  }

  @BeforeEach
  void start() {
    // the testkit's standalone server, as `java -jar registry-sdk-testkit-*-standalone.jar` starts it
    kubeconfig = dir.resolve("kubeconfig");
    cluster = StandaloneMain.start("--platform", "baremetal", "--port", "0", "--kubeconfig", kubeconfig.toString());
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private Path render(RegistryConfigurer desired, java.util.function.UnaryOperator<GitOpsRenderer> options) {
    Path out = dir.resolve("out");
    options.apply(GitOpsRenderer.of(desired.intents())).render().writeTo(out);
    return out;
  }

  @Test
  @DisplayName("kubectl apply --dry-run=server accepts the resources of a block-storage registry with a route")
  void blockStorageAccepted() throws Exception {
    Path out = render(RegistryConfigurer.on(cluster.client()).managed().storage(Pvc.block())
        .route(RegistryRoute.named("internal").hostname("registry-int.apps.example.com")), r -> r);

    Kubectl.Result result = Kubectl.run(kubeconfig, "apply", "--dry-run=server", "-f", out.resolve("resources").toString());

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("config.imageregistry.operator.openshift.io/cluster configured (server dry run)")
        .contains("persistentvolumeclaim/image-registry-storage created (server dry run)");
    assertThat(cluster.client().persistentVolumeClaims().inNamespace("openshift-image-registry")
        .withName("image-registry-storage").get()).isNull();
  }

  @Test
  @DisplayName("kubectl apply --dry-run=server accepts the resources of MinIO storage with its CA, Argo CD annotations included")
  void minioAccepted() throws Exception {
    Path out = render(RegistryConfigurer.on(cluster.client()).managed()
        .storage(S3.compatible("ocp-registry", "https://s3.example.com").region("local")
            .credentials("CANARY-A", "CANARY-B").trustedCa(TrustedCa.fromPem(TestCertificates.CERTIFICATE))),
        r -> r.argoCd(ArgoCdApplication.of("https://git.example.com/fleet.git", "registry")));

    Kubectl.Result result = Kubectl.run(kubeconfig, "apply", "--dry-run=server", "-f", out.resolve("resources").toString());

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("configmap/image-registry-s3-bundle created (server dry run)");
  }

  @Test
  @DisplayName("kubectl apply --dry-run=server accepts the resources of trust, sources, mirrors, access, pull secret and pruner")
  void clusterFeaturesAccepted() throws Exception {
    cluster.client().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("team-a").endMetadata().build())
        .create();
    cluster.client().serviceAccounts().inNamespace("team-a").resource(new ServiceAccountBuilder().withNewMetadata()
        .withName("default").withNamespace("team-a").endMetadata().build()).create();
    Path out = render(ClusterFeaturesRenderTest.everything(cluster), r -> r);

    Kubectl.Result result = Kubectl.run(kubeconfig, "apply", "--dry-run=server", "-f", out.resolve("resources").toString());

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("imagedigestmirrorset.config.openshift.io/ubi8repo created (server dry run)",
        "rolebinding.rbac.authorization.k8s.io/system:image-builder created (server dry run)",
        "image.config.openshift.io/cluster configured (server dry run)",
        "imagepruner.imageregistry.operator.openshift.io/cluster configured (server dry run)");
    assertThat(Kubectl.run(kubeconfig, "kustomize", out.toString()).exitCode()).isZero();
  }

  @Test
  @DisplayName("kubectl kustomize builds the folder, external secrets included")
  void kustomizeBuilds() throws Exception {
    Path out = render(RegistryConfigurer.on(cluster.client()).managed()
        .storage(S3.compatible("ocp-registry", "https://s3.example.com").region("local")
            .credentials("CANARY-A", "CANARY-B")),
        r -> r.secrets(SecretHandling.externalSecrets("vault")));

    Kubectl.Result result = Kubectl.run(kubeconfig, "kustomize", out.toString());

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("kind: ExternalSecret").contains("kind: Config").doesNotContain("CANARY");
  }

  @Test
  @DisplayName("kubectl apply --dry-run=server accepts every rendered folder where their kinds are served:"
      + " resources with ExternalSecrets, the Argo CD Application and the RHACM Policy, Placement and PlacementBinding")
  void wholeBundleAccepted() throws Exception {
    for (CustomResourceDefinition definition : List.of(
        definition("argoproj.io", "v1alpha1", "Application", "applications"),
        definition("policy.open-cluster-management.io", "v1", "Policy", "policies"),
        definition("cluster.open-cluster-management.io", "v1beta1", "Placement", "placements"),
        definition("policy.open-cluster-management.io", "v1", "PlacementBinding", "placementbindings"),
        definition("external-secrets.io", "v1beta1", "ExternalSecret", "externalsecrets"))) {
      cluster.client().apiextensions().v1().customResourceDefinitions().resource(definition).create();
    }
    for (String namespace : List.of("openshift-gitops", "policies")) {
      cluster.client().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata()
          .build()).create();
    }
    Path out = render(RegistryConfigurer.on(cluster.client()).managed()
        .storage(S3.compatible("ocp-registry", "https://s3.example.com").region("local")
            .credentials("CANARY-A", "CANARY-B")),
        r -> r.secrets(SecretHandling.externalSecrets("vault"))
            .argoCd(ArgoCdApplication.of("https://git.example.com/fleet.git", "registry"))
            .acmPolicy(AcmPolicy.named("image-registry")));
    cluster.requests().clear();

    StringBuilder outputs = new StringBuilder();
    for (String folder : List.of("resources", "argocd", "acm")) {
      Kubectl.Result result = Kubectl.run(kubeconfig, "apply", "--dry-run=server", "-f", out.resolve(folder).toString());
      assertThat(result.exitCode()).as(folder + ": " + result.output()).isZero();
      outputs.append(result.output());
    }
    assertThat(outputs.toString()).doesNotContain("CANARY")
        .contains("externalsecret.external-secrets.io/", "application.argoproj.io/image-registry created (server dry run)",
            "policy.policy.open-cluster-management.io/image-registry created (server dry run)",
            "placement.cluster.open-cluster-management.io/", "placementbinding.policy.open-cluster-management.io/");
    assertThat(cluster.requests().writes()).as("dry runs persist nothing").isEmpty();
  }


  /**
   * A namespaced CustomResourceDefinition standing in for an add-on's (Argo CD, RHACM, External Secrets):
   * its kind is served and its objects keep whatever fields they hold.
   */
  private static CustomResourceDefinition definition(String group, String version, String kind, String plural) {
    return new CustomResourceDefinitionBuilder().withNewMetadata().withName(plural + "." + group).endMetadata()
        .withNewSpec().withGroup(group).withScope("Namespaced")
        .withNewNames().withKind(kind).withPlural(plural).withSingular(kind.toLowerCase(Locale.ROOT))
        .withListKind(kind + "List").endNames()
        .addNewVersion().withName(version).withServed(true).withStorage(true)
        .withNewSchema().withNewOpenAPIV3Schema().withType("object").withXKubernetesPreserveUnknownFields(true)
        .endOpenAPIV3Schema().endSchema().endVersion()
        .endSpec().build();
  }

  /** Runs kubectl as a process. */
  static final class Kubectl {
    private Kubectl() {}

    record Result(int exitCode, String output) {}

    static boolean available() {
      try {
        return run(null, "version", "--client").exitCode() == 0;
      } catch (IOException e) {
        return false;
      }
    }

    static Result run(Path kubeconfig, String... args) throws IOException {
      List<String> command = new ArrayList<>();
      command.add("kubectl");
      if (kubeconfig != null) {
        command.add("--kubeconfig=" + kubeconfig);
      }
      command.addAll(List.of(args));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      try {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          return new Result(-1, output + "\n(timed out)");
        }
        return new Result(process.exitValue(), output);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
        throw new IOException("interrupted", e);
      }
    }
  }
}
