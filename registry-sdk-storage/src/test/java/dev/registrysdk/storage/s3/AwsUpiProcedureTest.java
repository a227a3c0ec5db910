package dev.registrysdk.storage.s3;

import static dev.registrysdk.storage.Twins.spec;
import static dev.registrysdk.storage.Twins.userSecret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.api.plan.Change;
import dev.registrysdk.api.plan.ChangeAction;
import dev.registrysdk.api.plan.Plan;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.core.validate.FindingCodes;
import dev.registrysdk.storage.SeedProcedureContract;
import dev.registrysdk.storage.StorageFindingCodes;
import dev.registrysdk.storage.Twins;
import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * AWS with user-provisioned infrastructure, seed 001 §2.6 + §3.1: the credentials secret, then
 * {@code storage: s3: {bucket, region}} by {@code oc edit}. The fake AWS cluster bootstraps as the
 * installer leaves it: {@code Managed} on a bucket the operator generated.
 */
@DisplayName("seed 001 §3.1 AWS user-provisioned: S3.of(bucket).region(..).credentials(..) instead of a secret and an edit")
class AwsUpiProcedureTest extends SeedProcedureContract {

  private static final String BUCKET = "registry-upi-bucket";
  private static final String REGION = "us-east-2";

  @Override
  protected FakeOpenShift.Builder platform() {
    return FakeOpenShift.aws();
  }

  @Override
  public RegistryConfigurer sdkCall(RegistryConfigurer configurer) {
    return configurer.storage(S3.of(BUCKET).region(REGION).credentials("myaccesskey", "mysecretkey")).allowDataLoss();
  }

  @Override
  protected void byHand(Twins.Oc oc) {
    // §3.1.1: oc create secret generic image-registry-private-configuration-user
    //   --from-literal=REGISTRY_STORAGE_S3_ACCESSKEY=myaccesskey --from-literal=REGISTRY_STORAGE_S3_SECRETKEY=mysecretkey
    //   --namespace openshift-image-registry
    oc.createSecret("openshift-image-registry", "image-registry-private-configuration-user", Map.of(
        "REGISTRY_STORAGE_S3_ACCESSKEY", "myaccesskey", "REGISTRY_STORAGE_S3_SECRETKEY", "mysecretkey"));
    // §3.1.2 step 2: oc edit configs.imageregistry.operator.openshift.io/cluster
    //   storage: s3: bucket: <bucket-name> region: <region-name>
    oc.editConfig(spec -> {
      spec.getStorage().getS3().setBucket(BUCKET);
      spec.getStorage().getS3().setRegion(REGION);
    });
  }

  @Nested
  @DisplayName("compared with the seed's secret and edit on an identical cluster")
  class ComparedWithSeed extends SeedAndSdk implements HandlesSecrets {

    @Override
    public Set<String> secretValues() {
      return Set.of("myaccesskey", "mysecretkey");
    }

    @Test
    @DisplayName("leaves the registry spec the seed's edit leaves")
    void sameSpec() {
      assertThat(spec(compared.sdk())).isEqualTo(spec(compared.hand()));
      assertThat(spec(compared.sdk()).at("/storage/s3/bucket").asText()).isEqualTo(BUCKET);
    }

    @Test
    @DisplayName("writes the seed's user secret")
    void sameUserSecret() {
      assertThat(userSecret(compared.sdk())).isEqualTo(userSecret(compared.hand())).isEqualTo(Map.of(
          "REGISTRY_STORAGE_S3_ACCESSKEY", "myaccesskey", "REGISTRY_STORAGE_S3_SECRETKEY", "mysecretkey"));
    }

    @Test
    @DisplayName("both registries become Available on S3 alone")
    void bothAvailable() {
      assertThat(compared.hand()).registry().isAvailable().hasStorage("s3");
      assertThat(compared.sdk()).registry().isReady().hasStorage("s3");
    }

    @Test
    @DisplayName("both keep storage Managed from the generated bucket: the operator now treats the user's bucket as its own")
    void managedCarriesOver() {
      // Neither the seed's edit nor the SDK touches storage.managementState, so the operator goes on
      // encrypting and tagging the user's bucket, and would delete it if the registry were Removed.
      for (FakeOpenShift cluster : List.of(compared.hand(), compared.sdk())) {
        assertThat(cluster).registry().hasStorageManagementState("Managed")
            .hasCondition("StorageEncrypted", "True");
      }
    }
  }

  @Test
  @DisplayName("over a user secret holding older keys, the plan patches it and shows neither the old nor the new values")
  void replacedKeysMasked() {
    Twins.Oc.on(twins.sdk()).createSecret("openshift-image-registry", "image-registry-private-configuration-user",
        Map.of("REGISTRY_STORAGE_S3_ACCESSKEY", "old-access-key", "REGISTRY_STORAGE_S3_SECRETKEY", "old-secret-key"));

    Plan plan = sdkCall(twins.configurer()).plan();

    Change secretPatch = plan.changes().stream().filter(c -> c.target().kind().equals("Secret")).findFirst()
        .orElseThrow();
    assertThat(secretPatch.action()).isEqualTo(ChangeAction.PATCH);
    List<String> shown = List.of(plan.render(), secretPatch.displayBody(), String.join("\n", secretPatch.diff()));
    for (String value : List.of("old-access-key", "old-secret-key", "myaccesskey", "mysecretkey")) {
      String base64 = Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
      assertThat(shown).noneMatch(text -> text.contains(value) || text.contains(base64));
    }
  }

  @Test
  @DisplayName("without allowDataLoss() the SDK refuses to leave the bucket the operator created, before any write")
  void switchNeedsConsent() {
    RegistryConfigurer withoutConsent = twins.configurer()
        .storage(S3.of(BUCKET).region(REGION).credentials("myaccesskey", "mysecretkey"));

    assertRefusedBeforeAnyWrite(withoutConsent, FindingCodes.DATA_LOSS_STORAGE_SWITCH);
  }

  @Test
  @DisplayName("the seed's edit moves the registry off the generated bucket without asking")
  void seedSwitchesSilently() {
    String generated = spec(twins.hand()).at("/storage/s3/bucket").asText();

    byHand(twins.oc());

    assertThat(generated).isNotEqualTo(BUCKET);
    assertThat(spec(twins.hand()).at("/storage/s3/bucket").asText()).isEqualTo(BUCKET);
  }

  @Test
  @DisplayName("after the switch, removed() is refused: the operator would delete the user's Managed bucket")
  void removingRefused() {
    applySdk();

    assertRefusedBeforeAnyWrite(twins.configurer().removed(), FindingCodes.DATA_LOSS_REMOVE_MANAGED_STORAGE);
  }

  @Test
  @DisplayName("chunkSizeMiB(2) is refused before any write, in the API server's own words")
  void chunkSizeRefused() {
    RegistryConfigurer call = twins.configurer().storage(S3.of(BUCKET).region(REGION).chunkSizeMiB(2)
        .credentials("myaccesskey", "mysecretkey")).allowDataLoss();
    assertRefusedBeforeAnyWrite(call, StorageFindingCodes.S3_CHUNK_SIZE_OUT_OF_RANGE);

    String apiServer = "spec.storage.s3.chunkSizeMiB in body should be greater than or equal to 5";
    assertThatThrownBy(call::apply).hasMessageContaining(apiServer);
    assertThatThrownBy(() -> twins.oc().editConfig(spec -> spec.getStorage().getS3().setChunkSizeMiB(2)))
        .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(422))
        .hasMessageContaining(apiServer);
  }
}
