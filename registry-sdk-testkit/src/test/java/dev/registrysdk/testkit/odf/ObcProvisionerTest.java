package dev.registrysdk.testkit.odf;

import static dev.registrysdk.testkit.assertj.FakeOpenShiftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The simulated ODF bucket provisioner")
class ObcProvisionerTest {

  private static GenericKubernetesResource claim(String name, String storageClass) {
    return new GenericKubernetesResourceBuilder().withApiVersion("objectbucket.io/v1alpha1")
        .withKind("ObjectBucketClaim").withNewMetadata().withName(name).withNamespace("openshift-storage")
        .endMetadata().withAdditionalProperties(Map.of("spec", Map.of("storageClassName", storageClass,
            "generateBucketName", "registry"))).build();
  }

  private static GenericKubernetesResource create(FakeOpenShift cluster, GenericKubernetesResource claim) {
    cluster.client().resource(claim).create();
    return cluster.client().genericKubernetesResources("objectbucket.io/v1alpha1", "ObjectBucketClaim")
        .inNamespace("openshift-storage").withName(claim.getMetadata().getName()).get();
  }

  @Test
  @DisplayName("binds a NooBaa claim with a generated bucket, a secret and a config map")
  void binds() {
    try (FakeOpenShift cluster = FakeOpenShift.bareMetal().withOdf().start()) {
      GenericKubernetesResource bound = create(cluster, claim("registry", "openshift-storage.noobaa.io"));
      assertThat(bound.get("status", "phase").toString()).isEqualTo("Bound");
      assertThat(bound.get("spec", "bucketName").toString()).startsWith("registry-");
      assertThat(cluster).secret("openshift-storage", "registry").hasKeys("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");
      assertThat(cluster).configMap("openshift-storage", "registry")
          .hasKeys("BUCKET_HOST", "BUCKET_NAME", "BUCKET_PORT", "BUCKET_REGION", "BUCKET_SUBREGION")
          .hasEntry("BUCKET_NAME", bound.get("spec", "bucketName").toString());
    }
  }

  @Test
  @DisplayName("leaves a claim Pending when told never to bind")
  void neverBinds() {
    try (FakeOpenShift cluster = FakeOpenShift.bareMetal().withOdf().start()) {
      cluster.faults().obcNeverBound();
      GenericKubernetesResource pending = create(cluster, claim("registry", "ocs-storagecluster-ceph-rgw"));
      assertThat(pending.get("status", "phase").toString()).isEqualTo("Pending");
      assertThat(cluster).doesNotHaveObject("v1", "Secret", "openshift-storage", "registry");
    }
  }

  @Test
  @DisplayName("puts a claim in phase Lost when configured so")
  void lost() {
    try (FakeOpenShift cluster = FakeOpenShift.bareMetal().withOdf(ObcBehavior.LOST).start()) {
      assertThat(create(cluster, claim("registry", "openshift-storage.noobaa.io")).get("status", "phase").toString())
          .isEqualTo("Lost");
    }
  }

  @Test
  @DisplayName("leaves a claim Pending without ODF")
  void withoutOdf() {
    try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
      cluster.client().namespaces().resource(new io.fabric8.kubernetes.api.model.NamespaceBuilder().withNewMetadata()
          .withName("openshift-storage").endMetadata().build()).create();
      assertThat(create(cluster, claim("registry", "openshift-storage.noobaa.io")).get("status", "phase").toString())
          .isEqualTo("Pending");
    }
  }
}
