package dev.registrysdk.storage.azure;

import static dev.registrysdk.storage.Twins.spec;
import static dev.registrysdk.storage.Twins.userSecret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.core.validate.FindingCodes;
import dev.registrysdk.storage.SeedProcedureContract;
import dev.registrysdk.storage.StorageFindingCodes;
import dev.registrysdk.storage.Twins;
import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Azure with user-provisioned infrastructure, seed 001 §2.6 + §3.3: the account key into the user
 * secret, then {@code storage: azure: {accountName, container}} by {@code oc edit}. The fake Azure
 * cluster bootstraps {@code Managed} on an account and container the operator generated.
 */
@DisplayName("seed 001 §3.3 Azure user-provisioned: Azure.of(account, container).accountKey(..) instead of a secret and an edit")
class AzureUpiProcedureTest extends SeedProcedureContract {

  private static final String KEY = "CANARY-AZURE-ACCOUNT-KEY";

  @Override
  protected FakeOpenShift.Builder platform() {
    return FakeOpenShift.azure();
  }

  @Override
  public RegistryConfigurer sdkCall(RegistryConfigurer configurer) {
    return configurer.storage(Azure.of("registrystorage", "registry").accountKey(KEY)).allowDataLoss();
  }

  @Override
  protected void byHand(Twins.Oc oc) {
    // §3.3.1: oc create secret generic image-registry-private-configuration-user
    //   --from-literal=REGISTRY_STORAGE_AZURE_ACCOUNTKEY=<accountkey> --namespace openshift-image-registry
    oc.createSecret("openshift-image-registry", "image-registry-private-configuration-user",
        Map.of("REGISTRY_STORAGE_AZURE_ACCOUNTKEY", KEY));
    // §3.3.2 step 2: oc edit configs.imageregistry.operator.openshift.io/cluster
    //   storage: azure: accountName: <storage-account-name> container: <container-name>
    oc.editConfig(spec -> {
      spec.getStorage().getAzure().setAccountName("registrystorage");
      spec.getStorage().getAzure().setContainer("registry");
    });
  }

  @Nested
  @DisplayName("compared with the seed's secret and edit on an identical cluster")
  class ComparedWithSeed extends SeedAndSdk implements HandlesSecrets {

    @Override
    public Set<String> secretValues() {
      return Set.of(KEY);
    }

    @Test
    @DisplayName("leaves the registry spec the seed's edit leaves, cloudName and networkAccess kept")
    void sameSpec() {
      assertThat(spec(compared.sdk())).isEqualTo(spec(compared.hand()));
      assertThat(spec(compared.sdk()).at("/storage/azure/cloudName").asText()).isEqualTo("AzurePublicCloud");
    }

    @Test
    @DisplayName("writes the seed's user secret")
    void sameUserSecret() {
      assertThat(userSecret(compared.sdk())).isEqualTo(userSecret(compared.hand()))
          .isEqualTo(Map.of("REGISTRY_STORAGE_AZURE_ACCOUNTKEY", KEY));
    }

    @Test
    @DisplayName("both registries become Available on the user's container")
    void bothAvailable() {
      assertThat(compared.hand()).registry().isAvailable().hasStorage("azure");
      assertThat(compared.sdk()).registry().isReady().hasStorage("azure");
    }
  }

  @Test
  @DisplayName("without allowDataLoss() the SDK refuses to leave the container the operator created, before any write")
  void switchNeedsConsent() {
    assertRefusedBeforeAnyWrite(twins.configurer().storage(Azure.of("registrystorage", "registry").accountKey(KEY)),
        FindingCodes.DATA_LOSS_STORAGE_SWITCH);
  }

  @Test
  @DisplayName("a container name off the CRD's pattern is refused before any write, as the API server refuses the edit")
  void containerPatternRefused() {
    String pattern = "spec.storage.azure.container in body should match '^[0-9a-z]+(-[0-9a-z]+)*$'";
    RegistryConfigurer call = twins.configurer().storage(Azure.of("registrystorage", "Registry_Images")
        .accountKey(KEY)).allowDataLoss();

    assertRefusedBeforeAnyWrite(call, StorageFindingCodes.AZURE_CONTAINER_INVALID);
    assertThatThrownBy(call::apply).hasMessageContaining(pattern);
    assertThatThrownBy(() -> twins.oc().editConfig(spec -> spec.getStorage().getAzure().setContainer("Registry_Images")))
        .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(422))
        .hasMessageContaining(pattern);
  }
}
