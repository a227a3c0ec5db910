package dev.registrysdk.storage.odf;

import static dev.registrysdk.storage.Fixtures.codes;
import static dev.registrysdk.storage.Fixtures.contribute;
import static dev.registrysdk.storage.Fixtures.decodedData;
import static dev.registrysdk.storage.Fixtures.finding;
import static dev.registrysdk.storage.Fixtures.object;
import static dev.registrysdk.storage.Fixtures.tree;
import static dev.registrysdk.storage.odf.OdfFixtures.ACCESS;
import static dev.registrysdk.storage.odf.OdfFixtures.SECRET;
import static dev.registrysdk.storage.odf.OdfFixtures.bucketConfigMap;
import static dev.registrysdk.storage.odf.OdfFixtures.bucketSecret;
import static dev.registrysdk.storage.odf.OdfFixtures.claim;
import static dev.registrysdk.storage.odf.OdfFixtures.odfCluster;
import static dev.registrysdk.storage.odf.OdfFixtures.pendingClaim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.api.error.ProvisioningException;
import dev.registrysdk.api.error.WaitTimeoutException;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.progress.ProgressEvent;
import dev.registrysdk.api.progress.ProgressListener;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.spi.ClusterAccess;
import dev.registrysdk.api.spi.ProvisioningContext;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.api.spi.WritePolicy;
import dev.registrysdk.storage.Fixtures;
import dev.registrysdk.storage.StorageFindingCodes;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OdfTest {

  private static final ResourceKey NOOBAA_CLAIM =
      ResourceKey.namespaced("objectbucket.io/v1alpha1", "ObjectBucketClaim", "openshift-storage", "image-registry-bucket");

  @Nested
  @DisplayName("contribute, before the claim exists (what plan() shows)")
  class Planning {

    private final StorageContribution c = contribute(Odf.nooBaa(), odfCluster());

    @Test
    @DisplayName("lists the claim to create first, then the user secret and the CA config map")
    void objects() {
      assertThat(c.objects()).extracting(o -> o.object().getKind() + " " + o.object().getMetadata().getName())
          .containsExactly("ObjectBucketClaim image-registry-bucket",
              "Secret image-registry-private-configuration-user", "ConfigMap image-registry-s3-bundle");
      assertThat(c.objects().get(0).policy()).isEqualTo(WritePolicy.CREATE_IF_ABSENT);
      assertThat(c.objects().get(1).sensitive()).isTrue();
    }

    @Test
    @DisplayName("observes every object it lists, so the engine can plan them")
    void observesWhatItWrites() {
      assertThat(c.objects()).allSatisfy(o -> assertThat(Odf.nooBaa().observedObjects()).contains(Fixtures.key(o.object())));
    }

    @Test
    @DisplayName("names what is resolved at apply and says so in an INFO finding, without errors")
    void resolvedAtApply() {
      assertThat(c.resolvedAtApply()).hasSize(2);
      assertThat(c.resolvedAtApply().get(0)).contains("spec.bucketName of ObjectBucketClaim openshift-storage/image-registry-bucket");
      assertThat(codes(c)).contains(StorageFindingCodes.ODF_BUCKET_RESOLVED_AT_APPLY);
      assertThat(c.findings()).noneMatch(f -> f.isError());
    }

    @Test
    @DisplayName("already carries the procedure's S3 settings, the route's endpoint and 2 replicas")
    void settings() {
      assertThat(c.storage().getManagementState()).isEqualTo("Unmanaged");
      assertThat(c.storage().getS3().getRegion()).isEqualTo("us-east-1");
      assertThat(c.storage().getS3().getRegionEndpoint()).isEqualTo("https://s3-openshift-storage.apps.example.com");
      assertThat(c.storage().getS3().getVirtualHostedStyle()).isFalse();
      assertThat(c.storage().getS3().getEncrypt()).isFalse();
      assertThat(c.suggestedReplicas()).contains(2);
    }
  }

  @Nested
  @DisplayName("contribute, with the claim already bound (a repeated apply)")
  class Bound {

    private final ClusterFacts cluster = odfCluster(
        claim("image-registry-bucket", "openshift-storage.noobaa.io", "Bound", "image-registry-bucket-1a2b"),
        bucketSecret("image-registry-bucket"),
        bucketConfigMap("image-registry-bucket", "image-registry-bucket-1a2b"));
    private final StorageContribution c = contribute(Odf.nooBaa(), cluster);

    @Test
    @DisplayName("is complete: the bucket's name, the re-keyed keys, nothing left for apply, no claim to create")
    void complete() {
      assertThat(c.storage().getS3().getBucket()).isEqualTo("image-registry-bucket-1a2b");
      assertThat(decodedData(object(c, "Secret", RegistryObjects.USER_CREDENTIALS_SECRET))).containsExactly(
          Map.entry("REGISTRY_STORAGE_S3_ACCESSKEY", ACCESS), Map.entry("REGISTRY_STORAGE_S3_SECRETKEY", SECRET));
      assertThat(c.resolvedAtApply()).isEmpty();
      assertThat(c.objects()).noneMatch(o -> o.object().getKind().equals("ObjectBucketClaim"));
      assertThat(c.findings()).noneMatch(f -> f.isError());
    }

    @Test
    @DisplayName("takes the bucket name from the config map's BUCKET_NAME when the claim does not show it")
    void bucketFromConfigMap() {
      ClusterFacts noSpecName = odfCluster(
          claim("image-registry-bucket", "openshift-storage.noobaa.io", "Bound", "''"),
          bucketSecret("image-registry-bucket"),
          bucketConfigMap("image-registry-bucket", "from-config-map"));
      assertThat(contribute(Odf.nooBaa(), noSpecName).storage().getS3().getBucket()).isEqualTo("from-config-map");
    }

    @Test
    @DisplayName("never shows the keys in toString of the provider or the contribution")
    void noKeysPrinted() {
      assertThat(Odf.nooBaa() + " " + c + " " + c.objects() + " " + c.findings()).doesNotContain(ACCESS, SECRET);
    }
  }

  @Nested
  @DisplayName("rules")
  class Rules {

    @Test
    @DisplayName("a missing storage class means ODF or that store is not installed: error")
    void noStorageClass() {
      var f = finding(contribute(Odf.cephRgw(), Fixtures.facts("BareMetal")), StorageFindingCodes.ODF_STORAGE_CLASS_NOT_FOUND);
      assertThat(f.isError()).isTrue();
      assertThat(f.message()).contains("ocs-storagecluster-ceph-rgw");
    }

    @Test
    @DisplayName("a missing route without an endpoint is an error; an endpoint replaces the route")
    void noRoute() {
      ClusterFacts noRoutes = Fixtures.facts("BareMetal",
          Fixtures.storageClass("openshift-storage.noobaa.io", "openshift-storage.noobaa.io/obc", false)).toBuilder()
          .ingressCertificatePem(Fixtures.ingressPem()).build();
      assertThat(finding(contribute(Odf.nooBaa(), noRoutes), StorageFindingCodes.ODF_ROUTE_NOT_FOUND).remedy())
          .contains(".endpoint(");
      StorageContribution c = contribute(Odf.nooBaa().endpoint("https://s3.openshift-storage.svc"), noRoutes);
      assertThat(codes(c)).doesNotContain(StorageFindingCodes.ODF_ROUTE_NOT_FOUND);
      assertThat(c.storage().getS3().getRegionEndpoint()).isEqualTo("https://s3.openshift-storage.svc");
    }

    @Test
    @DisplayName("a claim of the same name with another storage class is an error")
    void conflict() {
      ClusterFacts f = odfCluster(pendingClaim("image-registry-bucket", "ocs-storagecluster-ceph-rgw"));
      assertThat(finding(contribute(Odf.nooBaa(), f), StorageFindingCodes.ODF_CLAIM_CONFLICT).isError()).isTrue();
    }

    @Test
    @DisplayName("a Lost or Failed claim is an error")
    void lost() {
      ClusterFacts f = odfCluster(claim("image-registry-bucket", "openshift-storage.noobaa.io", "Lost", "b"));
      assertThat(finding(contribute(Odf.nooBaa(), f), StorageFindingCodes.ODF_CLAIM_FAILED).message()).contains("Lost");
    }

    @Test
    @DisplayName("without the ingress certificate the trusted CA cannot be built: error")
    void noIngressCertificate() {
      ClusterFacts f = odfCluster().toBuilder().ingressCertificatePem(java.util.Optional.empty()).build();
      assertThat(codes(contribute(Odf.nooBaa(), f))).contains(StorageFindingCodes.S3_INGRESS_CERTIFICATE_UNKNOWN);
    }

    @Test
    @DisplayName("claimName renames the claim and its bucket prefix; namespace moves it")
    void naming() {
      Odf odf = Odf.cephRgw().claimName("rgwbucket").namespace("openshift-image-registry");
      assertThat(odf.generateBucketName()).isEqualTo("rgwbucket");
      assertThat(odf.observedObjects()).contains(
          ResourceKey.namespaced("objectbucket.io/v1alpha1", "ObjectBucketClaim", "openshift-image-registry", "rgwbucket"),
          ResourceKey.secret("openshift-image-registry", "rgwbucket"),
          ResourceKey.route("openshift-storage", "ocs-storagecluster-cephobjectstore"));
      assertThat(Odf.cephRgw().generateBucketName("reg").claimName("x").generateBucketName()).isEqualTo("reg");
    }
  }

  @Nested
  @DisplayName("provision, at apply time")
  class Provision {

    private final ClusterFacts cluster = odfCluster();
    private final List<ProgressEvent> events = new ArrayList<>();

    private ProvisioningContext context(ClusterAccess access) {
      return new ProvisioningContext() {
        @Override public ClusterFacts facts() { return cluster; }
        @Override public ClusterAccess access() { return access; }
        @Override public Duration timeout() { return Duration.ofMinutes(10); }
        @Override public ProgressListener listener() { return events::add; }
      };
    }

    /** Binds the claim and generates its secret and config map, as ODF does. */
    private void bind(FakeClusterAccess access) {
      access.put(claim("image-registry-bucket", "openshift-storage.noobaa.io", "Bound", "image-registry-bucket-9f8e"));
      access.put(bucketSecret("image-registry-bucket"));
      access.put(bucketConfigMap("image-registry-bucket", "image-registry-bucket-9f8e"));
    }

    @Test
    @DisplayName("creates the claim, waits until Bound and returns the complete contribution")
    void createsAndAwaits() {
      FakeClusterAccess access = new FakeClusterAccess()
          .with(OdfFixtures.route("s3", "s3-openshift-storage.apps.example.com")).onAwait(this::bind);
      StorageContribution c = Odf.nooBaa().provision(context(access));

      assertThat(access.created).hasSize(1);
      assertThat(Fixtures.key(access.created.get(0))).isEqualTo(NOOBAA_CLAIM);
      assertThat(access.awaited).containsExactly(
          "ObjectBucketClaim openshift-storage/image-registry-bucket to be Bound within PT5M");
      assertThat(events).containsExactly(new ProgressEvent.Provisioning(
          "Waiting for ObjectBucketClaim openshift-storage/image-registry-bucket to be Bound"));
      assertThat(c.storage().getS3().getBucket()).isEqualTo("image-registry-bucket-9f8e");
      assertThat(decodedData(object(c, "Secret", RegistryObjects.USER_CREDENTIALS_SECRET)))
          .containsEntry("REGISTRY_STORAGE_S3_ACCESSKEY", ACCESS);
      assertThat(c.resolvedAtApply()).isEmpty();
      assertThat(c.suggestedReplicas()).contains(2);
    }

    @Test
    @DisplayName("waits no longer than the apply's own timeout")
    void cappedTimeout() {
      FakeClusterAccess access = new FakeClusterAccess()
          .with(OdfFixtures.route("s3", "s3-openshift-storage.apps.example.com")).onAwait(this::bind);
      Odf.nooBaa().timeout(Duration.ofHours(1)).provision(context(access));
      assertThat(access.awaited.get(0)).endsWith("within PT10M");
    }

    @Test
    @DisplayName("does not create a claim that exists already")
    void existingClaim() {
      FakeClusterAccess access = new FakeClusterAccess()
          .with(OdfFixtures.route("s3", "s3-openshift-storage.apps.example.com"),
              pendingClaim("image-registry-bucket", "openshift-storage.noobaa.io"))
          .onAwait(this::bind);
      Odf.nooBaa().provision(context(access));
      assertThat(access.created).isEmpty();
    }

    @Test
    @DisplayName("stops with a ProvisioningException when the claim goes Lost or Failed")
    void lostClaim() {
      FakeClusterAccess access = new FakeClusterAccess()
          .with(OdfFixtures.route("s3", "s3-openshift-storage.apps.example.com"))
          .onAwait(a -> a.put(claim("image-registry-bucket", "openshift-storage.noobaa.io", "Failed", "b")));
      assertThatThrownBy(() -> Odf.nooBaa().provision(context(access)))
          .isInstanceOf(ProvisioningException.class)
          .hasMessageContaining("is Failed")
          .hasMessageContaining("backing store");
    }

    @Test
    @DisplayName("lets the timeout through when the claim never binds")
    void neverBinds() {
      FakeClusterAccess access = new FakeClusterAccess()
          .with(OdfFixtures.route("s3", "s3-openshift-storage.apps.example.com"));
      assertThatThrownBy(() -> Odf.nooBaa().provision(context(access))).isInstanceOf(WaitTimeoutException.class);
    }

    @Test
    @DisplayName("stops when the bound claim's secret lacks the keys, naming them and not their values")
    void missingKeys() {
      FakeClusterAccess access = new FakeClusterAccess()
          .with(OdfFixtures.route("s3", "s3-openshift-storage.apps.example.com"))
          .onAwait(a -> a.put(claim("image-registry-bucket", "openshift-storage.noobaa.io", "Bound", "b")));
      assertThatThrownBy(() -> Odf.nooBaa().provision(context(access)))
          .isInstanceOf(ProvisioningException.class)
          .hasMessageContaining("AWS_ACCESS_KEY_ID");
    }

    @Test
    @DisplayName("refuses a claim of another storage class before waiting")
    void conflict() {
      FakeClusterAccess access = new FakeClusterAccess()
          .with(pendingClaim("image-registry-bucket", "ocs-storagecluster-ceph-rgw"));
      assertThatThrownBy(() -> Odf.nooBaa().provision(context(access)))
          .isInstanceOf(ProvisioningException.class).hasMessageContaining("ocs-storagecluster-ceph-rgw");
      assertThat(access.awaited).isEmpty();
    }

    @Test
    @DisplayName("the claim it creates is what contribute planned")
    void sameClaimAsPlanned() {
      FakeClusterAccess access = new FakeClusterAccess()
          .with(OdfFixtures.route("s3", "s3-openshift-storage.apps.example.com")).onAwait(this::bind);
      Odf.nooBaa().provision(context(access));
      GenericKubernetesResource planned = (GenericKubernetesResource) contribute(Odf.nooBaa(), cluster).objects().get(0).object();
      assertThat(tree(access.created.get(0))).isEqualTo(tree(planned));
    }
  }
}
