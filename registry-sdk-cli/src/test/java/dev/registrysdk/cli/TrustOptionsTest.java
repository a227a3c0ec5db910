package dev.registrysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.api.model.ConfigMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trusted CAs for external registries (seed 001 §2.5, seed 004). */
class TrustOptionsTest {

  @TempDir
  Path dir;

  private String pem;

  @BeforeEach
  void certificate() throws IOException {
    pem = Files.readString(Path.of("src/test/resources/certificate.pem"));
    Files.writeString(dir.resolve("ca.crt"), pem);
  }

  @Test
  @DisplayName("--trust-registry-ca and --trust-cluster-ingress-ca write what trustRegistryCa and trustClusterIngressCa write")
  void sameAsSdk() {
    try (SdkParity parity = new SdkParity(FakeOpenShift::vSphere, dir, c -> {})) {
      Cli.Result result = parity.applyWithCli(Map.of(), "--trust-registry-ca", "registry.example.com:5000=ca.crt",
          "--trust-cluster-ingress-ca", "registry.apps.testkit.example.com", "--trusted-ca-configmap", "my-registry-ca");
      parity.applyWithSdk(c -> c.trustRegistryCa("registry.example.com:5000", pem)
          .trustClusterIngressCa("registry.apps.testkit.example.com").trustedCaConfigMap("my-registry-ca"));

      assertThat(result.exitCode()).as(result.toString()).isZero();
      parity.assertSameWrites();
      ConfigMap map = parity.cli.cluster.client().configMaps().inNamespace("openshift-config").withName("my-registry-ca").get();
      assertThat(map.getData()).containsKeys("registry.example.com..5000", "registry.apps.testkit.example.com");
      assertThat(parity.cli.cluster.client().config().images().withName("cluster").get().getSpec().getAdditionalTrustedCA()
          .getName()).isEqualTo("my-registry-ca");
    }
  }

  @Test
  @DisplayName("applying the same CA again writes nothing and exits 0")
  void idempotent() {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.vSphere(), dir)) {
      fixture.run("apply", "--no-wait", "--trust-registry-ca", "registry.example.com:5000=ca.crt");
      fixture.cluster.requests().clear();

      Cli.Result again = fixture.run("apply", "--no-wait", "--trust-registry-ca", "registry.example.com:5000=ca.crt");

      assertThat(again.exitCode()).as(again.toString()).isZero();
      assertThat(again.out()).contains("Nothing to change");
      assertThat(fixture.cluster.requests().writes()).isEmpty();
    }
  }

  @Test
  @DisplayName("a file that is not a PEM certificate is refused by validation: exit 2, nothing written")
  void invalidCertificate() throws IOException {
    Files.writeString(dir.resolve("not-a-ca.crt"), "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.vSphere(), dir)) {
      fixture.cluster.requests().clear();

      Cli.Result result = fixture.run("apply", "--trust-registry-ca", "registry.example.com=not-a-ca.crt");

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.REFUSED);
      assertThat(result.out()).contains("TRUST_CA_INVALID");
      assertThat(fixture.cluster.requests().writes()).isEmpty();
    }
  }

  @Test
  @DisplayName("a CA without a file, or a config map name without a CA, is a usage error: exit 1")
  void usage() {
    Cli.Result noFile = Cli.run("plan", "--fake", "vsphere", "--trust-registry-ca", "registry.example.com");
    Cli.Result onlyName = Cli.run("plan", "--fake", "vsphere", "--trusted-ca-configmap", "my-registry-ca");
    Cli.Result missingFile = Cli.run(Map.of(), dir, "plan", "--fake", "vsphere", "--trust-registry-ca", "registry.example.com=missing.crt");

    assertThat(noFile.exitCode()).as(noFile.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(noFile.err()).contains("--trust-registry-ca is HOST[:PORT]=FILE");
    assertThat(onlyName.exitCode()).as(onlyName.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(missingFile.exitCode()).as(missingFile.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(missingFile.err()).contains("cannot read");
  }
}
