package dev.registrysdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.registrysdk.api.error.ApplyFailedException;
import dev.registrysdk.api.mirror.MirrorSet;
import dev.registrysdk.api.plan.Change;
import dev.registrysdk.api.plan.Plan;
import dev.registrysdk.core.cluster.TestFacts;
import dev.registrysdk.core.mirror.MirrorFindingCodes;
import io.fabric8.openshift.api.model.operator.v1alpha1.ImageContentSourcePolicy;
import io.fabric8.openshift.api.model.operator.v1alpha1.ImageContentSourcePolicyBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MirrorApplyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CA = TestFacts.resource("/certs/registry-ca.pem");

  /** The ImageContentSourcePolicy of seed 003, as a mirror set. */
  private static final MirrorSet UBI8REPO = MirrorSet.digest("ubi8repo")
      .mirror("registry.access.redhat.com/ubi8/ubi-minimal", "example.io/example/ubi-minimal")
      .mirror("registry.access.redhat.com/ubi8/ubi-minimal", "example.com/example/ubi-minimal");

  @Test
  @DisplayName("seed 003: before OpenShift 4.13 the SDK creates the ImageContentSourcePolicy oc create -f creates")
  void seed003ContentSourcePolicy() {
    try (FeatureCluster cluster = FeatureCluster.beforeMirrorSets()) {
      // oc create -f registryrepomirror.yaml
      ImageContentSourcePolicy byHand = new ImageContentSourcePolicyBuilder().withNewMetadata().withName("ubi8repo").endMetadata()
          .withNewSpec()
          .addNewRepositoryDigestMirror().withMirrors("example.io/example/ubi-minimal")
          .withSource("registry.access.redhat.com/ubi8/ubi-minimal").endRepositoryDigestMirror()
          .addNewRepositoryDigestMirror().withMirrors("example.com/example/ubi-minimal")
          .withSource("registry.access.redhat.com/ubi8/ubi-minimal").endRepositoryDigestMirror()
          .endSpec().build();

      ApplyResult result = cluster.configurer().mirrors(UBI8REPO).apply();

      ImageContentSourcePolicy stored = cluster.client.operator().imageContentSourcePolicies().withName("ubi8repo").get();
      assertThat(stored.getSpec()).isEqualTo(byHand.getSpec());
      assertThat(result.plan().findings()).extracting(f -> f.code()).contains(
          MirrorFindingCodes.MIRROR_CONTENT_SOURCE_POLICY_FALLBACK, MirrorFindingCodes.MIRROR_NODE_ROLLOUT,
          MirrorFindingCodes.MIRROR_DIGEST_ONLY);
    }
  }

  @Test
  @DisplayName("on a current cluster the same set becomes an ImageDigestMirrorSet, and a repeated apply writes nothing")
  void digestMirrorSet() {
    try (FeatureCluster cluster = FeatureCluster.current()) {
      RegistryConfigurer mirrors = cluster.configurer().mirrors(UBI8REPO);
      ApplyResult first = mirrors.apply();
      assertThat(first.changes()).singleElement().satisfies(c -> assertThat(c.diff()).containsExactly(
          "spec.imageDigestMirrors: (unset) -> [{\"source\":\"registry.access.redhat.com/ubi8/ubi-minimal\","
              + "\"mirrors\":[\"example.io/example/ubi-minimal\"]},{\"source\":\"registry.access.redhat.com/ubi8/ubi-minimal\","
              + "\"mirrors\":[\"example.com/example/ubi-minimal\"]}]"));
      assertThat(cluster.client.config().imageDigestMirrorSets().withName("ubi8repo").get().getSpec().getImageDigestMirrors())
          .hasSize(2);
      cluster.clearRequests();

      ApplyResult again = mirrors.apply();

      assertThat(again.changed()).isFalse();
      assertThat(again.plan().findings()).as("no rollout warning without a change").isEmpty();
      assertThat(cluster.writes()).isEmpty();
    }
  }

  @Test
  @DisplayName("the node file of the cluster now, and with one more set, from what the cluster holds")
  void previewFromCluster() {
    try (FeatureCluster cluster = FeatureCluster.current()) {
      cluster.configurer().mirrors(UBI8REPO)
          .registrySources(dev.registrysdk.api.sources.RegistrySources.adding().blockedRegistries("docker.io")).apply();

      String now = dev.registrysdk.core.mirror.ClusterMirrorSets.registriesConf(cluster.client).render();
      assertThat(now).contains("location = \"registry.access.redhat.com/ubi8/ubi-minimal\"", "location = \"docker.io\"\n  blocked = true");

      var after = dev.registrysdk.core.mirror.ClusterMirrorSets.registriesConf(cluster.client,
          java.util.List.of(MirrorSet.digest("ubi8repo").mirror("registry.access.redhat.com/ubi8/ubi-minimal", "mirror.lab/ubi-minimal")));
      assertThat(after.pullSources("registry.access.redhat.com/ubi8/ubi-minimal@sha256:" + "a".repeat(64)))
          .extracting(dev.registrysdk.core.mirror.PullSource::reference)
          .containsExactly("mirror.lab/ubi-minimal@sha256:" + "a".repeat(64),
              "registry.access.redhat.com/ubi8/ubi-minimal@sha256:" + "a".repeat(64));
    }
  }

  @Test
  @DisplayName("storage, trust and mirrors in one apply: prerequisites first, the registry's Config last, then nothing to do")
  void oneApply() throws Exception {
    try (FeatureCluster cluster = FeatureCluster.current()) {
      RegistryConfigurer all = cluster.configurer().managed().storage(TestStorage.operatorClaim())
          .trustRegistryCa("mirror.example.com:5000", CA)
          .mirrors(MirrorSet.digest("release").mirror("quay.io/openshift-release-dev/ocp-release", "mirror.example.com:5000/ocp/release"));

      Plan plan = all.plan();
      assertThat(plan.changes()).extracting(c -> c.target().toString()).containsExactly(
          "ConfigMap openshift-config/registry-config", "Image cluster", "ImageDigestMirrorSet release", "Config cluster");

      ApplyResult result = all.apply();

      assertThat(result.changes()).hasSize(4);
      assertThat(cluster.registryConfig().getSpec().getManagementState()).isEqualTo("Managed");
      assertThat(cluster.configMap("registry-config").getData()).containsKey("mirror.example.com..5000");
      assertThat(cluster.client.config().imageDigestMirrorSets().withName("release").get()).isNotNull();
      JsonNode config = JSON.readTree(result.changes().get(3).body());
      assertThat(config.at("/spec/storage/pvc").isObject()).isTrue();
      assertThat(config.at("/spec/storage/pvc/claim").isMissingNode()).as("the operator names the claim").isTrue();

      cluster.clearRequests();
      assertThat(all.apply().changed()).isFalse();
      assertThat(cluster.writes()).isEmpty();
    }
  }

  @Test
  @DisplayName("a failed Config write undoes the trusted CA, the image config patch and the mirror set written before it")
  void undo() {
    try (FeatureCluster cluster = FeatureCluster.current()) {
      cluster.fake.faults().failAlways("PATCH", "configs", 422);
      var imageSpecBefore = cluster.imageConfig().getSpec();

      assertThatThrownBy(() -> cluster.configurer().managed().storage(TestStorage.operatorClaim())
              .trustRegistryCa("mirror.example.com:5000", CA)
              .mirrors(MirrorSet.digest("release").mirror("quay.io/openshift-release-dev/ocp-release", "mirror.example.com:5000/ocp"))
              .apply())
          .isInstanceOf(ApplyFailedException.class)
          .satisfies(e -> assertThat(((ApplyFailedException) e).undone()).extracting(Change::target)
              .extracting(Object::toString)
              .containsExactlyInAnyOrder("ConfigMap openshift-config/registry-config", "Image cluster", "ImageDigestMirrorSet release"));
      assertThat(cluster.configMap("registry-config")).isNull();
      assertThat(cluster.client.config().imageDigestMirrorSets().withName("release").get()).isNull();
      assertThat(cluster.imageConfig().getSpec()).as("the patched image config is as before")
          .isEqualTo(imageSpecBefore);
      assertThat(cluster.imageConfig().getSpec().getAdditionalTrustedCA()).isNull();
    }
  }
}
