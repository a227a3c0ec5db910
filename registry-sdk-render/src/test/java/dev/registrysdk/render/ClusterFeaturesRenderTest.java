package dev.registrysdk.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.registrysdk.api.access.RegistryRole;
import dev.registrysdk.api.access.Subject;
import dev.registrysdk.api.mirror.MirrorSet;
import dev.registrysdk.api.pruner.ImagePruning;
import dev.registrysdk.api.pullsecret.PullSecret;
import dev.registrysdk.api.sources.RegistrySources;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The cluster-wide features render as manifests of their own kinds, one per object, secrets left out. */
class ClusterFeaturesRenderTest {

  private static final String PASSWORD = "CANARY-PULL-PASSWORD-4e1d";
  private static final YAMLMapper YAML = new YAMLMapper();

  private FakeOpenShift cluster;

  @BeforeEach
  void start() {
    cluster = FakeOpenShift.vSphere().start();
    cluster.client().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("team-a").endMetadata().build())
        .create();
    cluster.client().serviceAccounts().inNamespace("team-a").resource(new ServiceAccountBuilder().withNewMetadata()
        .withName("default").withNamespace("team-a").endMetadata().build()).create();
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  /** Seed 004's private registry with mirrors, sources and pruning besides. */
  static RegistryConfigurer everything(FakeOpenShift cluster) {
    return RegistryConfigurer.on(cluster.client())
        .trustRegistryCa("registry.example.com:5000", TestCertificates.CERTIFICATE)
        .registrySources(RegistrySources.adding().blockedRegistries("docker.io"))
        .mirrors(MirrorSet.digest("ubi8repo").mirror("registry.access.redhat.com/ubi8/ubi-minimal", "example.io/example/ubi-minimal"))
        .grant(RegistryRole.VIEWER, Subject.user("ocp-user"), "team-a")
        .grant(RegistryRole.IMAGE_BUILDER, Subject.group("builders"), "team-a")
        .metricsAccess(Subject.serviceAccount("monitoring", "prometheus"))
        .pullSecret(PullSecret.of("team-a", "astra-registry-credentials")
            .credential("astra-registry.apps.ocp-vmw.cie.netapp.com", "ocp-user", PASSWORD).linkForPull("default"))
        .pruner(ImagePruning.create().schedule("30 2 * * *").keepTagRevisions(5));
  }

  private static List<JsonNode> resources(GitOpsBundle bundle) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (Map.Entry<String, String> file : bundle.files().entrySet()) {
      if (file.getKey().startsWith(GitOpsBundle.RESOURCES + "/")) {
        out.add(YAML.readTree(file.getValue()));
      }
    }
    return out;
  }

  @Test
  @DisplayName("every feature's object is a manifest of its kind; the image config, set by two features, is one manifest")
  void kindsRendered() throws IOException {
    GitOpsBundle bundle = GitOpsRenderer.of(everything(cluster).intents()).render();

    List<JsonNode> resources = resources(bundle);
    assertThat(resources).extracting(r -> r.get("kind").asText() + " " + r.at("/metadata/name").asText())
        .containsExactlyInAnyOrder("ConfigMap registry-config", "Image cluster", "ImageDigestMirrorSet ubi8repo",
            "RoleBinding registry-viewer", "RoleBinding system:image-builder", "ClusterRole prometheus-scraper",
            "ClusterRoleBinding prometheus-scraper", "ServiceAccount default", "ImagePruner cluster", "Config cluster");
    JsonNode image = resources.stream().filter(r -> r.get("kind").asText().equals("Image")).findFirst().orElseThrow();
    assertThat(image.at("/spec/additionalTrustedCA/name").asText()).isEqualTo("registry-config");
    assertThat(image.at("/spec/registrySources/blockedRegistries/0").asText()).isEqualTo("docker.io");
  }

  @Test
  @DisplayName("file names hold no colon: system:image-builder becomes system-image-builder")
  void fileNames() {
    GitOpsBundle bundle = GitOpsRenderer.of(everything(cluster).intents()).render();

    assertThat(bundle.files().keySet()).noneMatch(f -> f.contains(":"))
        .anyMatch(f -> f.endsWith("-rolebinding-system-image-builder.yaml"));
  }

  @Test
  @DisplayName("the pull secret is listed as a dockerconfigjson secret to provide, its password never rendered")
  void pullSecretByReference() {
    GitOpsBundle bundle = GitOpsRenderer.of(everything(cluster).intents()).render();

    assertThat(bundle.files().values()).noneMatch(f -> f.contains(PASSWORD) || f.contains("auths"));
    assertThat(bundle.secretsToProvide()).singleElement().satisfies(s -> {
      assertThat(s.namespace()).isEqualTo("team-a");
      assertThat(s.name()).isEqualTo("astra-registry-credentials");
      assertThat(s.type()).isEqualTo("kubernetes.io/dockerconfigjson");
      assertThat(s.keys()).containsExactly(".dockerconfigjson");
    });
  }

  @Test
  @DisplayName("with external secrets the pull secret is an ExternalSecret templated as kubernetes.io/dockerconfigjson")
  void pullSecretExternal() throws IOException {
    GitOpsBundle bundle = GitOpsRenderer.of(everything(cluster).intents()).secrets(SecretHandling.externalSecrets("vault")).render();

    JsonNode external = resources(bundle).stream().filter(r -> r.get("kind").asText().equals("ExternalSecret"))
        .findFirst().orElseThrow();
    assertThat(external.at("/spec/target/template/type").asText()).isEqualTo("kubernetes.io/dockerconfigjson");
    assertThat(external.at("/spec/data/0/secretKey").asText()).isEqualTo(".dockerconfigjson");
    assertThat(bundle.files().values()).noneMatch(f -> f.contains(PASSWORD));
  }
}
