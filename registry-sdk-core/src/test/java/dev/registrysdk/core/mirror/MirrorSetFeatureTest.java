package dev.registrysdk.core.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.mirror.MirrorSet;
import dev.registrysdk.api.mirror.SourceMirrors;
import dev.registrysdk.core.cluster.TestFacts;
import dev.registrysdk.core.feature.FeatureResult;
import dev.registrysdk.core.plan.ObjectIntent;
import io.fabric8.openshift.api.model.config.v1.ImageDigestMirrorSetBuilder;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MirrorSetFeatureTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String IDMS = "config.openshift.io/v1/ImageDigestMirrorSet";
  private static final String ITMS = "config.openshift.io/v1/ImageTagMirrorSet";
  private static final String ICSP = "operator.openshift.io/v1alpha1/ImageContentSourcePolicy";

  private static final TestFacts CURRENT = TestFacts.cluster().serving(IDMS, ITMS, ICSP);
  private static final TestFacts BEFORE_4_13 = TestFacts.cluster().serving(ICSP);

  private static FeatureResult evaluate(TestFacts cluster, MirrorSet... sets) {
    MirrorSetFeature feature = MirrorSetFeature.of(List.of(sets));
    return feature.evaluate(cluster.observedFor(feature));
  }

  private static List<String> codes(FeatureResult result) {
    return result.findings().stream().map(Finding::code).toList();
  }

  private static ObjectIntent only(FeatureResult result) {
    assertThat(result.intents()).hasSize(1);
    return result.intents().get(0);
  }

  @Nested
  @DisplayName("which kind")
  class Kinds {
    @Test
    @DisplayName("a digest set becomes an ImageDigestMirrorSet where the cluster serves it")
    void digestSet() throws Exception {
      ObjectIntent intent = only(evaluate(CURRENT, MirrorSet.digest("release")
          .mirror(SourceMirrors.of("quay.io/openshift-release-dev/ocp-release", "mirror.lab/ocp/release").neverContactSource())));
      assertThat(intent.key().kind()).isEqualTo("ImageDigestMirrorSet");
      assertThat(intent.key().apiVersion()).isEqualTo("config.openshift.io/v1");
      assertThat(intent.document()).isEqualTo(JSON.readTree("""
          {"spec":{"imageDigestMirrors":[{"source":"quay.io/openshift-release-dev/ocp-release",
            "mirrors":["mirror.lab/ocp/release"],"mirrorSourcePolicy":"NeverContactSource"}]}}"""));
    }

    @Test
    @DisplayName("a tag set becomes an ImageTagMirrorSet")
    void tagSet() {
      ObjectIntent intent = only(evaluate(CURRENT, MirrorSet.tag("ubi").mirror("registry.redhat.io/ubi9", "mirror.lab/ubi9")));
      assertThat(intent.key().kind()).isEqualTo("ImageTagMirrorSet");
      assertThat(intent.document().at("/spec/imageTagMirrors/0/mirrors/0").asText()).isEqualTo("mirror.lab/ubi9");
    }

    @Test
    @DisplayName("before OpenShift 4.13 a digest set becomes an ImageContentSourcePolicy, with a note")
    void fallback() throws Exception {
      FeatureResult result = evaluate(BEFORE_4_13, MirrorSet.digest("ubi8repo")
          .mirror("registry.access.redhat.com/ubi8/ubi-minimal", "example.io/example/ubi-minimal"));
      ObjectIntent intent = only(result);
      assertThat(intent.key().kind()).isEqualTo("ImageContentSourcePolicy");
      assertThat(intent.key().apiVersion()).isEqualTo("operator.openshift.io/v1alpha1");
      assertThat(intent.document()).isEqualTo(JSON.readTree("""
          {"spec":{"repositoryDigestMirrors":[{"source":"registry.access.redhat.com/ubi8/ubi-minimal",
            "mirrors":["example.io/example/ubi-minimal"]}]}}"""));
      assertThat(codes(result)).contains(MirrorFindingCodes.MIRROR_CONTENT_SOURCE_POLICY_FALLBACK);
    }

    @Test
    @DisplayName("an ImageContentSourcePolicy on request is deprecated where mirror sets are served")
    void onRequest() {
      FeatureResult result = evaluate(CURRENT, MirrorSet.digest("p").asContentSourcePolicy().mirror("a.io/x", "b.io/x"));
      assertThat(only(result).key().kind()).isEqualTo("ImageContentSourcePolicy");
      assertThat(codes(result)).contains(MirrorFindingCodes.MIRROR_CONTENT_SOURCE_POLICY_DEPRECATED);
    }

    @Test
    @DisplayName("tag sets need ImageTagMirrorSet: not before 4.13, never as a policy")
    void tagsNeedTagSets() {
      assertThat(codes(evaluate(BEFORE_4_13, MirrorSet.tag("t").mirror("a.io/x", "b.io/x"))))
          .containsExactly(MirrorFindingCodes.MIRROR_KIND_NOT_SERVED);
      assertThat(codes(evaluate(CURRENT, MirrorSet.tag("t").asContentSourcePolicy().mirror("a.io/x", "b.io/x"))))
          .containsExactly(MirrorFindingCodes.MIRROR_TAG_AS_CONTENT_SOURCE_POLICY);
    }
  }

  @Nested
  @DisplayName("validation")
  class Validation {
    @ParameterizedTest(name = "source \"{0}\"")
    @DisplayName("sources follow the CRD pattern")
    @ValueSource(strings = {"quay.io/ns:tag", "quay.io/ns@sha256:abc", "", "Quay.io/NS", "*.example.com/repo"})
    void invalidSource(String source) {
      assertThat(codes(evaluate(CURRENT, MirrorSet.digest("m").mirror(source, "mirror.lab/x"))))
          .contains(MirrorFindingCodes.MIRROR_SOURCE_INVALID);
    }

    @Test
    @DisplayName("a wildcard source is valid in a mirror set, not in a policy")
    void wildcardSource() {
      assertThat(codes(evaluate(CURRENT, MirrorSet.digest("m").mirror("*.example.com", "mirror.lab/x"))))
          .doesNotContain(MirrorFindingCodes.MIRROR_SOURCE_INVALID);
      assertThat(codes(evaluate(BEFORE_4_13, MirrorSet.digest("m").mirror("*.example.com", "mirror.lab/x"))))
          .contains(MirrorFindingCodes.MIRROR_SOURCE_INVALID);
    }

    @ParameterizedTest(name = "mirror \"{0}\"")
    @DisplayName("mirrors follow the CRD pattern, without wildcards")
    @ValueSource(strings = {"*.example.com", "mirror.lab/x:1", "https://mirror.lab/x"})
    void invalidMirror(String mirror) {
      assertThat(codes(evaluate(CURRENT, MirrorSet.digest("m").mirror("quay.io/x", mirror))))
          .contains(MirrorFindingCodes.MIRROR_MIRROR_INVALID);
    }

    @Test
    @DisplayName("mirrors are a set")
    void duplicateMirror() {
      assertThat(codes(evaluate(CURRENT, MirrorSet.digest("m").mirror("quay.io/x", "m.lab/x", "m.lab/x"))))
          .contains(MirrorFindingCodes.MIRROR_DUPLICATE);
    }

    @Test
    @DisplayName("a source policy needs mirrors, and NeverContactSource cannot list the source")
    void policies() {
      assertThat(codes(evaluate(CURRENT, MirrorSet.digest("m").mirror(SourceMirrors.of("quay.io/x").neverContactSource()))))
          .contains(MirrorFindingCodes.MIRROR_POLICY_WITHOUT_MIRRORS);
      assertThat(codes(evaluate(CURRENT, MirrorSet.digest("m")
          .mirror(SourceMirrors.of("quay.io/x", "m.lab/x", "quay.io/x").neverContactSource()))))
          .contains(MirrorFindingCodes.MIRROR_NEVER_CONTACT_SOURCE_IS_MIRROR);
      assertThat(codes(evaluate(CURRENT, MirrorSet.digest("m").asContentSourcePolicy()
          .mirror(SourceMirrors.of("quay.io/x", "m.lab/x").neverContactSource()))))
          .contains(MirrorFindingCodes.MIRROR_POLICY_NOT_SUPPORTED);
      assertThat(codes(evaluate(CURRENT, MirrorSet.digest("m").mirror(SourceMirrors.of("quay.io/x", "m.lab/x").neverContactSource())
          .mirror("quay.io/x", "n.lab/x"))))
          .contains(MirrorFindingCodes.MIRROR_POLICY_CONFLICT);
    }

    @Test
    @DisplayName("names are DNS subdomains and unique per kind")
    void names() {
      assertThat(codes(evaluate(CURRENT, MirrorSet.digest("Bad_Name").mirror("quay.io/x", "m.lab/x"))))
          .containsExactly(MirrorFindingCodes.MIRROR_SET_NAME_INVALID);
      assertThat(codes(evaluate(CURRENT, MirrorSet.digest("m").mirror("quay.io/x", "m.lab/x"),
          MirrorSet.digest("m").mirror("quay.io/y", "m.lab/y")))).contains(MirrorFindingCodes.MIRROR_SET_DUPLICATE);
    }
  }

  @Nested
  @DisplayName("writes")
  class Writes {
    @Test
    @DisplayName("warns that digest mirrors do not serve tags and that every node gets the change")
    void warnings() {
      FeatureResult result = evaluate(CURRENT, MirrorSet.digest("m").mirror("quay.io/x", "m.lab/x"));
      assertThat(codes(result)).containsExactly(MirrorFindingCodes.MIRROR_NODE_ROLLOUT, MirrorFindingCodes.MIRROR_DIGEST_ONLY);
    }

    @Test
    @DisplayName("nothing, and no warning, when the object already holds exactly these rules")
    void unchanged() {
      TestFacts cluster = TestFacts.cluster().serving(IDMS).with(new ImageDigestMirrorSetBuilder()
          .withNewMetadata().withName("m").endMetadata()
          .withNewSpec().addNewImageDigestMirror().withSource("quay.io/x").withMirrors("m.lab/x").endImageDigestMirror().endSpec()
          .build());
      FeatureResult result = evaluate(cluster, MirrorSet.digest("m").mirror("quay.io/x", "m.lab/x"));
      assertThat(result.intents()).isEmpty();
      assertThat(result.findings()).isEmpty();
    }

    @Test
    @DisplayName("adding to an existing set keeps its rules and appends new mirrors once")
    void addingToExisting() throws Exception {
      TestFacts cluster = TestFacts.cluster().serving(IDMS).with(new ImageDigestMirrorSetBuilder()
          .withNewMetadata().withName("oc-mirror").endMetadata()
          .withNewSpec()
          .addNewImageDigestMirror().withSource("quay.io/x").withMirrors("m.lab/x").endImageDigestMirror()
          .addNewImageDigestMirror().withSource("quay.io/y").withMirrors("m.lab/y").endImageDigestMirror()
          .endSpec().build());
      ObjectIntent intent = only(evaluate(cluster, MirrorSet.digest("oc-mirror").addingToExisting()
          .mirror("quay.io/x", "m.lab/x", "n.lab/x").mirror("quay.io/z", "m.lab/z")));
      assertThat(intent.document().at("/spec/imageDigestMirrors")).isEqualTo(JSON.readTree("""
          [{"source":"quay.io/x","mirrors":["m.lab/x","n.lab/x"]},
           {"source":"quay.io/y","mirrors":["m.lab/y"]},
           {"source":"quay.io/z","mirrors":["m.lab/z"]}]"""));
    }
  }
}
