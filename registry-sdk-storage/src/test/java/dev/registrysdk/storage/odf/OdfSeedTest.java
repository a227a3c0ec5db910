package dev.registrysdk.storage.odf;

import static dev.registrysdk.storage.Fixtures.decodedData;
import static dev.registrysdk.storage.Fixtures.json;
import static dev.registrysdk.storage.Fixtures.object;
import static dev.registrysdk.storage.Fixtures.resource;
import static dev.registrysdk.storage.Fixtures.tree;
import static dev.registrysdk.storage.odf.OdfFixtures.ACCESS;
import static dev.registrysdk.storage.odf.OdfFixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.progress.ProgressListener;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.spi.ClusterAccess;
import dev.registrysdk.api.spi.DesiredObject;
import dev.registrysdk.api.spi.ProvisioningContext;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.storage.Fixtures;
import dev.registrysdk.storage.MergePatch;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 §3.7.3.4 (Ceph RGW) and §3.7.3.5 (NooBaa): seven {@code oc} steps each, one SDK call.
 * The fake cluster access plays ODF: it binds the claim and generates its secret and config map
 * when the SDK waits.
 */
class OdfSeedTest {

  /** The patch of step 7, with ${bucket_name} and ${route_host} as the shell would substitute them. */
  private static final String STEP_7 =
      "{\"spec\":{\"managementState\":\"Managed\",\"replicas\":2,\"storage\":{\"managementState\":\"Unmanaged\","
          + "\"s3\":{\"bucket\":\"%s\",\"region\":\"us-east-1\",\"regionEndpoint\":\"https://%s\","
          + "\"virtualHostedStyle\":false,\"encrypt\":false,\"trustedCA\":{\"name\":\"image-registry-s3-bundle\"}}}}}";

  @Test
  @DisplayName("§3.7.3.4 Ceph RGW: Odf.cephRgw().claimName(\"rgwbucket\") does all seven steps")
  void cephRgw() {
    String host = "ocs-storagecluster-cephobjectstore-openshift-storage.apps.example.com";
    assertProcedure(Odf.cephRgw().claimName("rgwbucket"), "rgwbucket", "ocs-storagecluster-ceph-rgw",
        "ocs-storagecluster-cephobjectstore", host, "/seeds/000-3.7.3.4-rgw-obc.yaml");
  }

  @Test
  @DisplayName("§3.7.3.5 NooBaa: Odf.nooBaa().claimName(\"noobaatest\") does all seven steps")
  void nooBaa() {
    assertProcedure(Odf.nooBaa().claimName("noobaatest"), "noobaatest", "openshift-storage.noobaa.io", "s3",
        "s3-openshift-storage.apps.example.com", "/seeds/000-3.7.3.5-noobaa-obc.yaml");
  }

  private static void assertProcedure(Odf odf, String claim, String storageClass, String route, String host,
      String seedClaim) {
    String bucket = claim + "-5f0e8c4a-0c1d-4d7e-9a7b-3f2d1c0b9a87";
    ClusterFacts cluster = OdfFixtures.odfCluster();
    FakeClusterAccess access = new FakeClusterAccess().with(OdfFixtures.route(route, host)).onAwait(a -> {
      a.put(OdfFixtures.claim(claim, storageClass, "Bound", bucket));
      a.put(OdfFixtures.bucketSecret(claim));
      a.put(OdfFixtures.bucketConfigMap(claim, bucket));
    });
    StorageContribution c = odf.provision(new ProvisioningContext() {
      @Override public ClusterFacts facts() { return cluster; }
      @Override public ClusterAccess access() { return access; }
      @Override public Duration timeout() { return Duration.ofMinutes(10); }
      @Override public ProgressListener listener() { return ProgressListener.NOOP; }
    });

    // 1. cat <<EOF | oc apply -f -  (the ObjectBucketClaim)
    assertThat(access.created).hasSize(1);
    assertThat(tree(access.created.get(0))).isEqualTo(resource(seedClaim));
    // 2.-4. bucket_name=..., AWS_ACCESS_KEY_ID=..., oc create secret generic image-registry-private-configuration-user
    //   --from-literal=REGISTRY_STORAGE_S3_ACCESSKEY=${AWS_ACCESS_KEY_ID} --from-literal=REGISTRY_STORAGE_S3_SECRETKEY=...
    DesiredObject secret = object(c, "Secret", RegistryObjects.USER_CREDENTIALS_SECRET);
    assertThat(secret.object().getMetadata().getNamespace()).isEqualTo("openshift-image-registry");
    assertThat(((Secret) secret.object()).getType()).isEqualTo("Opaque");
    assertThat(decodedData(secret)).isEqualTo(
        Map.of("REGISTRY_STORAGE_S3_ACCESSKEY", ACCESS, "REGISTRY_STORAGE_S3_SECRETKEY", SECRET));
    // 6. oc extract secret/router-certs-default -n openshift-ingress; oc create configmap image-registry-s3-bundle
    //    --from-file=ca-bundle.crt=./tls.crt -n openshift-config
    DesiredObject bundle = object(c, "ConfigMap", "image-registry-s3-bundle");
    assertThat(bundle.object().getMetadata().getNamespace()).isEqualTo("openshift-config");
    assertThat(((ConfigMap) bundle.object()).getData()).isEqualTo(Map.of("ca-bundle.crt", Fixtures.ingressPem()));
    // 5. + 7. route_host=...; oc patch config.image/cluster -p '{"spec":{...}}' --type=merge
    JsonNode seedPatch = json(STEP_7.formatted(bucket, host)).path("spec");
    JsonNode bootstrap = json("{}");
    assertThat(MergePatch.apply(bootstrap, MergePatch.enginePatch(bootstrap, tree(c.storage()))))
        .isEqualTo(MergePatch.apply(bootstrap, seedPatch.path("storage")));
    assertThat(c.suggestedReplicas()).contains(seedPatch.path("replicas").asInt());
    assertThat(c.findings()).noneMatch(f -> f.isError());
  }
}
