package dev.registrysdk.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.openshift.api.model.Route;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Discovery")
class DiscoveryTest {

  private static FakeOpenShift cluster;

  @BeforeAll
  static void start() {
    cluster = FakeOpenShift.none().start();
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  @Test
  @DisplayName("reports the server version of the OpenShift release's Kubernetes")
  void version() {
    assertThat(cluster.client().getKubernetesVersion().getGitVersion()).isEqualTo("v1.31.6");
  }

  @Test
  @DisplayName("lets fabric8 see the OpenShift API groups and kinds")
  void supports() {
    assertThat(cluster.client().supportsOpenShiftAPIGroup("imageregistry.operator.openshift.io")).isTrue();
    assertThat(cluster.client().supports(Config.class)).isTrue();
    assertThat(cluster.client().supports(Route.class)).isTrue();
  }

  @Test
  @DisplayName("lists resources with kind, scope, verbs, short names and the status subresource")
  void resources() {
    var list = cluster.client().getApiResources("config.openshift.io/v1");
    assertThat(list.getResources()).filteredOn(r -> r.getName().equals("clusteroperators")).singleElement()
        .satisfies(r -> {
          assertThat(r.getKind()).isEqualTo("ClusterOperator");
          assertThat(r.getNamespaced()).isFalse();
          assertThat(r.getShortNames()).containsExactly("co");
          assertThat(r.getVerbs()).contains("get", "list", "watch", "patch");
        });
    assertThat(list.getResources()).extracting(APIResource::getName).contains("clusteroperators/status");
  }

  @Test
  @DisplayName("allows every access review")
  void accessReview() {
    var review = cluster.client().authorization().v1().selfSubjectAccessReview().create(
        new io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder().withNewSpec()
            .withNewResourceAttributes().withGroup("imageregistry.operator.openshift.io").withResource("configs")
            .withVerb("patch").withName("cluster").endResourceAttributes().endSpec().build());
    assertThat(review.getStatus().getAllowed()).isTrue();
  }
}
