package dev.registrysdk.storage;

import static dev.registrysdk.storage.Fixtures.contribute;
import static dev.registrysdk.storage.Fixtures.storageClass;
import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.storage.azure.Azure;
import dev.registrysdk.storage.azure.AzureNetworkAccess;
import dev.registrysdk.storage.emptydir.EmptyDir;
import dev.registrysdk.storage.gcs.Gcs;
import dev.registrysdk.storage.ibmcos.IbmCos;
import dev.registrysdk.storage.odf.Odf;
import dev.registrysdk.storage.odf.OdfFixtures;
import dev.registrysdk.storage.pvc.AccessMode;
import dev.registrysdk.storage.pvc.Pvc;
import dev.registrysdk.storage.s3.S3;
import dev.registrysdk.storage.s3.S3BucketLifecycle;
import dev.registrysdk.storage.s3.S3BucketPolicy;
import dev.registrysdk.storage.s3.S3CloudFront;
import dev.registrysdk.storage.s3.TrustedCa;
import dev.registrysdk.storage.swift.Swift;
import dev.registrysdk.storage.swift.SwiftCredentials;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The storage expressions of the README, compiled and checked: each contributes
 * without an error finding on a cluster where the README says it applies. Keep both in step.
 */
class ReadmeExamplesTest {

  private static final String ACCESS_KEY = "access-key";
  private static final String SECRET_KEY = "secret-key";

  static Stream<Arguments> examples() {
    ClusterFacts vsphere = Fixtures.facts("VSphere", storageClass("thin", "kubernetes.io/vsphere-volume", true),
        storageClass("ocp-trident", "csi.trident.netapp.io", false),
        storageClass("ocs-storagecluster-cephfs", "openshift-storage.cephfs.csi.ceph.com", false));
    ClusterFacts bareMetal = Fixtures.facts("BareMetal").toBuilder().ingressDomain("apps.example.com")
        .ingressCertificatePem(Fixtures.ingressPem()).build();
    String caPem = Fixtures.ingressPem();
    String serviceAccountJson = "{\"type\":\"service_account\"}";
    return Stream.of(
        Arguments.of("emptydir", EmptyDir.create(), bareMetal),
        Arguments.of("pvc-operator-default", Pvc.operatorDefault(), Fixtures.facts("VSphere",
            storageClass("thin", "kubernetes.io/vsphere-volume", false),
            storageClass("ocs-storagecluster-cephfs", "openshift-storage.cephfs.csi.ceph.com", true))),
        Arguments.of("pvc-create", Pvc.create("registry-storage").size("200Gi")
            .accessMode(AccessMode.READ_WRITE_MANY).storageClass("ocs-storagecluster-cephfs"), vsphere),
        Arguments.of("pvc-block", Pvc.block(), vsphere),
        Arguments.of("pvc-cephfs", Pvc.cephFs(), vsphere),
        Arguments.of("pvc-trident", Pvc.operatorDefault().defaultStorageClass("ocp-trident"), vsphere),
        Arguments.of("s3-aws", S3.of("ocp-registry").region("us-east-2").credentials(ACCESS_KEY, SECRET_KEY),
            Fixtures.facts("AWS")),
        Arguments.of("s3-minio", S3.compatible("ocp-registry", "https://s3.svc.example.com").region("local")
            .credentials(ACCESS_KEY, SECRET_KEY).trustedCa(TrustedCa.fromPem(caPem)), bareMetal),
        Arguments.of("s3-cloudfront", S3.of("ocp-registry").region("us-east-1")
            .cloudFront(S3CloudFront.of("https://d111111abcdef8.cloudfront.net", "K2JCJMDEHXQW5F", "cloudfront",
                "private.pem").duration(Duration.ofMinutes(30)).privateKeyPem("pem")), Fixtures.facts("AWS")),
        Arguments.of("odf-noobaa", Odf.nooBaa(), odf()),
        Arguments.of("odf-rgw", Odf.cephRgw().claimName("rgwbucket"), odf()),
        Arguments.of("gcs", Gcs.of("ocp-registry").region("us-central1").projectId("my-project")
            .keyFile(serviceAccountJson), Fixtures.facts("GCP")),
        Arguments.of("azure", Azure.of("registrystorage", "registry").accountKey("account-key")
            .networkAccess(AzureNetworkAccess.internal().vnetName("cluster-vnet").subnetName("worker-subnet")),
            Fixtures.facts("Azure")),
        Arguments.of("swift", Swift.of("registry").authUrl("https://keystone.example.com:5000/v3").authVersion("3")
            .domain("Default").tenant("ocp").regionName("RegionOne")
            .credentials(SwiftCredentials.applicationCredential("id", "registry", "secret")),
            Fixtures.facts("OpenStack")),
        Arguments.of("ibmcos", IbmCos.of("ocp-registry").location("us-south").resourceGroupName("ocp")
            .serviceInstanceCrn("crn:v1:bluemix:public:cloud-object-storage:global:a/1234:5678::").apiKey("api-key"),
            Fixtures.facts("IBMCloud")));
  }

  private static ClusterFacts odf() {
    return OdfFixtures.odfCluster();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  @DisplayName("each README example contributes without an error on the cluster it is meant for")
  void noErrors(String name, StorageProvider provider, ClusterFacts facts) {
    assertThat(contribute(provider, facts).findings()).noneMatch(f -> f.isError());
  }

  @Test
  @DisplayName("the README's bucket documents render")
  void documents() {
    assertThat(S3BucketPolicy.leastPrivilege("ocp-registry")).contains("arn:aws:s3:::ocp-registry/*");
    assertThat(S3BucketLifecycle.abortIncompleteMultipartUploads()).contains("DaysAfterInitiation");
  }
}
