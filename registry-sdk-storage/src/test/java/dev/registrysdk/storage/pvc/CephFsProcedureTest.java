package dev.registrysdk.storage.pvc;

import static dev.registrysdk.storage.Twins.claim;
import static dev.registrysdk.storage.Twins.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.SeedProcedureContract;
import dev.registrysdk.storage.StorageFindingCodes;
import dev.registrysdk.storage.Twins;
import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("seed 000 §3.7.4 CephFS on ODF: Pvc.cephFs() instead of a claim and a patch")
class CephFsProcedureTest extends SeedProcedureContract {

  private static final String CLAIM = "registry-storage-pvc";

  @Override
  protected FakeOpenShift.Builder platform() {
    return FakeOpenShift.vSphere().withOdf();
  }

  @Override
  public RegistryConfigurer sdkCall(RegistryConfigurer configurer) {
    return configurer.managed().storage(Pvc.cephFs());
  }

  @Override
  protected void byHand(Twins.Oc oc) {
    // 1. cat <<EOF | oc apply -f -   (PersistentVolumeClaim registry-storage-pvc on ocs-storagecluster-cephfs)
    oc.apply("/seeds/000-3.7.4-cephfs-pvc.yaml", "openshift-image-registry");
    // 2. oc patch config.image/cluster -p '{"spec":{"managementState":"Managed","replicas":2,"storage":{"managementState":"Unmanaged","pvc":{"claim":"registry-storage-pvc"}}}}' --type=merge
    oc.patchConfig("{\"spec\":{\"managementState\":\"Managed\",\"replicas\":2,\"storage\":{\"managementState\":"
        + "\"Unmanaged\",\"pvc\":{\"claim\":\"registry-storage-pvc\"}}}}");
  }

  @Nested
  @DisplayName("compared with the seed's two steps on an identical cluster")
  class ComparedWithSeed extends SeedAndSdk {

    @Test
    @DisplayName("leaves the registry spec the seed's patch leaves: 2 replicas, storage Unmanaged on the claim")
    void sameSpec() {
      assertThat(spec(compared.sdk())).isEqualTo(spec(compared.hand()));
    }

    @Test
    @DisplayName("creates the seed's claim: ReadWriteMany, 100Gi on ocs-storagecluster-cephfs, bound")
    void sameClaim() {
      assertThat(claim(compared.sdk(), CLAIM)).isEqualTo(claim(compared.hand(), CLAIM))
          .hasValue(new Twins.Claim(List.of("ReadWriteMany"), "100Gi", "ocs-storagecluster-cephfs", "Bound", false));
    }

    @Test
    @DisplayName("both registries become Available on the claim")
    void bothAvailable() {
      assertThat(compared.hand()).registry().isAvailable().hasStorage("pvc");
      assertThat(compared.sdk()).registry().isReady().hasStorage("pvc").hasReplicas(2)
          .hasStorageManagementState("Unmanaged");
    }
  }

  @Test
  @DisplayName("on a single-node cluster the suggested 2 replicas become 1, where the seed's patch sets 2")
  void singleNodeOneReplica() {
    try (Twins singleNode = Twins.of(() -> platform().singleNode())) {
      byHand(singleNode.oc());
      sdkCall(singleNode.configurer()).apply().awaitReady(READY);

      // The operator's bootstrap clamps replicas to 1 on SingleReplica topology; 2 replicas there
      // get a required anti-affinity on the host name that one node cannot satisfy.
      assertThat(singleNode.hand()).registry().hasReplicas(2);
      assertThat(singleNode.sdk()).registry().isReady().hasReplicas(1);
    }
  }

  @Test
  @DisplayName("notes, as the seed does, that ODF object storage is preferred over a claim")
  void notesObjectStorage() {
    assertThat(sdkCall(twins.configurer()).plan().findings())
        .anyMatch(f -> f.code().equals(StorageFindingCodes.PVC_CEPHFS_OBJECT_STORAGE_PREFERRED));
  }

  @Test
  @DisplayName("an existing registry-storage-pvc with neither ReadWriteMany nor ReadWriteOnce is refused before any write")
  void unusableExistingClaimRefused() {
    twins.sdk().objects().create(new PersistentVolumeClaimBuilder().withNewMetadata().withName(CLAIM)
        .withNamespace("openshift-image-registry").endMetadata().withNewSpec().withAccessModes("ReadOnlyMany")
        .withStorageClassName("ocs-storagecluster-cephfs").withNewResources()
        .addToRequests("storage", new Quantity("100Gi")).endResources().endSpec().build());

    assertRefusedBeforeAnyWrite(sdkCall(twins.configurer()), StorageFindingCodes.PVC_ACCESS_MODES_UNSUPPORTED);
  }
}
