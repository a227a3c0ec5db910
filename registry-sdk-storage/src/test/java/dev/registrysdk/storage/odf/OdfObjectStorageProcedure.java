package dev.registrysdk.storage.odf;

import static dev.registrysdk.storage.Twins.bucketClaim;
import static dev.registrysdk.storage.Twins.configMap;
import static dev.registrysdk.storage.Twins.secret;
import static dev.registrysdk.storage.Twins.spec;
import static dev.registrysdk.storage.Twins.userSecret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.error.ApplyFailedException;
import dev.registrysdk.api.error.ProvisioningException;
import dev.registrysdk.api.error.WaitTimeoutException;
import dev.registrysdk.api.plan.Change;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.core.validate.FindingCodes;
import dev.registrysdk.storage.Fixtures;
import dev.registrysdk.storage.SeedProcedureContract;
import dev.registrysdk.storage.StorageFindingCodes;
import dev.registrysdk.storage.Twins;
import dev.registrysdk.storage.emptydir.EmptyDir;
import dev.registrysdk.testkit.FakeOpenShift;
import dev.registrysdk.testkit.odf.ObcBehavior;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 §3.7.3.4 (Ceph RGW) and §3.7.3.5 (NooBaa) share their shape: seven {@code oc} steps
 * that claim a bucket, copy its keys, trust the ingress certificate and configure S3. Each subclass
 * runs its section's steps on the hand cluster; the comparisons and failure paths are the same.
 */
abstract class OdfObjectStorageProcedure extends SeedProcedureContract {

  /** Where the seeds claim the bucket. */
  static final String ODF = "openshift-storage";

  /**
   * Step 7 of both sections, as the shell passes it to {@code oc} once the quotes around
   * {@code ${bucket_name}} and {@code https://${route_host}} are resolved.
   */
  static final String STEP_7 = "{\"spec\":{\"managementState\":\"Managed\",\"replicas\":2,\"storage\":"
      + "{\"managementState\":\"Unmanaged\",\"s3\":{\"bucket\":\"${bucket_name}\",\"region\":\"us-east-1\","
      + "\"regionEndpoint\":\"https://${route_host}\",\"virtualHostedStyle\":false,\"encrypt\":false,"
      + "\"trustedCA\":{\"name\":\"image-registry-s3-bundle\"}}}}}";

  /** The claim's (and its secret's) name in the seed. */
  abstract String claim();

  /** The provider as the SDK call uses it. */
  abstract Odf provider();

  @Override
  protected FakeOpenShift.Builder platform() {
    return FakeOpenShift.vSphere().withOdf();
  }

  @Override
  public RegistryConfigurer sdkCall(RegistryConfigurer configurer) {
    return configurer.managed().storage(provider());
  }

  /** The shell's substitution of {@code ${name}} in a command line. */
  static String substitute(String command, Map<String, String> variables) {
    String out = command;
    for (Map.Entry<String, String> v : variables.entrySet()) {
      out = out.replace("${" + v.getKey() + "}", v.getValue());
    }
    return out;
  }

  @Nested
  @DisplayName("compared with the seed's seven steps on an identical cluster")
  class ComparedWithSeed extends SeedAndSdk implements HandlesSecrets {

    @Override
    public Set<String> secretValues() {
      return Set.copyOf(secret(compared.sdk(), ODF, claim()).values());
    }

    @Test
    @DisplayName("leaves the registry spec the seed's steps leave, each on the bucket its own claim got")
    void sameSpec() {
      // The bucket name ends in a suffix the provisioner generates per claim, so it is compared with
      // the claim's spec.bucketName on each cluster rather than across clusters.
      ObjectNode hand = spec(compared.hand());
      ObjectNode sdk = spec(compared.sdk());
      assertThat(hand.at("/storage/s3/bucket").asText()).startsWith(claim() + "-")
          .isEqualTo(bucketOf(compared.hand(), claim()));
      assertThat(sdk.at("/storage/s3/bucket").asText()).isEqualTo(bucketOf(compared.sdk(), claim()));
      ((ObjectNode) hand.at("/storage/s3")).remove("bucket");
      ((ObjectNode) sdk.at("/storage/s3")).remove("bucket");
      assertThat(sdk).isEqualTo(hand);
    }

    @Test
    @DisplayName("re-keys the bucket's AWS keys into the registry's user secret, as steps 3 and 4 do")
    void sameUserSecret() {
      for (FakeOpenShift cluster : List.of(compared.hand(), compared.sdk())) {
        Map<String, String> bucketKeys = secret(cluster, ODF, claim());
        assertThat(userSecret(cluster)).containsExactlyInAnyOrderEntriesOf(Map.of(
            "REGISTRY_STORAGE_S3_ACCESSKEY", bucketKeys.get("AWS_ACCESS_KEY_ID"),
            "REGISTRY_STORAGE_S3_SECRETKEY", bucketKeys.get("AWS_SECRET_ACCESS_KEY")));
      }
    }

    @Test
    @DisplayName("builds image-registry-s3-bundle from the ingress certificate, as step 6 does")
    void sameCaBundle() {
      String ingress = secret(compared.sdk(), "openshift-ingress", "router-certs-default").get("tls.crt");
      assertThat(configMap(compared.sdk(), "openshift-config", "image-registry-s3-bundle"))
          .isEqualTo(configMap(compared.hand(), "openshift-config", "image-registry-s3-bundle"))
          .isEqualTo(Map.of("ca-bundle.crt", ingress));
    }

    @Test
    @DisplayName("claims the bucket with the seed's ObjectBucketClaim, bound by ODF")
    void sameClaim() {
      JsonNode hand = bucketClaim(compared.hand(), ODF, claim()).orElseThrow();
      JsonNode sdk = bucketClaim(compared.sdk(), ODF, claim()).orElseThrow();
      assertThat(sdk.path("status").path("phase").asText()).isEqualTo("Bound");
      assertThat(withoutBucketName(sdk.path("spec"))).isEqualTo(withoutBucketName(hand.path("spec")));
    }

    @Test
    @DisplayName("both registries become Available on S3 alone, Unmanaged, with 2 replicas")
    void bothAvailable() {
      assertThat(compared.hand()).registry().isAvailable().hasStorage("s3");
      assertThat(compared.sdk()).registry().isReady().hasStorage("s3").hasReplicas(2)
          .hasStorageManagementState("Unmanaged");
    }
  }

  /** Whether the seed's step 6 reads the IngressController's default certificate (else router-certs-default). */
  abstract boolean seedReadsDefaultCertificate();

  @Nested
  @DisplayName("with a custom default ingress certificate")
  class CustomIngressCertificate extends SeedAndSdk {

    @Override
    protected Twins twinsForComparison() {
      return newTwins().givenSetup(Twins.customIngressCertificate("custom-ingress", Fixtures.ingressPem()));
    }

    @Test
    @DisplayName("the SDK trusts the certificate the routes are served with")
    void sdkTrustsServedCertificate() {
      assertThat(configMap(compared.sdk(), "openshift-config", "image-registry-s3-bundle"))
          .isEqualTo(Map.of("ca-bundle.crt", Fixtures.ingressPem()));
    }

    @Test
    @DisplayName("the seed's step 6 trusts it only where it asks the IngressController which certificate it serves")
    void seedStep6() {
      String extracted = seedReadsDefaultCertificate()
          ? Fixtures.ingressPem()
          : secret(compared.hand(), "openshift-ingress", "router-certs-default").get("tls.crt");
      assertThat(configMap(compared.hand(), "openshift-config", "image-registry-s3-bundle"))
          .isEqualTo(Map.of("ca-bundle.crt", extracted));
    }
  }

  private static String bucketOf(FakeOpenShift cluster, String claim) {
    return bucketClaim(cluster, ODF, claim).orElseThrow().path("spec").path("bucketName").asText();
  }

  private static JsonNode withoutBucketName(JsonNode spec) {
    ObjectNode copy = spec.deepCopy();
    copy.remove("bucketName");
    return copy;
  }

  @Test
  @DisplayName("is refused before any write on a cluster without ODF")
  void refusedWithoutOdf() {
    try (FakeOpenShift withoutOdf = FakeOpenShift.vSphere().start()) {
      assertRefusedBeforeAnyWrite(withoutOdf, sdkCall(Twins.configurer(withoutOdf)),
          StorageFindingCodes.ODF_STORAGE_CLASS_NOT_FOUND);
    }
  }

  @Test
  @DisplayName("on a single-node cluster the suggested 2 replicas become 1")
  void singleNodeOneReplica() {
    try (FakeOpenShift singleNode = platform().singleNode().start()) {
      sdkCall(Twins.configurer(singleNode)).apply().awaitReady(READY);

      assertThat(singleNode).registry().isReady().hasReplicas(1);
    }
  }

  @Test
  @DisplayName("the seed's steps cannot run twice: step 4's oc create secret fails with AlreadyExists")
  void seedNotRerunnable() {
    byHand(twins.oc());

    assertThatThrownBy(() -> byHand(twins.oc()))
        .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(409))
        .hasMessageContaining("image-registry-private-configuration-user");
  }

  @Nested
  @DisplayName("on a registry running on emptyDir")
  class FromEmptyDir {

    @BeforeEach
    void runningOnEmptyDir() {
      twins.configurer().managed().storage(EmptyDir.create()).apply().awaitReady(READY);
    }

    @Test
    @DisplayName("the switch is refused without allowDataLoss() before the claim is created")
    void refusedBeforeClaim() {
      assertRefusedBeforeAnyWrite(sdkCall(twins.configurer()), FindingCodes.DATA_LOSS_STORAGE_SWITCH);
      assertThat(bucketClaim(twins.sdk(), ODF, claim())).isEmpty();
    }

    @Test
    @DisplayName("with allowDataLoss() the registry ends on the bucket alone")
    void switched() {
      sdkCall(twins.configurer()).allowDataLoss().apply().awaitReady(READY);

      assertThat(twins.sdk()).registry().isReady().hasStorage("s3");
    }
  }

  @Test
  @DisplayName("when the Config write fails, the claim, user secret and CA bundle written before it are undone")
  void laterFailureUndone() {
    twins.sdk().faults().failAlways("PATCH", "configs", 403);

    assertThatThrownBy(() -> sdkCall(twins.configurer()).apply())
        .isInstanceOfSatisfying(ApplyFailedException.class, e -> {
          assertThat(e.getMessage()).contains("HTTP 403").doesNotContain("..");
          assertThat(e.fullyUndone()).isTrue();
          assertThat(e.undone()).extracting(c -> c.target().kind())
              .containsExactly("ConfigMap", "Secret", "ObjectBucketClaim");
          // the keys, as the user secret's change carried them, appear nowhere in the message
          Change secretWrite = e.applied().stream().filter(c -> c.target().kind().equals("Secret")).findFirst()
              .orElseThrow();
          JsonNode keys = Fixtures.json(secretWrite.body()).path("data");
          assertThat(keys.size()).isEqualTo(2);
          keys.forEach(value -> assertThat(e.getMessage())
              .doesNotContain(value.asText())
              .doesNotContain(new String(Base64.getDecoder().decode(value.asText()), StandardCharsets.UTF_8)));
        });
    assertThat(bucketClaim(twins.sdk(), ODF, claim())).isEmpty();
    assertThat(userSecret(twins.sdk())).isEmpty();
    assertThat(configMap(twins.sdk(), "openshift-config", "image-registry-s3-bundle")).isEmpty();
  }

  @Nested
  @DisplayName("when ODF does not provision the bucket")
  class NotProvisioned {

    @Test
    @DisplayName("a claim never bound fails with a WaitTimeoutException, and the SDK deletes the claim again")
    void neverBound() {
      twins.sdk().faults().obcNeverBound();

      assertThatThrownBy(() -> sdkCall(twins.configurer()).provisionTimeout(Duration.ofMillis(300)).apply())
          .isInstanceOf(WaitTimeoutException.class)
          .hasMessageContaining("ObjectBucketClaim " + ODF + "/" + claim() + " to be Bound");
      assertNothingLeft(twins.sdk());
    }

    @Test
    @DisplayName("a Lost claim fails with a ProvisioningException, and the SDK deletes the claim again")
    void lost() {
      try (FakeOpenShift cluster = platform().withOdf(ObcBehavior.LOST).start()) {
        assertThatThrownBy(() -> sdkCall(Twins.configurer(cluster)).apply())
            .isInstanceOf(ProvisioningException.class)
            .hasMessageContaining("ObjectBucketClaim " + ODF + "/" + claim() + " is Lost");
        assertNothingLeft(cluster);
      }
    }

    @Test
    @DisplayName("a claim that turns Lost after a fault fails the same way")
    void lostByFault() {
      twins.sdk().faults().obcLost();

      assertThatThrownBy(() -> sdkCall(twins.configurer()).apply()).isInstanceOf(ProvisioningException.class);
      assertNothingLeft(twins.sdk());
    }

    @Test
    @DisplayName("an existing Lost claim of that name is refused before any write")
    void existingLostClaimRefused() {
      twins.sdk().faults().obcLost();
      Twins.Oc.on(twins.sdk()).apply(seedManifest(), ODF);

      assertRefusedBeforeAnyWrite(sdkCall(twins.configurer()), StorageFindingCodes.ODF_CLAIM_FAILED);
    }

    @Test
    @DisplayName("the seed's step 2 does not wait: on a claim still Pending it reads no bucket, and step 3 finds no keys")
    void seedDoesNotWait() {
      twins.hand().faults().obcNeverBound();
      Twins.Oc oc = twins.oc();
      oc.apply(seedManifest(), ODF);

      assertThat(oc.bucketName(ODF, claim())).isEmpty();
      assertThatThrownBy(() -> oc.secretValue(ODF, claim(), "AWS_ACCESS_KEY_ID"))
          .hasMessage("Error from server (NotFound): secrets \"" + claim() + "\" not found");
    }

    private void assertNothingLeft(FakeOpenShift cluster) {
      assertThat(bucketClaim(cluster, ODF, claim())).as("the claim the SDK created").isEmpty();
      assertThat(userSecret(cluster)).isEmpty();
      assertThat(configMap(cluster, "openshift-config", "image-registry-s3-bundle")).isEmpty();
      assertThat(cluster).registry().hasManagementState("Removed");
    }
  }

  /** The seed's ObjectBucketClaim manifest. */
  abstract String seedManifest();
}
