package dev.registrysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

  @TempDir
  Path dir;

  @Test
  @DisplayName("writes the Kustomize folder, the Argo CD Application and the RHACM Policy, and lists them")
  void writesEverything() throws Exception {
    Cli.Result result = Cli.run(Map.of(), dir, "render", "--fake", "vsphere", "--managed", "--storage", "pvc-block",
        "--dir", "out", "--argocd-repo", "https://git.example.com/fleet.git", "--argocd-path", "clusters/a/registry",
        "--acm-policy", "image-registry", "--acm-enforce");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(dir.resolve("out/kustomization.yaml")).isRegularFile();
    assertThat(dir.resolve("out/argocd/application.yaml")).isRegularFile();
    assertThat(dir.resolve("out/acm/policy.yaml")).isRegularFile();
    assertThat(result.out()).contains("resources/01-persistentvolumeclaim-image-registry-storage.yaml",
        "resources/02-config-cluster.yaml");
    JsonNode app = new YAMLMapper().readTree(Files.readString(dir.resolve("out/argocd/application.yaml")));
    assertThat(app.at("/spec/source/path").asText()).isEqualTo("clusters/a/registry");
  }

  @Test
  @DisplayName("credentials: 'placeholder' is accepted, secrets are listed to create, never written")
  void secretsByReference() throws Exception {
    Cli.Result result = Cli.run(Map.of(), dir, "render", "--fake", "bare-metal", "--managed", "--storage", "s3",
        "--s3-bucket", "ocp-registry", "--s3-endpoint", "https://s3.example.com", "--s3-region", "local",
        "--s3-access-key", "placeholder", "--s3-secret-key", "placeholder", "--dir", "out");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("Secrets to create before syncing",
        "openshift-image-registry/image-registry-private-configuration-user (Opaque) with keys");
    try (var files = Files.walk(dir.resolve("out"))) {
      assertThat(files.filter(Files::isRegularFile).map(RenderCommandTest::read))
          .noneMatch(text -> text.contains("placeholder-rendered"));
    }
  }

  @Test
  @DisplayName("--secrets external-secrets writes an ExternalSecret naming the store")
  void externalSecrets() throws Exception {
    Cli.Result result = Cli.run(Map.of(), dir, "render", "--fake", "bare-metal", "--managed", "--storage", "s3",
        "--s3-bucket", "ocp-registry", "--s3-endpoint", "https://s3.example.com", "--s3-region", "local",
        "--s3-access-key", "placeholder", "--s3-secret-key", "placeholder", "--dir", "out",
        "--secrets", "external-secrets", "--secret-store", "vault");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(read(dir.resolve("out/resources/01-externalsecret-image-registry-private-configuration-user.yaml")))
        .contains("name: vault");
  }

  @Test
  @DisplayName("exits 2 when the desired state cannot be rendered (ODF resolves its bucket while applying)")
  void refusesOdf() {
    Cli.Result result = Cli.run(Map.of(), dir, "render", "--fake", "bare-metal", "--fake-odf", "--managed",
        "--storage", "odf-noobaa", "--dir", "out");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.REFUSED);
    assertThat(result.out()).contains("RENDER_RESOLVED_AT_APPLY");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  @DisplayName("'placeholder' credentials are refused by commands that write")
  void placeholderOnlyForRender() {
    Cli.Result result = Cli.run("plan", "--fake", "bare-metal", "--managed", "--storage", "s3", "--s3-bucket", "b",
        "--s3-region", "local", "--s3-endpoint", "https://s3.example.com",
        "--s3-access-key", "placeholder", "--s3-secret-key", "placeholder");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("'placeholder' is only for registryctl render");
  }

  @Test
  @DisplayName("the cluster-wide features render as their kinds; the pull secret is listed to create, its password never written")
  void clusterFeatures() throws Exception {
    Files.copy(Path.of("src/test/resources/certificate.pem"), dir.resolve("ca.crt"));
    try (ClusterFixture fixture = new ClusterFixture(dev.registrysdk.testkit.FakeOpenShift.vSphere(), dir)) {
      Projects.create(fixture.cluster, "team-a", "default");

      Cli.Result result = fixture.run("render", "--dir", "out", "--trust-registry-ca", "registry.example.com:5000=ca.crt",
          "--blocked-registry", "docker.io", "--mirror-set", "ubi8repo",
          "--digest-mirror", "registry.access.redhat.com/ubi8/ubi-minimal=example.io/example/ubi-minimal",
          "--grant", "image-builder:group:builders@team-a", "--metrics-access", "serviceaccount:monitoring/prometheus",
          "--pull-secret", "team-a/registry-credentials", "--pull-secret-registry", "registry.example.com:5000",
          "--pull-secret-user", "ocp-user", "--pull-secret-password", "placeholder", "--link-for-pull", "default",
          "--pruner-keep-tag-revisions", "5");

      assertThat(result.exitCode()).as(result.toString()).isZero();
      assertThat(result.out()).contains("-configmap-registry-config.yaml", "-image-cluster.yaml",
          "-imagedigestmirrorset-ubi8repo.yaml", "-rolebinding-system-image-builder.yaml",
          "-clusterrole-prometheus-scraper.yaml", "-clusterrolebinding-prometheus-scraper.yaml",
          "-serviceaccount-default.yaml", "-imagepruner-cluster.yaml",
          "team-a/registry-credentials (kubernetes.io/dockerconfigjson) with keys .dockerconfigjson");
      try (var files = Files.walk(dir.resolve("out"))) {
        assertThat(files.filter(Files::isRegularFile).map(RenderCommandTest::read))
            .noneMatch(text -> text.contains("placeholder-rendered") || text.contains("auths"));
      }
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
