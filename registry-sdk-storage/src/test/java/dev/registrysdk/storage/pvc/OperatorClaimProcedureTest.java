package dev.registrysdk.storage.pvc;

import static dev.registrysdk.storage.Twins.claim;
import static dev.registrysdk.storage.Twins.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.SeedProcedureContract;
import dev.registrysdk.storage.StorageFindingCodes;
import dev.registrysdk.storage.Twins;
import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStoragePVC;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The claim left empty so that the operator creates {@code image-registry-storage}: seed 000
 * §3.7.2 + §3.7.3.1 (vSphere; also 001 §3.5.2 + §3.5.3) and 001 §3.4.2 + §3.4.4 (bare metal).
 *
 * <p>The seeds' prerequisite is persistent storage "such as OpenShift Data Foundation" behind the
 * default storage class; the comparison runs on clusters where ODF's CephFS class is the default.
 * On the installer's block-only default classes the same steps leave the claim {@code Pending}.
 */
@DisplayName("seeds 000 §3.7.3.1 / 001 §3.4.4, §3.5.3 claim left empty: Pvc.operatorDefault() instead of a patch and an edit")
class OperatorClaimProcedureTest extends SeedProcedureContract {

  private static final String CLAIM = "image-registry-storage";

  private static final String CEPHFS = "ocs-storagecluster-cephfs";

  @Override
  protected FakeOpenShift.Builder platform() {
    return FakeOpenShift.vSphere().withOdf();
  }

  @Override
  protected Twins newTwins() {
    return Twins.of(this::platform).givenSetup(Twins.defaultStorageClass(CEPHFS));
  }

  @Override
  public RegistryConfigurer sdkCall(RegistryConfigurer configurer) {
    return configurer.managed().storage(Pvc.operatorDefault());
  }

  /** 000 §3.7.2 + §3.7.3.1 on vSphere. */
  @Override
  protected void byHand(Twins.Oc oc) {
    byHand(oc, "{\"spec\":{\"managementState\":\"Managed\"}}");
  }

  private static void byHand(Twins.Oc oc, String managedPatch) {
    // oc patch configs.imageregistry.operator.openshift.io cluster --type merge --patch '<managedPatch>'
    oc.patchConfig(managedPatch);
    // oc edit configs.imageregistry.operator.openshift.io  ->  storage: pvc: claim:   (left empty)
    oc.editConfig(spec -> spec.getStorage().setPvc(new ImageRegistryConfigStoragePVC()));
  }

  /** The comparison, on one platform, with that seed's spelling of the management-state patch. */
  abstract class ComparedWithSeed extends SeedAndSdk {

    abstract Supplier<FakeOpenShift.Builder> platformOf();

    /** The seed's {@code --patch '<json>'} that sets {@code Managed}. */
    abstract String managedPatch();

    /** The platform's default storage class. */
    abstract String defaultClass();

    @Override
    protected Twins twinsForComparison() {
      return Twins.of(() -> platformOf().get().withOdf()).givenSetup(Twins.defaultStorageClass(CEPHFS));
    }

    @Override
    protected void runByHand(Twins.Oc oc) {
      byHand(oc, managedPatch());
    }

    @Test
    @DisplayName("leaves the registry spec the seed's patch and edit leave, claim and Managed written back")
    void sameSpec() {
      assertThat(spec(compared.sdk())).isEqualTo(spec(compared.hand()));
      assertThat(compared.sdk()).registry().hasStorage("pvc").hasStorageManagementState("Managed");
    }

    @Test
    @DisplayName("the operator creates the same claim on both: ReadWriteMany, 100Gi, the default class, its own")
    void sameClaim() {
      assertThat(claim(compared.sdk(), CLAIM)).isEqualTo(claim(compared.hand(), CLAIM));
      Twins.Claim claim = claim(compared.sdk(), CLAIM).orElseThrow();
      assertThat(claim.accessModes()).containsExactly("ReadWriteMany");
      assertThat(claim.size()).isEqualTo("100Gi");
      assertThat(claim.storageClass()).isEqualTo(defaultClass());
      assertThat(claim.ownedByOperator()).isTrue();
    }

    @Test
    @DisplayName("the claim is bound on both and both registries are Available")
    void boundAndAvailable() {
      assertThat(claim(compared.hand(), CLAIM).orElseThrow().phase()).isEqualTo("Bound");
      assertThat(claim(compared.sdk(), CLAIM).orElseThrow().phase()).isEqualTo("Bound");
      assertThat(compared.hand()).registry().isAvailable();
      assertThat(compared.sdk()).registry().isAvailable();
    }
  }

  @Nested
  @DisplayName("on vSphere (000 §3.7.2 + §3.7.3.1)")
  class OnVSphere extends ComparedWithSeed {
    @Override
    Supplier<FakeOpenShift.Builder> platformOf() {
      return FakeOpenShift::vSphere;
    }

    @Override
    String managedPatch() {
      return "{\"spec\":{\"managementState\":\"Managed\"}}";
    }

    @Override
    String defaultClass() {
      return CEPHFS;
    }
  }

  @Nested
  @DisplayName("on bare metal (001 §3.4.2 + §3.4.4)")
  class OnBareMetal extends ComparedWithSeed {
    @Override
    Supplier<FakeOpenShift.Builder> platformOf() {
      return FakeOpenShift::bareMetal;
    }

    @Override
    String managedPatch() {
      return "{\"spec\": {\"managementState\": \"Managed\"}}";
    }

    @Override
    String defaultClass() {
      return CEPHFS;
    }
  }

  @Test
  @DisplayName("the plan says which class the operator's claim comes from and that a ReadWriteOnce-only class leaves it Pending")
  void planNamesTheClass() {
    List<Finding> findings = sdkCall(twins.configurer()).plan().findings();

    assertThat(findings).filteredOn(f -> f.code().equals(StorageFindingCodes.PVC_OPERATOR_CREATES_CLAIM))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains(CEPHFS).contains("leaves it Pending"));
  }

  @Nested
  @DisplayName("on the installer's block-only default class (bare metal, lvms-vg1)")
  class OnBlockOnlyDefaultClass {
    private final Twins plain = Twins.of(FakeOpenShift::bareMetal);

    @org.junit.jupiter.api.AfterEach
    void close() {
      plain.close();
    }

    @Test
    @DisplayName("the seed's steps leave the claim Pending and the registry without available replicas")
    void byHandNeverReady() {
      byHand(plain.oc(), "{\"spec\": {\"managementState\": \"Managed\"}}");

      assertThat(claim(plain.hand(), CLAIM).orElseThrow().phase()).isEqualTo("Pending");
      assertThat(plain.hand()).registry().hasCondition("Available", "False", "NoReplicasAvailable");
    }

    @Test
    @DisplayName("the SDK refuses the call before writing anything, naming Pvc.block() as the fix")
    void sdkRefuses() {
      assertRefusedBeforeAnyWrite(plain.sdk(), sdkCall(plain.configurer()), StorageFindingCodes.PVC_CLASS_BLOCK_ONLY);
      assertThat(sdkCall(plain.configurer()).plan().errors()).singleElement()
          .satisfies(f -> assertThat(f.remedy()).contains("Pvc.block()"));
    }
  }
}
