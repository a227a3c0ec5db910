package dev.registrysdk.storage;

import static dev.registrysdk.storage.Fixtures.claim;
import static dev.registrysdk.storage.Fixtures.contribute;
import static dev.registrysdk.storage.Fixtures.storageClass;
import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.StorageManagementState;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.core.RegistryConfigurer;
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
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java blocks of the README's "Storage" section, compiled and checked. Each block is a tagged
 * region ({@code // tag::name[]} .. {@code // end::name[]}) of the storage tests, and a test reads
 * the README to prove that every block is a region and every region a block, up to indentation and
 * blank lines; so a README example that changes must change here, and still compile and pass.
 * Each provider the examples build contributes without an error on a cluster where the README says
 * it applies.
 */
class ReadmeExamplesTest {

  /** The receiver of a README fragment that chains {@code .storage(..)} calls: keeps each provider. */
  private static final class Fragment {

    private final List<StorageProvider> providers = new ArrayList<>();

    Fragment storage(StorageProvider provider) {
      providers.add(provider);
      return this;
    }

    List<StorageProvider> providers() {
      return providers;
    }
  }

  /** The section's opening example; compiled, never run, as it needs a real cluster. */
  @SuppressWarnings("unused")
  private static void opening() {
    // tag::storage[]
    try (KubernetesClient client = new KubernetesClientBuilder().build()) {
        RegistryConfigurer.on(client)
            .managed()
            .storage(Pvc.operatorDefault())          // any provider below
            .apply()
            .awaitReady(Duration.ofMinutes(10));
    }
    // end::storage[]
  }

  static Stream<Arguments> examples() {
    String accessKey = "access-key";
    String secretKey = "secret-key";
    String caPem = Fixtures.ingressPem();
    String privateKeyPem = "private-key-pem";
    String serviceAccountJson = "{\"type\":\"service_account\"}";
    String accountKey = "account-key";
    String id = "application-credential-id";
    String secret = "application-credential-secret";
    String apiKey = "api-key";

    List<StorageProvider> emptyDir = new Fragment()
        // tag::emptydir[]
        .storage(EmptyDir.create())
        // end::emptydir[]
        .providers();
    List<StorageProvider> pvc = new Fragment()
        // tag::pvc[]
        .storage(Pvc.operatorDefault())                      // claim left empty: the operator creates
                                                             // image-registry-storage, RWX 100Gi, default class
        .storage(Pvc.claim("registry-storage"))              // an existing claim, used as it is
        .storage(Pvc.create("registry-storage")              // the SDK creates it if missing
            .size("200Gi")                                   //   default 100Gi
            .accessMode(AccessMode.READ_WRITE_MANY)          //   default ReadWriteMany
            .storageClass("ocs-storagecluster-cephfs"))      //   default: the cluster's default class
        .storage(Pvc.block())                                // block storage (e.g. vSphere VMDK)
        .storage(Pvc.cephFs())                               // ODF CephFS
        .storage(Pvc.operatorDefault().defaultStorageClass("ocp-trident"))   // NetApp Trident procedure
        // end::pvc[]
        .providers();
    List<StorageProvider> s3 = new Fragment()
        // tag::s3[]
        // AWS, user-provisioned (the cluster's region and credentials are used when omitted on AWS)
        .storage(S3.of("ocp-registry").region("us-east-2").credentials(accessKey, secretKey))

        // MinIO: path-style addressing, an explicit region, and the CA of a self-signed endpoint
        .storage(S3.compatible("ocp-registry", "https://s3.svc.example.com").region("local")
            .credentials(accessKey, secretKey)
            .trustedCa(TrustedCa.fromPem(caPem)))
        // end::s3[]
        .providers();
    S3 s3Options =
        // tag::s3[]

        // more options
        S3.of("ocp-registry").region("us-east-1")
            .encrypt("arn:aws:kms:...")                      // encrypt: true + keyID
            .chunkSizeMiB(64)                                 // 5..5120
            .virtualHostedStyle(true)
            .cloudFront(S3CloudFront.of("https://d111111abcdef8.cloudfront.net", "K2JCJMDEHXQW5F",
                    "cloudfront", "private.pem")
                .duration(Duration.ofMinutes(30))
                .privateKeyPem(privateKeyPem))                // optional: the SDK writes it into that secret
            .managementState(StorageManagementState.UNMANAGED)
        // end::s3[]
        ;
    List<StorageProvider> odf = new Fragment()
        // tag::odf[]
        .storage(Odf.nooBaa())                                  // storage class openshift-storage.noobaa.io, route s3
        .storage(Odf.cephRgw().claimName("rgwbucket"))          // ocs-storagecluster-ceph-rgw, route ocs-storagecluster-cephobjectstore
        // end::odf[]
        .providers();
    List<StorageProvider> gcs = new Fragment()
        // tag::gcs[]
        .storage(Gcs.of("ocp-registry").region("us-central1").projectId("my-project")
            .keyFile(serviceAccountJson))        // the key file's content, e.g. Files.readString(Path.of("key.json"))
        // end::gcs[]
        .providers();
    List<StorageProvider> azure = new Fragment()
        // tag::azure[]
        .storage(Azure.of("registrystorage", "registry").accountKey(accountKey))         // user-provisioned
        .storage(Azure.operatorManaged()
            .networkAccess(AzureNetworkAccess.internal().vnetName("cluster-vnet").subnetName("worker-subnet")))
        // end::azure[]
        .providers();
    List<StorageProvider> swift = new Fragment()
        // tag::swift[]
        .storage(Swift.of("registry").authUrl("https://keystone.example.com:5000/v3").authVersion("3")
            .domain("Default").tenant("ocp").regionName("RegionOne")
            .credentials(SwiftCredentials.applicationCredential(id, "registry", secret)))
        // end::swift[]
        .providers();
    List<StorageProvider> ibmCos = new Fragment()
        // tag::ibmcos[]
        .storage(IbmCos.of("ocp-registry").location("us-south").resourceGroupName("ocp")
            .serviceInstanceCrn("crn:v1:bluemix:public:cloud-object-storage:global:a/1234:5678::")
            .apiKey(apiKey))
        // end::ibmcos[]
        .providers();

    ClusterFacts vsphere = Fixtures.facts("VSphere", storageClass("thin", "kubernetes.io/vsphere-volume", true),
        storageClass("ocp-trident", "csi.trident.netapp.io", false),
        storageClass("ocs-storagecluster-cephfs", "openshift-storage.cephfs.csi.ceph.com", false),
        claim("registry-storage", "ReadWriteMany"));
    ClusterFacts cephFsDefault = Fixtures.facts("VSphere", storageClass("thin", "kubernetes.io/vsphere-volume", false),
        storageClass("ocs-storagecluster-cephfs", "openshift-storage.cephfs.csi.ceph.com", true));
    ClusterFacts bareMetal = Fixtures.facts("BareMetal").toBuilder().ingressDomain("apps.example.com")
        .ingressCertificatePem(caPem).build();
    ClusterFacts aws = Fixtures.facts("AWS");
    ClusterFacts azureFacts = Fixtures.facts("Azure");
    ClusterFacts odfFacts = OdfFixtures.odfCluster();
    return Stream.of(
        Arguments.of("emptydir", emptyDir.get(0), bareMetal),
        Arguments.of("pvc-operator-default", pvc.get(0), cephFsDefault),
        Arguments.of("pvc-claim", pvc.get(1), vsphere),
        Arguments.of("pvc-create", pvc.get(2), vsphere),
        Arguments.of("pvc-block", pvc.get(3), vsphere),
        Arguments.of("pvc-cephfs", pvc.get(4), vsphere),
        Arguments.of("pvc-trident", pvc.get(5), vsphere),
        Arguments.of("s3-aws", s3.get(0), aws),
        Arguments.of("s3-minio", s3.get(1), bareMetal),
        Arguments.of("s3-options", s3Options, aws),
        Arguments.of("odf-noobaa", odf.get(0), odfFacts),
        Arguments.of("odf-rgw", odf.get(1), odfFacts),
        Arguments.of("gcs", gcs.get(0), Fixtures.facts("GCP")),
        Arguments.of("azure-user-provisioned", azure.get(0), azureFacts),
        Arguments.of("azure-internal", azure.get(1), azureFacts),
        Arguments.of("swift", swift.get(0), Fixtures.facts("OpenStack")),
        Arguments.of("ibmcos", ibmCos.get(0), Fixtures.facts("IBMCloud")));
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
    // tag::s3-documents[]
    String policy = S3BucketPolicy.leastPrivilege("ocp-registry");      // IAM / MinIO policy JSON
    String lifecycle = S3BucketLifecycle.abortIncompleteMultipartUploads();  // abort after 1 day
    // mc admin policy create minio ocp-registry policy.json
    // aws s3api put-bucket-lifecycle-configuration --bucket ocp-registry --lifecycle-configuration file://lifecycle.json
    // end::s3-documents[]
    assertThat(policy).contains("arn:aws:s3:::ocp-registry/*");
    assertThat(lifecycle).contains("DaysAfterInitiation");
  }

  @Test
  @DisplayName("every Java block of the README's Storage section is a tagged region of the storage tests, and each region a block")
  void readmeBlocksAreTestRegions() {
    List<String> blocks = Readme.fences(Readme.section("## Storage"), "java").stream()
        .map(ReadmeExamplesTest::normalized).toList();
    Map<String, List<String>> regions = Readme.taggedRegions(Readme.moduleFolder("src/test/java"));

    assertThat(blocks).isNotEmpty();
    List<String> regionTexts = regions.values().stream().map(ReadmeExamplesTest::normalized).toList();
    assertThat(blocks.stream().filter(block -> !regionTexts.contains(block)).toList())
        .as("README blocks that are no tagged region of the storage tests").isEmpty();
    assertThat(regions.entrySet().stream().filter(r -> !blocks.contains(normalized(r.getValue())))
        .map(Map.Entry::getKey).toList())
        .as("tagged regions that are no README block").isEmpty();
    assertThat(regionTexts).hasSameSizeAs(blocks);
  }

  /** The lines without their indentation and trailing blanks, blank lines dropped. */
  private static String normalized(List<String> lines) {
    return String.join("\n", lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList());
  }
}
