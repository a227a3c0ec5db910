package dev.registrysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.sources.RegistryLocation;
import dev.registrysdk.api.sources.RegistrySources;
import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.openshift.api.model.config.v1.ImageSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registry sources of the image config: add, replace and clear. */
class RegistrySourcesOptionsTest {

  @TempDir
  Path dir;

  private static ImageSpec image(FakeOpenShift cluster) {
    return cluster.client().config().images().withName("cluster").get().getSpec();
  }

  @Test
  @DisplayName("every list option writes what RegistrySources.adding() writes")
  void sameAsSdk() {
    try (SdkParity parity = new SdkParity(FakeOpenShift::vSphere, dir, c -> {})) {
      Cli.Result result = parity.applyWithCli(Map.of(), "--blocked-registry", "docker.io",
          "--insecure-registry", "registry.lab.example.com:5000", "--search-registry", "registry.lab.example.com:5000",
          "--search-registry", "quay.io", "--allowed-registry-for-import", "quay.io",
          "--insecure-registry-for-import", "registry.lab.example.com:5000",
          "--external-registry-hostname", "registry.example.com");
      parity.applyWithSdk(c -> c.registrySources(RegistrySources.adding()
          .blockedRegistries("docker.io")
          .insecureRegistries("registry.lab.example.com:5000")
          .containerRuntimeSearchRegistries("registry.lab.example.com:5000", "quay.io")
          .allowedRegistriesForImport(RegistryLocation.of("quay.io"),
              RegistryLocation.of("registry.lab.example.com:5000").insecure(true))
          .externalRegistryHostnames("registry.example.com")));

      assertThat(result.exitCode()).as(result.toString()).isZero();
      parity.assertSameWrites();
      assertThat(image(parity.cli.cluster).getRegistrySources().getContainerRuntimeSearchRegistries())
          .containsExactly("registry.lab.example.com:5000", "quay.io");
    }
  }

  @Test
  @DisplayName("lists add to the cluster's lists; --replace-registry-sources replaces them; --clear-registry-sources removes them")
  void addReplaceClear() {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.vSphere(), dir)) {
      fixture.run("apply", "--no-wait", "--blocked-registry", "docker.io", "--insecure-registry", "a.example.com");

      fixture.run("apply", "--no-wait", "--blocked-registry", "b.example.com");
      assertThat(image(fixture.cluster).getRegistrySources().getBlockedRegistries()).containsExactly("docker.io", "b.example.com");

      fixture.run("apply", "--no-wait", "--replace-registry-sources", "--blocked-registry", "c.example.com");
      assertThat(image(fixture.cluster).getRegistrySources().getBlockedRegistries()).containsExactly("c.example.com");
      assertThat(image(fixture.cluster).getRegistrySources().getInsecureRegistries()).containsExactly("a.example.com");

      Cli.Result cleared = fixture.run("apply", "--no-wait", "--clear-registry-sources", "blocked,insecure");
      assertThat(cleared.exitCode()).as(cleared.toString()).isZero();
      assertThat(image(fixture.cluster).getRegistrySources().getBlockedRegistries()).isNullOrEmpty();
      assertThat(image(fixture.cluster).getRegistrySources().getInsecureRegistries()).isNullOrEmpty();
    }
  }

  @Test
  @DisplayName("applying the same sources again writes nothing and exits 0")
  void idempotent() {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.vSphere(), dir)) {
      fixture.run("apply", "--no-wait", "--blocked-registry", "docker.io");
      fixture.cluster.requests().clear();

      Cli.Result again = fixture.run("apply", "--no-wait", "--blocked-registry", "docker.io");

      assertThat(again.exitCode()).as(again.toString()).isZero();
      assertThat(fixture.cluster.requests().writes()).isEmpty();
    }
  }

  @Test
  @DisplayName("allowed and blocked registries together, or an entry with a tag, are refused by validation: exit 2")
  void refused() {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.vSphere(), dir)) {
      fixture.cluster.requests().clear();

      Cli.Result both = fixture.run("apply", "--allowed-registry", "quay.io", "--blocked-registry", "docker.io");
      Cli.Result tagged = fixture.run("plan", "--blocked-registry", "docker.io/library/busybox:latest");

      assertThat(both.exitCode()).as(both.toString()).isEqualTo(ExitCodes.REFUSED);
      assertThat(both.out()).contains("SOURCES_ALLOWED_AND_BLOCKED");
      assertThat(tagged.exitCode()).as(tagged.toString()).isEqualTo(ExitCodes.REFUSED);
      assertThat(tagged.out()).contains("SOURCES_ENTRY_INVALID");
      assertThat(fixture.cluster.requests().writes()).isEmpty();
    }
  }

  @Test
  @DisplayName("clearing a list that is also given, an unknown list, or replacing without a list is a usage error: exit 1")
  void usage() {
    List<Cli.Result> results = List.of(
        Cli.run("plan", "--fake", "vsphere", "--clear-registry-sources", "blocked", "--blocked-registry", "docker.io"),
        Cli.run("plan", "--fake", "vsphere", "--clear-registry-sources", "mirrors"),
        Cli.run("plan", "--fake", "vsphere", "--replace-registry-sources"));

    assertThat(results).allSatisfy(r -> assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE));
    assertThat(results.get(0).err()).contains("use --replace-registry-sources");
  }
}
