package dev.registrysdk.storage.gcs;

import static dev.registrysdk.storage.Twins.spec;
import static dev.registrysdk.storage.Twins.userSecret;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.core.validate.FindingCodes;
import dev.registrysdk.storage.Fixtures;
import dev.registrysdk.storage.SeedProcedureContract;
import dev.registrysdk.storage.StorageFindingCodes;
import dev.registrysdk.storage.Twins;
import dev.registrysdk.testkit.FakeOpenShift;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * GCP with user-provisioned infrastructure, seed 001 §2.6 + §3.2: the key file into the user
 * secret, then the bucket's parameters (bucket, region, projectID) in the Config. The fake GCP
 * cluster bootstraps {@code Managed} on a bucket the operator generated.
 */
@DisplayName("seed 001 §3.2 GCP user-provisioned: Gcs.of(bucket)...keyFile(..) instead of a secret and an edit")
class GcpUpiProcedureTest extends SeedProcedureContract {

  private static final String CANARY = "CANARY-GCS-PRIVATE-KEY";

  /** The content of the service account's key file, as downloaded from the GCP console. */
  private static final String KEY_FILE = keyFile();

  private static String keyFile() {
    ObjectNode key = Fixtures.JSON.createObjectNode();
    key.put("type", "service_account");
    key.put("project_id", "registry-project");
    key.put("private_key_id", "0123456789abcdef");
    key.put("private_key", CANARY);
    key.put("client_email", "registry@registry-project.iam.gserviceaccount.com");
    return key.toPrettyString();
  }

  @Override
  protected FakeOpenShift.Builder platform() {
    return FakeOpenShift.gcp();
  }

  @Override
  public RegistryConfigurer sdkCall(RegistryConfigurer configurer) {
    return configurer.storage(Gcs.of("registry-upi-bucket").region("us-east1").projectId("registry-project")
        .keyFile(KEY_FILE)).allowDataLoss();
  }

  @Override
  protected void byHand(Twins.Oc oc) {
    // §3.2.1: oc create secret generic image-registry-private-configuration-user
    //   --from-file=REGISTRY_STORAGE_GCS_KEYFILE=<path_to_keyfile> --namespace openshift-image-registry
    oc.createSecret("openshift-image-registry", "image-registry-private-configuration-user",
        Map.of("REGISTRY_STORAGE_GCS_KEYFILE", KEY_FILE));
    // §3.2.2/§3.2.3: the bucket's parameters in configs.imageregistry.operator.openshift.io/cluster
    oc.editConfig(spec -> {
      spec.getStorage().getGcs().setBucket("registry-upi-bucket");
      spec.getStorage().getGcs().setRegion("us-east1");
      spec.getStorage().getGcs().setProjectID("registry-project");
    });
  }

  @Nested
  @DisplayName("compared with the seed's secret and edit on an identical cluster")
  class ComparedWithSeed extends SeedAndSdk implements HandlesSecrets {

    @Override
    public Set<String> secretValues() {
      return Set.of(CANARY);
    }

    @Test
    @DisplayName("leaves the registry spec the seed's edit leaves")
    void sameSpec() {
      assertThat(spec(compared.sdk())).isEqualTo(spec(compared.hand()));
    }

    @Test
    @DisplayName("writes the key file into the user secret, as the seed's --from-file does")
    void sameUserSecret() {
      assertThat(userSecret(compared.sdk())).isEqualTo(userSecret(compared.hand()))
          .isEqualTo(Map.of("REGISTRY_STORAGE_GCS_KEYFILE", KEY_FILE));
    }

    @Test
    @DisplayName("both registries become Available on GCS alone")
    void bothAvailable() {
      assertThat(compared.hand()).registry().isAvailable().hasStorage("gcs");
      assertThat(compared.sdk()).registry().isReady().hasStorage("gcs");
    }
  }

  @Test
  @DisplayName("without allowDataLoss() the SDK refuses to leave the bucket the operator created, before any write")
  void switchNeedsConsent() {
    assertRefusedBeforeAnyWrite(twins.configurer().storage(Gcs.of("registry-upi-bucket").keyFile(KEY_FILE)),
        FindingCodes.DATA_LOSS_STORAGE_SWITCH);
  }

  @Test
  @DisplayName("a key file that is not a service account key is refused before any write")
  void invalidKeyFileRefused() {
    assertRefusedBeforeAnyWrite(twins.configurer().storage(Gcs.of("registry-upi-bucket").keyFile("not json"))
        .allowDataLoss(), StorageFindingCodes.GCS_KEYFILE_INVALID);
  }
}
