package dev.registrysdk.storage.s3;

import static dev.registrysdk.storage.Fixtures.contribute;
import static dev.registrysdk.storage.Fixtures.decodedData;
import static dev.registrysdk.storage.Fixtures.facts;
import static dev.registrysdk.storage.Fixtures.json;
import static dev.registrysdk.storage.Fixtures.object;
import static dev.registrysdk.storage.Fixtures.resource;
import static dev.registrysdk.storage.Fixtures.tree;
import static dev.registrysdk.storage.Fixtures.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.storage.MergePatch;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The seeds' S3 procedures, one SDK call each, compared with what their {@code oc} commands leave. */
class S3SeedTest {

  private static JsonNode after(JsonNode start, StorageContribution c) {
    return MergePatch.apply(start, MergePatch.enginePatch(start, tree(c.storage())));
  }

  @Test
  @DisplayName("seed 002 (MinIO): the user secret and the s3 stanza of 'oc create secret' and 'oc edit'")
  void minio() {
    ClusterFacts bareMetal = facts("BareMetal");
    JsonNode bootstrap = json("{}");
    StorageContribution c = contribute(
        S3.of("ocp-registry").endpoint("https://s3.svc.vopsdev.com").region("local")
            .credentials("ocp-registry-id", "ocp-registry-secret"),
        bareMetal);

    assertThat(tree(object(c, "Secret", RegistryObjects.USER_CREDENTIALS_SECRET).object()))
        .isEqualTo(resource("/seeds/002-minio-user-secret.yaml"));
    // oc edit configs.imageregistry.operator.openshift.io/cluster
    assertThat(after(bootstrap, c)).isEqualTo(yaml("""
        s3:
          bucket: ocp-registry
          region: local
          regionEndpoint: https://s3.svc.vopsdev.com
        """));
    assertThat(c.findings()).noneMatch(f -> f.isError());
  }

  @Test
  @DisplayName("seed 002 with the S3.compatible preset differs only by the explicit path-style default")
  void minioPreset() {
    StorageContribution c = contribute(
        S3.compatible("ocp-registry", "https://s3.svc.vopsdev.com").region("local")
            .credentials("ocp-registry-id", "ocp-registry-secret"),
        facts("BareMetal"));
    assertThat(after(json("{}"), c)).isEqualTo(yaml("""
        s3:
          bucket: ocp-registry
          region: local
          regionEndpoint: https://s3.svc.vopsdev.com
          virtualHostedStyle: false
        """));
    assertThat(c.findings()).noneMatch(f -> f.isError());
  }

  @Test
  @DisplayName("seed 001 §3.1.1-3.1.2 (AWS, user-provisioned): the secret's two keys and bucket plus region")
  void awsUpi() {
    ClusterFacts aws = facts("AWS");
    JsonNode bootstrap = json("{\"s3\":{}}");
    StorageContribution c = contribute(
        S3.of("my-bucket").region("us-east-2").credentials("myaccesskey", "mysecretkey"), aws);

    // oc create secret generic image-registry-private-configuration-user
    //   --from-literal=REGISTRY_STORAGE_S3_ACCESSKEY=myaccesskey --from-literal=REGISTRY_STORAGE_S3_SECRETKEY=mysecretkey
    assertThat(decodedData(object(c, "Secret", RegistryObjects.USER_CREDENTIALS_SECRET))).isEqualTo(Map.of(
        "REGISTRY_STORAGE_S3_ACCESSKEY", "myaccesskey", "REGISTRY_STORAGE_S3_SECRETKEY", "mysecretkey"));
    // storage: s3: {bucket: <bucket-name>, region: <region-name>}
    assertThat(after(bootstrap, c)).isEqualTo(json("{\"s3\":{\"bucket\":\"my-bucket\",\"region\":\"us-east-2\"}}"));
    assertThat(c.findings()).isEmpty();
  }
}
