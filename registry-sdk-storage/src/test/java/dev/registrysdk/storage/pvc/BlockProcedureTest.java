package dev.registrysdk.storage.pvc;

import static dev.registrysdk.storage.Twins.claim;
import static dev.registrysdk.storage.Twins.spec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.RolloutStrategy;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.SeedProcedureContract;
import dev.registrysdk.storage.StorageFindingCodes;
import dev.registrysdk.storage.Twins;
import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStoragePVC;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStoragePVCBuilder;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Block storage: seed 000 §3.7.3.3 (vSphere; also 001 §3.5.5) and 001 §3.4.6 (bare metal). The
 * seed's step 3 leaves {@code claim} empty after creating {@code image-registry-storage} itself, and
 * the operator refuses a claim of that name it did not create; the SDK names the claim.
 */
@DisplayName("seeds 000 §3.7.3.3 / 001 §3.4.6 block storage: Pvc.block() instead of two patches, a claim and an edit")
class BlockProcedureTest extends SeedProcedureContract {

  private static final String CLAIM = "image-registry-storage";

  @Override
  protected FakeOpenShift.Builder platform() {
    return FakeOpenShift.vSphere();
  }

  @Override
  public RegistryConfigurer sdkCall(RegistryConfigurer configurer) {
    return configurer.managed().storage(Pvc.block());
  }

  /** §3.7.2, then the block procedure's steps 1 to 3. */
  @Override
  protected void byHand(Twins.Oc oc) {
    // §3.7.2: oc patch configs.imageregistry.operator.openshift.io cluster --type merge --patch '{"spec":{"managementState":"Managed"}}'
    oc.patchConfig("{\"spec\":{\"managementState\":\"Managed\"}}");
    // 1. oc patch config.imageregistry.operator.openshift.io/cluster --type=merge -p '{"spec":{"rolloutStrategy":"Recreate","replicas":1}}'
    oc.patchConfig("{\"spec\":{\"rolloutStrategy\":\"Recreate\",\"replicas\":1}}");
    // 2. oc create -f pvc.yaml -n openshift-image-registry
    oc.create("/seeds/000-3.7.3.3-block-pvc.yaml", "openshift-image-registry");
    // 3. oc edit config.imageregistry.operator.openshift.io -o yaml  ->  storage: pvc: claim:   (left empty)
    oc.editConfig(spec -> spec.getStorage().setPvc(new ImageRegistryConfigStoragePVC()));
  }

  /** The comparison, on one platform. */
  abstract class ComparedWithSeed extends SeedAndSdk {

    abstract Supplier<FakeOpenShift.Builder> platformOf();

    @Override
    protected Twins twinsForComparison() {
      return Twins.of(platformOf());
    }

    @Test
    @DisplayName("creates the seed's claim: ReadWriteOnce, 100Gi, the default storage class")
    void sameClaim() {
      assertThat(claim(compared.sdk(), CLAIM)).isEqualTo(claim(compared.hand(), CLAIM));
      assertThat(claim(compared.sdk(), CLAIM).orElseThrow().accessModes()).containsExactly("ReadWriteOnce");
      assertThat(claim(compared.sdk(), CLAIM).orElseThrow().size()).isEqualTo("100Gi");
      assertThat(claim(compared.sdk(), CLAIM).orElseThrow().ownedByOperator()).isFalse();
    }

    @Test
    @DisplayName("runs one replica with the Recreate rollout strategy, as step 1 does")
    void oneReplicaRecreate() {
      for (FakeOpenShift cluster : List.of(compared.hand(), compared.sdk())) {
        assertThat(spec(cluster).path("replicas").asInt()).isEqualTo(1);
        assertThat(spec(cluster).path("rolloutStrategy").asText()).isEqualTo("Recreate");
      }
    }

    @Test
    @DisplayName("differs from the seed's spec only in the storage stanza")
    void onlyStorageDiffers() {
      // the seed: pvc: {} (claim left empty); the SDK: the claim named, and the operator's default
      // for a named claim, Unmanaged, written back
      assertThat(Twins.config(compared.hand()).getSpec().getStorage()).isEqualTo(
          new ImageRegistryConfigStorageBuilder().withPvc(new ImageRegistryConfigStoragePVC()).build());
      assertThat(Twins.config(compared.sdk()).getSpec().getStorage()).isEqualTo(
          new ImageRegistryConfigStorageBuilder().withManagementState("Unmanaged")
              .withNewPvc().withClaim(CLAIM).endPvc().build());
      ObjectNode hand = spec(compared.hand());
      ObjectNode sdk = spec(compared.sdk());
      hand.remove("storage");
      sdk.remove("storage");
      assertThat(sdk).isEqualTo(hand);
    }

    @Test
    @DisplayName("the seed's empty claim makes the operator refuse the seed's own claim; the SDK's registry is ready")
    void seedRefusedSdkReady() {
      assertThat(compared.hand()).registry().isNotAvailable()
          .hasCondition("StorageExists", "False", "PVC Already Exists")
          .hasConditionMessageContaining("Progressing",
              "could not create default PVC, it already exists and is not owned by the operator");
      assertThat(compared.sdk()).registry().isReady().hasStorage("pvc");
    }
  }

  @Nested
  @DisplayName("on vSphere (000 §3.7.3.3, 001 §3.5.5)")
  class OnVSphere extends ComparedWithSeed {
    @Override
    Supplier<FakeOpenShift.Builder> platformOf() {
      return FakeOpenShift::vSphere;
    }
  }

  @Nested
  @DisplayName("on bare metal (001 §3.4.6)")
  class OnBareMetal extends ComparedWithSeed {
    @Override
    Supplier<FakeOpenShift.Builder> platformOf() {
      return FakeOpenShift::bareMetal;
    }
  }

  @Test
  @DisplayName("naming the claim by hand, as the section it refers to says, gives exactly the SDK's result")
  void namedClaimByHandIsTheSdkResult() {
    byHand(twins.oc());
    // "see configuring the registry for vSphere": reference the claim you created
    twins.oc().editConfig(spec -> spec.getStorage().setPvc(new ImageRegistryConfigStoragePVCBuilder().withClaim(CLAIM).build()));
    applySdk();

    assertThat(spec(twins.sdk())).isEqualTo(spec(twins.hand()));
    assertThat(twins.hand()).registry().isAvailable();
  }

  @Test
  @DisplayName("with the seed's own claim in place, Pvc.operatorDefault() is refused before any write, with the operator's words")
  void emptyClaimRefused() {
    Twins.Oc.on(twins.sdk()).create("/seeds/000-3.7.3.3-block-pvc.yaml", "openshift-image-registry");

    assertRefusedBeforeAnyWrite(twins.configurer().managed().replicas(1).rolloutStrategy(RolloutStrategy.RECREATE)
        .storage(Pvc.operatorDefault()), StorageFindingCodes.PVC_DEFAULT_CLAIM_NOT_OWNED);
  }

  @Test
  @DisplayName("two replicas on the ReadWriteOnce claim are refused before any write")
  void twoReplicasRefused() {
    assertRefusedBeforeAnyWrite(sdkCall(twins.configurer()).replicas(2), StorageFindingCodes.PVC_READ_WRITE_ONCE);
  }

  @Test
  @DisplayName("the RollingUpdate strategy on the ReadWriteOnce claim is refused before any write")
  void rollingUpdateRefused() {
    assertRefusedBeforeAnyWrite(sdkCall(twins.configurer()).rolloutStrategy(RolloutStrategy.ROLLING_UPDATE),
        StorageFindingCodes.PVC_READ_WRITE_ONCE);
  }
}
