package dev.registrysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.pullsecret.PullSecret;
import dev.registrysdk.api.pullsecret.RegistryCredential;
import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A docker-registry pull secret linked to service accounts (seed 004). */
class PullSecretOptionsTest {

  private static final String SERVER = "astra-registry.apps.ocp-vmw.cie.netapp.com";
  private static final Map<String, String> ENV = Map.of("REGISTRY_PASSWORD", "pw-for-test", "QUAY_TOKEN", "token-for-test");

  @TempDir
  Path dir;

  @Test
  @DisplayName("a user and password, linked for pulls, write what PullSecret with linkForPull writes")
  void sameAsSdk() {
    try (SdkParity parity = new SdkParity(FakeOpenShift::vSphere, dir, c -> Projects.create(c, "team-a", "default", "builder"))) {
      Cli.Result result = parity.applyWithCli(ENV, "--pull-secret", "team-a/astra-registry-credentials",
          "--pull-secret-registry", SERVER, "--pull-secret-user", "ocp-user", "--pull-secret-password", "env:REGISTRY_PASSWORD",
          "--link-for-pull", "default", "--link-for-pull", "builder", "--link-for-mount", "builder");
      parity.applyWithSdk(c -> c.pullSecret(PullSecret.of("team-a", "astra-registry-credentials")
          .credential(SERVER, "ocp-user", "pw-for-test").linkForPull("default", "builder").linkForMount("builder")));

      assertThat(result.exitCode()).as(result.toString()).isZero();
      parity.assertSameWrites();
      Secret secret = parity.cli.cluster.client().secrets().inNamespace("team-a").withName("astra-registry-credentials").get();
      assertThat(secret.getType()).isEqualTo("kubernetes.io/dockerconfigjson");
      assertThat(parity.cli.cluster.client().serviceAccounts().inNamespace("team-a").withName("default").get()
          .getImagePullSecrets()).extracting(LocalObjectReference::getName).containsExactly("astra-registry-credentials");
    }
  }

  @Test
  @DisplayName("a token from a file adds a second server to the secret, as RegistryCredential.token does; the first stays")
  void tokenAddsServer() throws IOException {
    Files.writeString(dir.resolve("token"), "token-for-test\n");
    try (SdkParity parity = new SdkParity(FakeOpenShift::vSphere, dir, c -> Projects.create(c, "team-a", "default"))) {
      String[] first = {"--pull-secret", "team-a/credentials", "--pull-secret-registry", SERVER, "--pull-secret-user", "ocp-user",
          "--pull-secret-password", "env:REGISTRY_PASSWORD"};
      parity.applyWithCli(ENV, first);
      Cli.Result result = parity.applyWithCli(ENV, "--pull-secret", "team-a/credentials", "--pull-secret-registry", "quay.io",
          "--pull-secret-token", "file:token");
      parity.applyWithSdk(c -> c.pullSecret(PullSecret.of("team-a", "credentials").credential(SERVER, "ocp-user", "pw-for-test")));
      parity.applyWithSdk(c -> c.pullSecret(PullSecret.of("team-a", "credentials")
          .credential(RegistryCredential.token("quay.io", "token-for-test"))));

      assertThat(result.exitCode()).as(result.toString()).isZero();
      parity.assertSameWrites();
    }
  }

  @Test
  @DisplayName("each --pull-secret starts a secret and each --pull-secret-registry a credential, as several PullSecret values do")
  void severalSecretsAndServers() throws IOException {
    Files.writeString(dir.resolve("token"), "token-for-test\n");
    try (SdkParity parity = new SdkParity(FakeOpenShift::vSphere, dir, c -> {
      Projects.create(c, "team-a", "default");
      Projects.create(c, "team-b", "builder");
    })) {
      Cli.Result result = parity.applyWithCli(ENV,
          "--pull-secret", "team-a/credentials",
          "--pull-secret-registry", SERVER, "--pull-secret-user", "ocp-user", "--pull-secret-password", "env:REGISTRY_PASSWORD",
          "--pull-secret-registry", "quay.io", "--pull-secret-token", "file:token",
          "--link-for-pull", "default",
          "--pull-secret", "team-b/quay",
          "--pull-secret-registry", "quay.io", "--pull-secret-token", "env:QUAY_TOKEN",
          "--link-for-mount", "builder");
      parity.applyWithSdk(c -> c
          .pullSecret(PullSecret.of("team-a", "credentials").credential(SERVER, "ocp-user", "pw-for-test")
              .credential(RegistryCredential.token("quay.io", "token-for-test")).linkForPull("default"))
          .pullSecret(PullSecret.of("team-b", "quay").credential(RegistryCredential.token("quay.io", "token-for-test"))
              .linkForMount("builder")));

      assertThat(result.exitCode()).as(result.toString()).isZero();
      parity.assertSameWrites();
      assertThat(parity.cli.cluster.client().secrets().inNamespace("team-b").withName("quay").get().getType())
          .isEqualTo("kubernetes.io/dockerconfigjson");
    }
  }

  @Test
  @DisplayName("the same secret and links again write nothing and exit 0")
  void idempotent() {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.vSphere(), dir)) {
      Projects.create(fixture.cluster, "team-a", "default");
      String[] args = {"--no-wait", "--pull-secret", "team-a/credentials", "--pull-secret-registry", SERVER,
          "--pull-secret-user", "ocp-user", "--pull-secret-password", "env:REGISTRY_PASSWORD", "--link-for-pull", "default"};
      fixture.run(ENV, "apply", args);
      fixture.cluster.requests().clear();

      Cli.Result again = fixture.run(ENV, "apply", args);

      assertThat(again.exitCode()).as(again.toString()).isZero();
      assertThat(fixture.cluster.requests().writes()).isEmpty();
    }
  }

  @Test
  @DisplayName("linking to a service account that does not exist is refused by validation: exit 2, nothing written")
  void missingServiceAccount() {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.vSphere(), dir)) {
      Projects.create(fixture.cluster, "team-a");
      fixture.cluster.requests().clear();

      Cli.Result result = fixture.run(ENV, "apply", "--pull-secret", "team-a/credentials", "--pull-secret-registry", SERVER,
          "--pull-secret-user", "ocp-user", "--pull-secret-password", "env:REGISTRY_PASSWORD", "--link-for-pull", "deployer");

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.REFUSED);
      assertThat(result.out()).contains("PULL_SECRET_SERVICE_ACCOUNT_MISSING");
      assertThat(fixture.cluster.requests().writes()).isEmpty();
    }
  }

  @Test
  @DisplayName("a password given as a value, a missing variable, a password and a token, no --pull-secret, a server without"
      + " a credential, or one secret named twice: exit 1")
  void usage() {
    List<Cli.Result> results = List.of(
        Cli.run("plan", "--fake", "vsphere", "--pull-secret", "team-a/c", "--pull-secret-registry", SERVER,
            "--pull-secret-user", "u", "--pull-secret-password", "hunter2-literal"),
        Cli.run("plan", "--fake", "vsphere", "--pull-secret", "team-a/c", "--pull-secret-registry", SERVER,
            "--pull-secret-user", "u", "--pull-secret-password", "env:UNSET_VARIABLE"),
        Cli.run(ENV, dir, "plan", "--fake", "vsphere", "--pull-secret", "team-a/c", "--pull-secret-registry", SERVER,
            "--pull-secret-user", "u", "--pull-secret-password", "env:REGISTRY_PASSWORD", "--pull-secret-token", "env:QUAY_TOKEN"),
        Cli.run(ENV, dir, "plan", "--fake", "vsphere", "--pull-secret-registry", SERVER, "--pull-secret-token", "env:QUAY_TOKEN"),
        Cli.run(ENV, dir, "plan", "--fake", "vsphere", "--pull-secret", "credentials", "--pull-secret-registry", SERVER,
            "--pull-secret-token", "env:QUAY_TOKEN"),
        Cli.run(ENV, dir, "plan", "--fake", "vsphere", "--pull-secret", "team-a/c", "--pull-secret-registry", SERVER,
            "--pull-secret-token", "env:QUAY_TOKEN", "--pull-secret-registry", "quay.io"),
        Cli.run(ENV, dir, "plan", "--fake", "vsphere", "--pull-secret", "team-a/c", "--pull-secret-registry", SERVER,
            "--pull-secret-token", "env:QUAY_TOKEN", "--pull-secret", "team-a/c", "--pull-secret-registry", "quay.io",
            "--pull-secret-token", "env:QUAY_TOKEN"));

    assertThat(results).allSatisfy(r -> assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE));
    assertThat(results.get(0).all()).doesNotContain("hunter2-literal").contains("never as the value");
    assertThat(results.get(5).err()).contains("for --pull-secret-registry quay.io");
    assertThat(results.get(6).err()).contains("--pull-secret team-a/c is given twice");
  }
}
