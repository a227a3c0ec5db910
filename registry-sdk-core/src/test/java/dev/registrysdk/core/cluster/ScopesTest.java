package dev.registrysdk.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScopesTest {

  @ParameterizedTest(name = "{0}")
  @DisplayName("accepts the scopes the CRD accepts (openshift/api images.config.openshift.io test suite and more)")
  @ValueSource(strings = {"registry.io", "registry.io/myrepo", "*.example.com", "localhost:5000/repo",
      "insecure.registry.io", "*.insecure.example.com", "quay.io/openshift-release-dev/ocp-release",
      "registry.example.com:5000/a/b/c", "r.io/a__b", "r.io/a-b--c", "r.io/a.b_c", "10.0.0.1:5000", "test"})
  void validScopes(String scope) {
    assertThat(Scopes.isScope(scope)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @DisplayName("refuses what the CRD refuses: tags, digests, empty, upper-case paths, bad wildcards")
  @ValueSource(strings = {"", "registry.io/myrepo:latest", "registry.io/myrepo@sha256:abc123", "registry.io/MyRepo",
      "*.example.com/repo", "*example.com", "foo.*.example.com", "https://registry.io", "registry.io/", "-a.io",
      "registry.io/a_-b", "registry.io/a___b", "registry io"})
  void invalidScopes(String scope) {
    assertThat(Scopes.isScope(scope)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("mirrors are repositories: no wildcards")
  @CsvSource({"mirror.example.com/ocp/release, true", "mirror.example.com:5000, true", "*.example.com, false",
      "mirror.example.com/ocp:4.16, false"})
  void repositories(String mirror, boolean valid) {
    assertThat(Scopes.isRepository(mirror)).isEqualTo(valid);
  }

  @Test
  @DisplayName("a long invalid entry is refused quickly")
  @Timeout(1)
  void noCatastrophicBacktracking() {
    String evil = "registry.io/" + "a".repeat(5000) + "!";
    assertThat(Scopes.isScope(evil)).isFalse();
    assertThat(Scopes.isRepository(evil)).isFalse();
  }

  @ParameterizedTest(name = "{0} within {1}: {2}")
  @DisplayName("knows which scopes lie within others")
  @CsvSource({
      "quay.io/openshift-release-dev/ocp-release, quay.io, true",
      "quay.io/openshift-release-dev/ocp-release, quay.io/openshift-release-dev, true",
      "quay.io, quay.io, true",
      "quay.io.evil.com, quay.io, false",
      "quay.io/openshift, quay.io/open, false",
      "mirror.example.com/x, *.example.com, true",
      "*.a.example.com, *.example.com, true",
      "example.com, *.example.com, false",
      "mirror.example.com:5000/x, *.example.com, true"})
  void within(String inner, String outer, boolean expected) {
    assertThat(Scopes.isWithin(inner, outer)).isEqualTo(expected);
  }
}
