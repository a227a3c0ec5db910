package dev.registrysdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.LogLevel;
import dev.registrysdk.api.access.RegistryRole;
import dev.registrysdk.api.access.Subject;
import dev.registrysdk.api.mirror.MirrorSet;
import dev.registrysdk.api.pruner.ImagePruning;
import dev.registrysdk.api.pullsecret.PullSecret;
import dev.registrysdk.api.pullsecret.RegistryCredential;
import dev.registrysdk.api.sources.RegistryLocation;
import dev.registrysdk.api.sources.RegistrySources;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.core.cluster.TestFacts;
import dev.registrysdk.core.exposure.RegistryExposure;
import dev.registrysdk.core.mirror.PullSource;
import dev.registrysdk.core.mirror.RegistriesConf;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.openshift.api.model.config.v1.ImageSpec;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImagePrunerSpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The examples of the README's section "Cluster-wide registry features", compiled and run against a
 * fake cluster: each code block of the section is a marked region here ({@link ReadmeSection}), and
 * each test checks the objects its example writes.
 */
class ClusterFeaturesReadmeTest {

  private static final String SECTION = "## Cluster-wide registry features";
  private static final String CA_PEM = TestFacts.resource("/certs/registry-ca.pem");

  /** The {@code registries.conf} the README shows for its preview example. */
  private static final String PREVIEW_TOML = """
      unqualified-search-registries = ["registry.access.redhat.com", "docker.io"]
      short-name-mode = ""

      [[registry]]
        prefix = ""
        location = "registry.access.redhat.com/ubi8/ubi-minimal"

        [[registry.mirror]]
          location = "example.io/example/ubi-minimal"
          pull-from-mirror = "digest-only"

      [[registry]]
        prefix = ""
        location = "registry.redhat.io/ubi9"

        [[registry.mirror]]
          location = "mirror.example.com/ubi9"
          pull-from-mirror = "tag-only"
      """;

  /**
   * Stands in for {@code dev.registrysdk.storage.pvc.Pvc} of registry-sdk-storage, which core does not
   * depend on, so the README's code compiles here as written.
   */
  private static final class Pvc {
    static StorageProvider operatorDefault() {
      return TestStorage.operatorClaim();
    }
  }

  private FeatureCluster cluster;
  private KubernetesClient client;

  @BeforeEach
  void start() {
    cluster = FeatureCluster.current();
    client = cluster.client;
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  @Test
  @DisplayName("every java block of the README section is a region of this test, in order, and the TOML shown is the one rendered")
  void readmeShowsThisCode() {
    ReadmeSection readme = ReadmeSection.of(SECTION);

    assertThat(readme.blocks("java"))
        .isNotEmpty()
        .containsExactlyElementsOf(readme.regions("registry-sdk-core/src/test/java/dev/registrysdk/core/ClusterFeaturesReadmeTest.java"));
    assertThat(readme.blocks("toml")).containsExactly(PREVIEW_TOML);
  }

  @Test
  @DisplayName("README: storage, trust, mirrors and access in one apply, prerequisites first and the Config last")
  void oneApply() {
    String caPem = CA_PEM;
    // readme:begin
    ApplyResult result = RegistryConfigurer.on(client)
        .managed()
        .storage(Pvc.operatorDefault())
        .trustRegistryCa("mirror.example.com:5000", caPem)
        .mirrors(MirrorSet.digest("release-mirrors")
            .mirror("quay.io/openshift-release-dev/ocp-release", "mirror.example.com:5000/ocp/release")
            .mirror("quay.io/openshift-release-dev/ocp-v4.0-art-dev", "mirror.example.com:5000/ocp/release"))
        .grant(RegistryRole.VIEWER, Subject.group("developers"), "team-a")
        .apply();
    // readme:end

    assertThat(result.changes()).extracting(c -> c.target().toString()).containsExactly(
        "ConfigMap openshift-config/registry-config", "Image cluster", "ImageDigestMirrorSet release-mirrors",
        "RoleBinding team-a/registry-viewer", "Config cluster");
    assertThat(cluster.configMap("registry-config").getData()).containsExactly(java.util.Map.entry("mirror.example.com..5000", caPem));
    assertThat(cluster.imageConfig().getSpec().getAdditionalTrustedCA().getName()).isEqualTo("registry-config");
    assertThat(cluster.client.config().imageDigestMirrorSets().withName("release-mirrors").get().getSpec().getImageDigestMirrors())
        .extracting(m -> m.getSource() + " -> " + m.getMirrors()).containsExactly(
            "quay.io/openshift-release-dev/ocp-release -> [mirror.example.com:5000/ocp/release]",
            "quay.io/openshift-release-dev/ocp-v4.0-art-dev -> [mirror.example.com:5000/ocp/release]");
    assertThat(binding("registry-viewer").getSubjects()).extracting(s -> s.getKind() + " " + s.getName())
        .containsExactly("Group developers");
    assertThat(cluster.registryConfig().getSpec().getManagementState()).isEqualTo("Managed");
    assertThat(cluster.registryConfig().getSpec().getStorage().getPvc()).isNotNull();
  }

  @Test
  @DisplayName("README: trusted CAs, a registry's own and this cluster's router CA, in registry-config")
  void trust() {
    String caPem = CA_PEM;
    // readme:begin
    RegistryConfigurer.on(client)
        .trustRegistryCa("registry.example.com:5000", caPem)            // key registry.example.com..5000
        .trustClusterIngressCa("astra-registry.apps.ocp-vmw.cie.netapp.com")   // this cluster's router CA
        .apply();
    // readme:end

    assertThat(cluster.configMap("registry-config").getData()).containsOnly(
        java.util.Map.entry("registry.example.com..5000", caPem),
        java.util.Map.entry("astra-registry.apps.ocp-vmw.cie.netapp.com", cluster.routerCa()));
    assertThat(cluster.imageConfig().getSpec().getAdditionalTrustedCA().getName()).isEqualTo("registry-config");
  }

  @Test
  @DisplayName("README: registry sources added to the image config")
  void sources() {
    // readme:begin
    RegistryConfigurer.on(client)
        .registrySources(RegistrySources.adding()
            .blockedRegistries("docker.io")
            .insecureRegistries("registry.lab.example.com:5000")
            .allowedRegistriesForImport(RegistryLocation.of("registry.lab.example.com:5000").insecure(true)))
        .apply();
    // readme:end

    ImageSpec image = cluster.imageConfig().getSpec();
    assertThat(image.getRegistrySources().getBlockedRegistries()).containsExactly("docker.io");
    assertThat(image.getRegistrySources().getInsecureRegistries()).containsExactly("registry.lab.example.com:5000");
    assertThat(image.getRegistrySources().getAllowedRegistries()).isNullOrEmpty();
    assertThat(image.getAllowedRegistriesForImport()).singleElement().satisfies(location -> {
      assertThat(location.getDomainName()).isEqualTo("registry.lab.example.com:5000");
      assertThat(location.getInsecure()).isTrue();
    });
  }

  @Test
  @DisplayName("README: a digest and a tag mirror set become an ImageDigestMirrorSet and an ImageTagMirrorSet")
  void mirrors() {
    // readme:begin
    RegistryConfigurer.on(client)
        .mirrors(MirrorSet.digest("ubi8repo")
                .mirror("registry.access.redhat.com/ubi8/ubi-minimal", "example.io/example/ubi-minimal"),
            MirrorSet.tag("ubi9-tags")
                .mirror("registry.redhat.io/ubi9", "mirror.example.com/ubi9"))
        .apply();
    // readme:end

    assertThat(cluster.client.config().imageDigestMirrorSets().withName("ubi8repo").get().getSpec().getImageDigestMirrors())
        .extracting(m -> m.getSource() + " -> " + m.getMirrors())
        .containsExactly("registry.access.redhat.com/ubi8/ubi-minimal -> [example.io/example/ubi-minimal]");
    assertThat(cluster.client.config().imageTagMirrorSets().withName("ubi9-tags").get().getSpec().getImageTagMirrors())
        .extracting(m -> m.getSource() + " -> " + m.getMirrors())
        .containsExactly("registry.redhat.io/ubi9 -> [mirror.example.com/ubi9]");
  }

  @Test
  @DisplayName("README: the registries.conf preview and where a pull by digest and by tag goes")
  void preview() {
    // readme:begin
    RegistriesConf conf = RegistriesConf.of(List.of(
        MirrorSet.digest("ubi8repo")
            .mirror("registry.access.redhat.com/ubi8/ubi-minimal", "example.io/example/ubi-minimal"),
        MirrorSet.tag("ubi9-tags")
            .mirror("registry.redhat.io/ubi9", "mirror.example.com/ubi9")));
    String toml = conf.render();
    List<PullSource> byDigest = conf.pullSources("registry.access.redhat.com/ubi8/ubi-minimal@sha256:" + "5".repeat(64));
    // [example.io/example/ubi-minimal@sha256:5555... (mirror), registry.access.redhat.com/ubi8/ubi-minimal@sha256:5555...]
    List<PullSource> byTag = conf.pullSources("registry.access.redhat.com/ubi8/ubi-minimal:latest");
    // [registry.access.redhat.com/ubi8/ubi-minimal:latest]   digest mirrors do not serve tags
    // readme:end

    assertThat(toml).isEqualTo(PREVIEW_TOML);
    assertThat(byDigest).extracting(PullSource::toString).containsExactly(
        "example.io/example/ubi-minimal@sha256:" + "5".repeat(64) + " (mirror)",
        "registry.access.redhat.com/ubi8/ubi-minimal@sha256:" + "5".repeat(64));
    assertThat(byTag).extracting(PullSource::toString).containsExactly("registry.access.redhat.com/ubi8/ubi-minimal:latest");
  }

  @Test
  @DisplayName("README: registry roles as RoleBindings, and the metrics role bound cluster-wide")
  void access() {
    // readme:begin
    RegistryConfigurer.on(client)
        .grant(RegistryRole.VIEWER, Subject.user("ocp-user"), "team-a")        // pull
        .grant(RegistryRole.EDITOR, Subject.group("ocp-user-group"), "team-a") // pull and push
        .grant(RegistryRole.IMAGE_PULLER, Subject.serviceAccount("team-b", "default"), "team-a")
        .metricsAccess(Subject.serviceAccount("monitoring", "prometheus"))
        .apply();
    // readme:end

    assertThat(binding("registry-viewer").getSubjects()).extracting(s -> s.getKind() + " " + s.getName())
        .containsExactly("User ocp-user");
    assertThat(binding("registry-editor").getSubjects()).extracting(s -> s.getKind() + " " + s.getName())
        .containsExactly("Group ocp-user-group");
    assertThat(binding("system:image-puller").getSubjects()).extracting(s -> s.getKind() + " " + s.getNamespace() + "/" + s.getName())
        .containsExactly("ServiceAccount team-b/default");
    assertThat(cluster.client.rbac().clusterRoles().withName("prometheus-scraper").get().getRules())
        .singleElement().satisfies(rule -> assertThat(rule.getResources()).containsExactly("registry/metrics"));
    assertThat(cluster.client.rbac().clusterRoleBindings().withName("prometheus-scraper").get().getSubjects())
        .extracting(s -> s.getKind() + " " + s.getNamespace() + "/" + s.getName())
        .containsExactly("ServiceAccount monitoring/prometheus");
  }

  @Test
  @DisplayName("README: a pull secret for two registries, linked to two service accounts for pulls")
  void pullSecrets() {
    String password = "s3cret";
    String robotToken = "robot-token";
    // readme:begin
    RegistryConfigurer.on(client)
        .pullSecret(PullSecret.of("team-a", "astra-registry-credentials")
            .credential("astra-registry.apps.ocp-vmw.cie.netapp.com", "ocp-user", password)
            .credential(RegistryCredential.token("quay.io", robotToken))
            .linkForPull("default", "builder"))
        .apply();
    // readme:end

    Secret secret = cluster.client.secrets().inNamespace("team-a").withName("astra-registry-credentials").get();
    assertThat(secret.getType()).isEqualTo("kubernetes.io/dockerconfigjson");
    assertThat(new String(Base64.getDecoder().decode(secret.getData().get(".dockerconfigjson")), StandardCharsets.UTF_8))
        .contains("\"astra-registry.apps.ocp-vmw.cie.netapp.com\":{\"username\":\"ocp-user\",\"password\":\"s3cret\"",
            "\"quay.io\":{");
    for (String account : List.of("default", "builder")) {
      assertThat(cluster.client.serviceAccounts().inNamespace("team-a").withName(account).get().getImagePullSecrets())
          .extracting(LocalObjectReference::getName)
          .containsExactly(account + "-dockercfg-x7k2p", "astra-registry-credentials");
    }
  }

  @Test
  @DisplayName("README: exposure of a running registry, its default route host, external and internal host names")
  void exposure() {
    RegistryConfigurer.on(client).managed().storage(Pvc.operatorDefault()).apply();   // a running registry
    // readme:begin
    RegistryConfigurer.on(client).defaultRoute(true).apply();
    RegistryExposure exposure = RegistryExposure.of(client);
    Optional<String> host = exposure.awaitDefaultRouteHost(Duration.ofMinutes(2));
    List<String> external = exposure.externalHostnames();
    Optional<String> internal = exposure.internalHostname();   // image-registry.openshift-image-registry.svc:5000
    // podman login -u $(oc whoami) -p $(oc whoami -t) <host>
    // readme:end

    String defaultRoute = "default-route-openshift-image-registry." + cluster.ingressDomain();
    assertThat(host).contains(defaultRoute);
    assertThat(external).containsExactly(defaultRoute);
    assertThat(internal).contains("image-registry.openshift-image-registry.svc:5000");
  }

  @Test
  @DisplayName("README: image pruning settings written to the image pruner")
  void pruning() {
    // readme:begin
    RegistryConfigurer.on(client)
        .pruner(ImagePruning.create()
            .schedule("30 2 * * *")
            .keepTagRevisions(5)
            .keepYoungerThan(Duration.ofHours(2))
            .logLevel(LogLevel.DEBUG))
        .apply();
    // readme:end

    ImagePrunerSpec pruner = cluster.client.operator().imagePruners().withName("cluster").get().getSpec();
    assertThat(pruner.getSchedule()).isEqualTo("30 2 * * *");
    assertThat(pruner.getKeepTagRevisions()).isEqualTo(5);
    assertThat(pruner.getKeepYoungerThanDuration()).isEqualTo("2h");
    assertThat(pruner.getLogLevel()).isEqualTo("Debug");
  }

  private RoleBinding binding(String name) {
    return cluster.client.rbac().roleBindings().inNamespace("team-a").withName(name).get();
  }
}
