package dev.registrysdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.LogLevel;
import dev.registrysdk.api.access.RegistryRole;
import dev.registrysdk.api.access.Subject;
import dev.registrysdk.api.mirror.MirrorSet;
import dev.registrysdk.api.plan.Plan;
import dev.registrysdk.api.pruner.ImagePruning;
import dev.registrysdk.api.pullsecret.PullSecret;
import dev.registrysdk.api.pullsecret.RegistryCredential;
import dev.registrysdk.api.sources.RegistryLocation;
import dev.registrysdk.api.sources.RegistrySources;
import dev.registrysdk.core.cluster.TestFacts;
import dev.registrysdk.core.exposure.RegistryExposure;
import dev.registrysdk.core.mirror.PullSource;
import dev.registrysdk.core.mirror.RegistriesConf;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The examples of the README, compiled and run; keep both in step. */
class ClusterFeaturesReadmeTest {

  private static final String CA_PEM = TestFacts.resource("/certs/registry-ca.pem");
  private static final String PASSWORD = "s3cret";

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
  @DisplayName("README: storage, trust, mirrors and access in one apply")
  void oneApply() {
    ApplyResult result = RegistryConfigurer.on(client)
        .managed()
        .storage(TestStorage.operatorClaim())                        // Pvc.operatorDefault() in registry-sdk-storage
        .trustRegistryCa("mirror.example.com:5000", CA_PEM)
        .mirrors(MirrorSet.digest("release-mirrors")
            .mirror("quay.io/openshift-release-dev/ocp-release", "mirror.example.com:5000/ocp/release")
            .mirror("quay.io/openshift-release-dev/ocp-v4.0-art-dev", "mirror.example.com:5000/ocp/release"))
        .grant(RegistryRole.VIEWER, Subject.group("developers"), "team-a")
        .apply();
    assertThat(result.changes()).extracting(c -> c.target().toString()).containsExactly(
        "ConfigMap openshift-config/registry-config", "Image cluster", "ImageDigestMirrorSet release-mirrors",
        "RoleBinding team-a/registry-viewer", "Config cluster");
  }

  @Test
  @DisplayName("README: trusted CAs")
  void trust() {
    Plan plan = RegistryConfigurer.on(client)
        .trustRegistryCa("registry.example.com:5000", CA_PEM)          // key registry.example.com..5000
        .trustClusterIngressCa("astra-registry.apps.ocp-vmw.cie.netapp.com")
        .plan();
    assertThat(plan.hasErrors()).isFalse();
    assertThat(plan.changes()).hasSize(2);
  }

  @Test
  @DisplayName("README: registry sources")
  void sources() {
    Plan plan = RegistryConfigurer.on(client)
        .registrySources(RegistrySources.adding()
            .blockedRegistries("docker.io")
            .insecureRegistries("registry.lab.example.com:5000")
            .allowedRegistriesForImport(RegistryLocation.of("registry.lab.example.com:5000").insecure(true)))
        .plan();
    assertThat(plan.hasErrors()).isFalse();
  }

  @Test
  @DisplayName("README: registries.conf preview")
  void preview() {
    RegistriesConf conf = RegistriesConf.of(List.of(
        MirrorSet.digest("ubi8repo")
            .mirror("registry.access.redhat.com/ubi8/ubi-minimal", "example.io/example/ubi-minimal"),
        MirrorSet.tag("ubi9-tags")
            .mirror("registry.redhat.io/ubi9", "mirror.example.com/ubi9")));
    String toml = conf.render();
    List<PullSource> byDigest = conf.pullSources("registry.access.redhat.com/ubi8/ubi-minimal@sha256:" + "5".repeat(64));
    List<PullSource> byTag = conf.pullSources("registry.access.redhat.com/ubi8/ubi-minimal:latest");
    assertThat(toml).isEqualTo("""
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
        """);
    assertThat(byDigest).hasSize(2);
    assertThat(byTag).singleElement().satisfies(s -> assertThat(s.mirror()).isFalse());
  }

  @Test
  @DisplayName("README: access")
  void access() {
    ApplyResult result = RegistryConfigurer.on(client)
        .grant(RegistryRole.VIEWER, Subject.user("ocp-user"), "team-a")
        .grant(RegistryRole.EDITOR, Subject.group("ocp-user-group"), "team-a")
        .grant(RegistryRole.IMAGE_PULLER, Subject.serviceAccount("team-b", "default"), "team-a")
        .metricsAccess(Subject.serviceAccount("monitoring", "prometheus"))
        .apply();
    assertThat(result.changes()).hasSize(5);
  }

  @Test
  @DisplayName("README: pull secrets")
  void pullSecrets() {
    ApplyResult result = RegistryConfigurer.on(client)
        .pullSecret(PullSecret.of("team-a", "astra-registry-credentials")
            .credential("astra-registry.apps.ocp-vmw.cie.netapp.com", "ocp-user", PASSWORD)
            .credential(RegistryCredential.token("quay.io", "robot-token"))
            .linkForPull("default", "builder"))
        .apply();
    assertThat(result.changes()).hasSize(3);
  }

  @Test
  @DisplayName("README: exposure")
  void exposure() {
    RegistryConfigurer.on(client).defaultRoute(true).apply();
    RegistryExposure exposure = RegistryExposure.of(client);
    Optional<String> host = exposure.awaitDefaultRouteHost(Duration.ofMillis(100));   // minutes on a real cluster
    List<String> external = exposure.externalHostnames();
    Optional<String> internal = exposure.internalHostname();
    assertThat(host).isEmpty();
    assertThat(external).isEmpty();
    assertThat(internal).isEmpty();
  }

  @Test
  @DisplayName("README: image pruning")
  void pruning() {
    Plan plan = RegistryConfigurer.on(client)
        .pruner(ImagePruning.create()
            .schedule("30 2 * * *")
            .keepTagRevisions(5)
            .keepYoungerThan(Duration.ofHours(2))
            .logLevel(LogLevel.DEBUG))
        .plan();
    assertThat(plan.hasErrors()).isFalse();
  }
}
