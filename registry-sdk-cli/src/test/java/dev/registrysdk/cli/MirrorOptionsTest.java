package dev.registrysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.registrysdk.api.mirror.MirrorSet;
import dev.registrysdk.api.mirror.SourceMirrors;
import dev.registrysdk.testkit.FakeOpenShift;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mirror sets (seed 003) and the registries.conf preview. */
class MirrorOptionsTest {

  private static final String SOURCE = "registry.access.redhat.com/ubi8/ubi-minimal";
  private static final String DIGEST = "@sha256:5cfbaf45ca96806917830c183e9f37df2e913b187adb32e89fd83fa455ebaa6";
  private static final String[] SEED_003 = {"--mirror-set", "ubi8repo",
      "--digest-mirror", SOURCE + "=example.io/example/ubi-minimal,example.com/example/ubi-minimal"};

  @TempDir
  Path dir;

  @Test
  @DisplayName("digest and tag mirrors with a source policy write what MirrorSet.digest and MirrorSet.tag write")
  void sameAsSdk() {
    try (SdkParity parity = new SdkParity(FakeOpenShift::vSphere, dir, c -> {})) {
      Cli.Result result = parity.applyWithCli(Map.of(), "--mirror-set", "release-mirrors",
          "--digest-mirror", "quay.io/openshift-release-dev/ocp-release=mirror.example.com:5000/ocp/release",
          "--digest-mirror", "quay.io/openshift-release-dev/ocp-v4.0-art-dev=mirror.example.com:5000/ocp/release",
          "--tag-mirror", "registry.redhat.io/ubi9=mirror.example.com:5000/ubi9",
          "--mirror-source-policy", "quay.io/openshift-release-dev/ocp-release=NeverContactSource");
      parity.applyWithSdk(c -> c.mirrors(MirrorSet.digest("release-mirrors")
              .mirror(SourceMirrors.of("quay.io/openshift-release-dev/ocp-release", "mirror.example.com:5000/ocp/release")
                  .neverContactSource())
              .mirror("quay.io/openshift-release-dev/ocp-v4.0-art-dev", "mirror.example.com:5000/ocp/release"),
          MirrorSet.tag("release-mirrors").mirror("registry.redhat.io/ubi9", "mirror.example.com:5000/ubi9")));

      assertThat(result.exitCode()).as(result.toString()).isZero();
      assertThat(result.out()).contains("ImageDigestMirrorSet release-mirrors", "ImageTagMirrorSet release-mirrors",
          "MIRROR_NODE_ROLLOUT");
      parity.assertSameWrites();
    }
  }

  @Test
  @DisplayName("each --mirror-set starts a set of its own, with its own rules, policy and flags, as several MirrorSet values do")
  void severalSets() {
    try (SdkParity parity = new SdkParity(FakeOpenShift::vSphere, dir, c -> {})) {
      Cli.Result result = parity.applyWithCli(Map.of(), join(SEED_003, "--as-icsp",
          "--mirror-set", "release-mirrors",
          "--digest-mirror", "quay.io/openshift-release-dev/ocp-release=mirror.example.com:5000/ocp/release",
          "--mirror-source-policy", "NeverContactSource",
          "--tag-mirror", "registry.redhat.io/ubi9=mirror.example.com:5000/ubi9"));
      parity.applyWithSdk(c -> c.mirrors(
          MirrorSet.digest("ubi8repo").mirror(SOURCE, "example.io/example/ubi-minimal", "example.com/example/ubi-minimal")
              .asContentSourcePolicy(),
          MirrorSet.digest("release-mirrors").mirror(SourceMirrors.of("quay.io/openshift-release-dev/ocp-release",
              "mirror.example.com:5000/ocp/release").neverContactSource()),
          MirrorSet.tag("release-mirrors").mirror(SourceMirrors.of("registry.redhat.io/ubi9", "mirror.example.com:5000/ubi9")
              .neverContactSource())));

      assertThat(result.exitCode()).as(result.toString()).isZero();
      assertThat(result.out()).contains("ImageContentSourcePolicy ubi8repo", "ImageDigestMirrorSet release-mirrors",
          "ImageTagMirrorSet release-mirrors");
      parity.assertSameWrites();
    }
  }

  @Test
  @DisplayName("--as-icsp writes seed 003's ImageContentSourcePolicy, as MirrorSet.asContentSourcePolicy() does")
  void contentSourcePolicy() {
    try (SdkParity parity = new SdkParity(FakeOpenShift::vSphere, dir, c -> {})) {
      Cli.Result result = parity.applyWithCli(Map.of(), join(SEED_003, "--as-icsp"));
      parity.applyWithSdk(c -> c.mirrors(MirrorSet.digest("ubi8repo")
          .mirror(SOURCE, "example.io/example/ubi-minimal", "example.com/example/ubi-minimal").asContentSourcePolicy()));

      assertThat(result.exitCode()).as(result.toString()).isZero();
      parity.assertSameWrites();
      assertThat(parity.cli.cluster.client().operator().imageContentSourcePolicies().withName("ubi8repo").get()
          .getSpec().getRepositoryDigestMirrors().get(0).getMirrors())
          .containsExactly("example.io/example/ubi-minimal", "example.com/example/ubi-minimal");
    }
  }

  @Test
  @DisplayName("plan --registries-conf --pull prints the file nodes get and where a pull by digest or by tag goes")
  void registriesConfPreview() {
    Cli.Result result = Cli.run(join(new String[] {"plan", "--fake", "vsphere"}, join(SEED_003,
        "--registries-conf", "--pull", SOURCE + DIGEST, "--pull", SOURCE + ":latest")));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("/etc/containers/registries.conf on every node once applied:",
        "  location = \"" + SOURCE + "\"",
        "    location = \"example.io/example/ubi-minimal\"\n    pull-from-mirror = \"digest-only\"",
        "A pull of " + SOURCE + DIGEST + " tries, in order:\n"
            + "  1. example.io/example/ubi-minimal" + DIGEST + " (mirror)\n"
            + "  2. example.com/example/ubi-minimal" + DIGEST + " (mirror)\n"
            + "  3. " + SOURCE + DIGEST + " (source)",
        "A pull of " + SOURCE + ":latest tries, in order:\n  1. " + SOURCE + ":latest (source)");
  }

  @Test
  @DisplayName("the preview in the seed's layout, and in JSON; the cluster's own mirror sets are part of it")
  void previewLayoutAndJson() throws Exception {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.vSphere(), dir)) {
      fixture.run("apply", "--no-wait", "--mirror-set", "existing", "--digest-mirror", "quay.io/team=mirror.example.com/team");

      Cli.Result legacy = fixture.run("plan", join(SEED_003, "--registries-conf-layout", "mirror-by-digest-only"));
      Cli.Result json = fixture.run("plan", join(SEED_003, "--pull", SOURCE + DIGEST, "-o", "json"));

      assertThat(legacy.exitCode()).as(legacy.toString()).isZero();
      assertThat(legacy.out()).contains("mirror-by-digest-only = true", "location = \"quay.io/team\"");
      JsonNode nodes = new ObjectMapper().readTree(json.out()).get("nodes");
      assertThat(nodes.has("content")).isFalse();
      assertThat(nodes.at("/pulls/0/tries/0/reference").asText()).isEqualTo("example.io/example/ubi-minimal" + DIGEST);
      assertThat(nodes.at("/pulls/0/tries/0/mirror").asBoolean()).isTrue();
    }
  }

  @Test
  @DisplayName("applying the same mirrors again writes nothing and exits 0")
  void idempotent() {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.vSphere(), dir)) {
      fixture.run("apply", join(SEED_003, "--no-wait"));
      fixture.cluster.requests().clear();

      Cli.Result again = fixture.run("apply", join(SEED_003, "--no-wait"));

      assertThat(again.exitCode()).as(again.toString()).isZero();
      assertThat(fixture.cluster.requests().writes()).isEmpty();
    }
  }

  @Test
  @DisplayName("a mirror with a tag, or tag mirrors as an ImageContentSourcePolicy, are refused by validation: exit 2")
  void refused() {
    Cli.Result tagged = Cli.run("plan", "--fake", "vsphere", "--mirror-set", "m", "--digest-mirror", SOURCE + "=example.io/ubi:latest");
    Cli.Result tagAsIcsp = Cli.run("plan", "--fake", "vsphere", "--mirror-set", "m", "--tag-mirror", SOURCE + "=example.io/ubi",
        "--as-icsp");

    assertThat(tagged.exitCode()).as(tagged.toString()).isEqualTo(ExitCodes.REFUSED);
    assertThat(tagged.out()).contains("MIRROR_MIRROR_INVALID");
    assertThat(tagAsIcsp.exitCode()).as(tagAsIcsp.toString()).isEqualTo(ExitCodes.REFUSED);
    assertThat(tagAsIcsp.out()).contains("MIRROR_TAG_AS_CONTENT_SOURCE_POLICY");
  }

  @Test
  @DisplayName("mirrors without a set name, a set without rules, a rule without mirrors, a policy for no rule or an unknown layout: exit 1")
  void usage() {
    List<Cli.Result> results = List.of(
        Cli.run("plan", "--fake", "vsphere", "--digest-mirror", SOURCE + "=example.io/ubi"),
        Cli.run("plan", "--fake", "vsphere", "--digest-mirror", SOURCE + "=example.io/ubi", "--mirror-set", "m",
            "--digest-mirror", "quay.io/team=example.io/team", "--mirror-set", "second"),
        Cli.run("plan", "--fake", "vsphere", "--mirror-set", "m", "--digest-mirror", SOURCE),
        Cli.run("plan", "--fake", "vsphere", "--mirror-set", "m", "--digest-mirror", SOURCE + "=example.io/ubi",
            "--mirror-source-policy", "quay.io/other=NeverContactSource"),
        Cli.run("plan", "--fake", "vsphere", "--mirror-set", "m", "--digest-mirror", SOURCE + "=example.io/ubi",
            "--mirror-source-policy", "Sometimes"),
        Cli.run("plan", "--fake", "vsphere", "--as-icsp"),
        Cli.run("plan", "--fake", "vsphere", "--registries-conf-layout", "toml"));

    assertThat(results).allSatisfy(r -> assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE));
    assertThat(results.get(0).err()).contains("need --mirror-set NAME");
    assertThat(results.get(1).err()).contains("--mirror-set second has no --digest-mirror or --tag-mirror");
  }

  private static String[] join(String[] first, String... more) {
    String[] all = new String[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
