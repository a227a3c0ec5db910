package dev.registrysdk.core.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.api.mirror.MirrorSet;
import dev.registrysdk.api.mirror.SourceMirrors;
import dev.registrysdk.api.sources.RegistrySources;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistriesConfTest {

  private static final String DIGEST = "@sha256:5cfbaf45ca96806917830c183e9f37df2e913b187adb32e89fd83fa455ebaa6";

  /** The ImageContentSourcePolicy {@code ubi8repo} of seed 003, as a mirror set. */
  private static final MirrorSet UBI8REPO = MirrorSet.digest("ubi8repo").asContentSourcePolicy()
      .mirror("registry.access.redhat.com/ubi8/ubi-minimal", "example.io/example/ubi-minimal")
      .mirror("registry.access.redhat.com/ubi8/ubi-minimal", "example.com/example/ubi-minimal");

  @Nested
  @DisplayName("render()")
  class Render {
    @Test
    @DisplayName("seed 003: the ImageContentSourcePolicy gives the node file the procedure inspects, key for key")
    void seedIcsp() {
      // The seed's node file (OpenShift 4.4 documentation) shows every key in this order. Its values
      // disagree with its own policy ("ubi8/" and "ubi8-minimal"), so the expected text takes the
      // policy's values, and the two single-mirror rules in the order the Machine Config Operator
      // merges unrelated rules: by name.
      String expected = """
          unqualified-search-registries = ["registry.access.redhat.com", "docker.io"]
          [[registry]]
            location = "registry.access.redhat.com/ubi8/ubi-minimal"
            insecure = false
            blocked = false
            mirror-by-digest-only = true
            prefix = ""

            [[registry.mirror]]
              location = "example.com/example/ubi-minimal"
              insecure = false

            [[registry.mirror]]
              location = "example.io/example/ubi-minimal"
              insecure = false
          """;
      assertThat(RegistriesConf.of(List.of(UBI8REPO)).render(RegistriesConfFormat.MIRROR_BY_DIGEST_ONLY))
          .isEqualTo(expected);
    }

    @Test
    @DisplayName("the same policy in today's layout: pull-from-mirror per mirror, default keys left out")
    void currentLayout() {
      assertThat(RegistriesConf.of(List.of(UBI8REPO)).render()).isEqualTo("""
          unqualified-search-registries = ["registry.access.redhat.com", "docker.io"]
          short-name-mode = ""

          [[registry]]
            prefix = ""
            location = "registry.access.redhat.com/ubi8/ubi-minimal"

            [[registry.mirror]]
              location = "example.com/example/ubi-minimal"
              pull-from-mirror = "digest-only"

            [[registry.mirror]]
              location = "example.io/example/ubi-minimal"
              pull-from-mirror = "digest-only"
          """);
    }

    @Test
    @DisplayName("digest and tag sets, NeverContactSource, blocked, insecure and wildcard registries")
    void everything() {
      RegistriesConf conf = RegistriesConf.of(List.of(
              MirrorSet.digest("release").mirror(SourceMirrors.of("quay.io/openshift-release-dev/ocp-release",
                  "mirror.lab:5000/ocp/release").neverContactSource()),
              MirrorSet.tag("ubi").mirror("registry.redhat.io/ubi9", "mirror.lab:5000/ubi9")),
          RegistrySources.replacing().blockedRegistries("docker.io", "*.blocked.example.com")
              .insecureRegistries("mirror.lab:5000"));

      assertThat(conf.render()).isEqualTo("""
          unqualified-search-registries = ["registry.access.redhat.com", "docker.io"]
          short-name-mode = ""

          [[registry]]
            prefix = ""
            location = "quay.io/openshift-release-dev/ocp-release"
            blocked = true

            [[registry.mirror]]
              location = "mirror.lab:5000/ocp/release"
              insecure = true
              pull-from-mirror = "digest-only"

          [[registry]]
            prefix = ""
            location = "registry.redhat.io/ubi9"

            [[registry.mirror]]
              location = "mirror.lab:5000/ubi9"
              insecure = true
              pull-from-mirror = "tag-only"

          [[registry]]
            prefix = ""
            location = "docker.io"
            blocked = true

          [[registry]]
            prefix = "*.blocked.example.com"
            blocked = true

          [[registry]]
            prefix = ""
            location = "mirror.lab:5000"
            insecure = true
          """);
    }

    @Test
    @DisplayName("rules for one source from several sets become one entry")
    void mergedAcrossSets() {
      RegistriesConf conf = RegistriesConf.of(List.of(
          MirrorSet.digest("a").mirror("quay.io/team", "m2.example.com/team", "m3.example.com/team"),
          MirrorSet.digest("b").mirror("quay.io/team", "m1.example.com/team", "m2.example.com/team")));
      assertThat(conf.render()).containsOnlyOnce("location = \"quay.io/team\"");
      assertThat(conf.pullSources("quay.io/team/app" + DIGEST)).extracting(PullSource::reference).containsExactly(
          "m1.example.com/team/app" + DIGEST, "m2.example.com/team/app" + DIGEST, "m3.example.com/team/app" + DIGEST,
          "quay.io/team/app" + DIGEST);
    }

    @Test
    @DisplayName("search registries go to their drop-in file")
    void searchDropIn() {
      RegistriesConf conf = RegistriesConf.of(List.of()).searchRegistries(List.of("registry.example.com", "quay.io"));
      assertThat(conf.searchRegistriesDropIn()).contains("""
          unqualified-search-registries = ["registry.example.com", "quay.io"]
          short-name-mode = ""
          """);
      assertThat(RegistriesConf.of(List.of()).searchRegistriesDropIn()).isEmpty();
    }

    @Test
    @DisplayName("the mirror-by-digest-only layout cannot hold tag mirrors")
    void legacyRefusesTags() {
      assertThatThrownBy(() -> RegistriesConf.of(List.of(MirrorSet.tag("t").mirror("a.io/x", "b.io/x")))
          .render(RegistriesConfFormat.MIRROR_BY_DIGEST_ONLY))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PULL_FROM_MIRROR");
    }
  }

  @Nested
  @DisplayName("pullSources()")
  class Pulls {
    private final RegistriesConf conf = RegistriesConf.of(List.of(
            MirrorSet.digest("ocp").mirror("quay.io/openshift-release-dev", "mirror.lab/ocp")
                .mirror(SourceMirrors.of("quay.io/openshift-release-dev/ocp-release", "mirror.lab/release",
                    "backup.lab/release").neverContactSource()),
            MirrorSet.tag("ubi").mirror("registry.redhat.io", "mirror.lab/redhat"),
            MirrorSet.digest("wild").mirror("*.example.com", "mirror.lab/example")),
        RegistrySources.replacing().blockedRegistries("docker.io").insecureRegistries("backup.lab"));

    @ParameterizedTest(name = "{0}")
    @DisplayName("tries the most specific rule's mirrors in order, then the source unless it is blocked")
    @CsvSource(delimiter = '|', value = {
        // the most specific source wins; NeverContactSource drops the source
        "quay.io/openshift-release-dev/ocp-release" + DIGEST + "|mirror.lab/release" + DIGEST + " (mirror), backup.lab/release"
            + DIGEST + " (mirror) (insecure)",
        // a broader rule for the same registry
        "quay.io/openshift-release-dev/ocp-v4.0-art-dev" + DIGEST + "|mirror.lab/ocp/ocp-v4.0-art-dev" + DIGEST
            + " (mirror), quay.io/openshift-release-dev/ocp-v4.0-art-dev" + DIGEST,
        // digest mirrors do not serve a pull by tag
        "quay.io/openshift-release-dev/ocp-v4.0-art-dev:4.16|quay.io/openshift-release-dev/ocp-v4.0-art-dev:4.16",
        // tag mirrors do not serve a pull by digest, and serve a pull by tag
        "registry.redhat.io/ubi9/ubi" + DIGEST + "|registry.redhat.io/ubi9/ubi" + DIGEST,
        "registry.redhat.io/ubi9/ubi:9.4|mirror.lab/redhat/ubi9/ubi:9.4 (mirror), registry.redhat.io/ubi9/ubi:9.4",
        // no tag means latest
        "registry.redhat.io/ubi9/ubi|mirror.lab/redhat/ubi9/ubi:latest (mirror), registry.redhat.io/ubi9/ubi:latest",
        // a wildcard source keeps the host as location of the source
        "registry.example.com/app" + DIGEST + "|mirror.lab/example/app" + DIGEST + " (mirror), registry.example.com/app" + DIGEST,
        // a prefix matches whole path components only
        "quay.io/openshift-release-dev-extra/x:1|quay.io/openshift-release-dev-extra/x:1",
        // a blocked registry is not tried
        "docker.io/library/busybox:1|"})
    void resolution(String image, String expected) {
      String actual = String.join(", ", conf.pullSources(image).stream().map(PullSource::toString).toList());
      assertThat(actual).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    @DisplayName("a short name is searched in the search registries, docker.io with library/")
    void shortName() {
      assertThat(conf.pullSources("busybox").stream().map(PullSource::reference).toList())
          .containsExactly("registry.access.redhat.com/busybox:latest");
      RegistriesConf searched = RegistriesConf.of(List.of()).searchRegistries(List.of("docker.io", "quay.io"));
      assertThat(searched.pullSources("busybox").stream().map(PullSource::reference).toList())
          .containsExactly("docker.io/library/busybox:latest", "quay.io/busybox:latest");
    }
  }

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @DisplayName("matches prefixes as the container runtime does")
  @CsvSource({
      "quay.io/a/b:1, quay.io/a, 9", "quay.io/ab:1, quay.io/a, -1", "quay.io:1, quay.io, 7",
      "a.example.com/x, *.example.com, 13", "example.com/x, *.example.com, -1", "x/a.example.com, *.example.com, -1",
      "quay.io@sha256:1, quay.io, 7", "quay.io, quay.io, 7"})
  void prefixes(String reference, String prefix, int length) {
    assertThat(RegistriesConf.matchingPrefix(reference, prefix)).isEqualTo(length);
  }

  @Test
  @DisplayName("TOML strings are escaped")
  void quoting() {
    assertThat(TomlWriter.quote("a\"b\\c\n\u0001")).isEqualTo("\"a\\\"b\\\\c\\n\\u0001\"");
  }
}
