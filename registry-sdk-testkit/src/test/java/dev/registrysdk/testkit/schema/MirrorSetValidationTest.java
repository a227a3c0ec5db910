package dev.registrysdk.testkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.openshift.api.model.config.v1.ImageDigestMirrorSetBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("ImageDigestMirrorSet validation")
class MirrorSetValidationTest {

  private static FakeOpenShift cluster;
  private static int counter;

  @BeforeAll
  static void start() {
    cluster = FakeOpenShift.none().withoutOperator().start();
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  @ParameterizedTest(name = "source {0}, mirror {1}: accepted {2}")
  @CsvSource({
      "registry.redhat.io/ubi9, mirror.example.com:5000/ubi9, true",
      "*.redhat.io, mirror.example.com/redhat, true",
      "registry.redhat.io/ubi9:latest, mirror.example.com/ubi9, false",
      "registry.redhat.io/ubi9, mirror.example.com/UBI9, false",
      "registry.redhat.io/ubi9, *.example.com, false"})
  void patterns(String source, String mirror, boolean accepted) {
    var idms = new ImageDigestMirrorSetBuilder().withNewMetadata().withName("idms-" + (++counter)).endMetadata()
        .withNewSpec().addNewImageDigestMirror().withSource(source).withMirrors(mirror).endImageDigestMirror()
        .endSpec().build();
    if (accepted) {
      assertThat(cluster.client().config().imageDigestMirrorSets().resource(idms).create()).isNotNull();
    } else {
      assertThatThrownBy(() -> cluster.client().config().imageDigestMirrorSets().resource(idms).create())
          .isInstanceOf(KubernetesClientException.class)
          .satisfies(e -> assertThat(((KubernetesClientException) e).getCode()).isEqualTo(422))
          .hasMessageContaining("in body should match");
    }
  }
}
