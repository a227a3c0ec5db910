package dev.registrysdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The cluster dump")
class ClusterDumpTest {

  @Test
  @DisplayName("lists objects, conditions and secret keys but never secret values or the httpSecret")
  void noSecrets() {
    try (FakeOpenShift cluster = FakeOpenShift.libvirt().start()) {
      cluster.objects().create(new SecretBuilder().withNewMetadata().withName("creds")
          .withNamespace("openshift-image-registry").endMetadata()
          .addToData("REGISTRY_STORAGE_S3_SECRETKEY", "c3VwZXItc2VjcmV0").build());
      String httpSecret = cluster.client().imageRegistryOperatorConfigs().withName("cluster").get().getSpec()
          .getHttpSecret();
      String dump = cluster.describe();
      assertThat(dump).contains("secrets openshift-image-registry/creds", "keys=REGISTRY_STORAGE_S3_SECRETKEY",
          "Available=True reason=Ready");
      assertThat(dump).doesNotContain("c3VwZXItc2VjcmV0", httpSecret);
    }
  }
}
