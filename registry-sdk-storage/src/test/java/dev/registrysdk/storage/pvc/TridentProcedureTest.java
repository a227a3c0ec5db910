package dev.registrysdk.storage.pvc;

import static dev.registrysdk.storage.Twins.claim;
import static dev.registrysdk.storage.Twins.defaultClassAnnotations;
import static dev.registrysdk.storage.Twins.registryRoutes;
import static dev.registrysdk.storage.Twins.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.RegistryRoute;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.SeedProcedureContract;
import dev.registrysdk.storage.StorageFindingCodes;
import dev.registrysdk.storage.Twins;
import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigRouteBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStoragePVC;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("seed 004 NetApp Trident: Pvc.operatorDefault().defaultStorageClass(\"ocp-trident\") and a route, in one call")
class TridentProcedureTest extends SeedProcedureContract {

  private static final String HOST = "astra-registry.apps.ocp-vmw.cie.netapp.com";

  @Override
  protected FakeOpenShift.Builder platform() {
    return FakeOpenShift.vSphere();
  }

  /** Trident is installed: its class offers ReadWriteMany volumes (ONTAP NAS), and is not the default yet. */
  @Override
  protected Twins newTwins() {
    return Twins.of(this::platform).given(() -> Twins.readWriteManyClass("ocp-trident", "csi.trident.netapp.io"));
  }

  @Override
  public RegistryConfigurer sdkCall(RegistryConfigurer configurer) {
    return configurer.managed()
        .storage(Pvc.operatorDefault().defaultStorageClass("ocp-trident"))
        .route(RegistryRoute.named("netapp-astra-route").hostname(HOST));
  }

  /** The seed's steps. Its vSphere cluster's default class is {@code thin}; the fake's is {@code thin-csi}. */
  @Override
  protected void byHand(Twins.Oc oc) {
    // oc patch storageclass thin -p '{"metadata": {"annotations": {"storageclass.kubernetes.io/is-default-class": "false"}}}'
    oc.patchStorageClass("thin-csi",
        "{\"metadata\": {\"annotations\": {\"storageclass.kubernetes.io/is-default-class\": \"false\"}}}");
    // oc patch storageclass ocp-trident -p '{"metadata": {"annotations": {"storageclass.kubernetes.io/is-default-class": "true"}}}'
    oc.patchStorageClass("ocp-trident",
        "{\"metadata\": {\"annotations\": {\"storageclass.kubernetes.io/is-default-class\": \"true\"}}}");
    // oc edit configs.imageregistry.operator.openshift.io  ->  storage: pvc: claim:
    oc.editConfig(spec -> spec.getStorage().setPvc(new ImageRegistryConfigStoragePVC()));
    // (same edit)  ->  routes: - hostname: astra-registry.apps.ocp-vmw.cie.netapp.com  name: netapp-astra-route
    oc.editConfig(spec -> spec.setRoutes(List.of(
        new ImageRegistryConfigRouteBuilder().withHostname(HOST).withName("netapp-astra-route").build())));
    // oc edit configs.imageregistry/cluster  ->  managementState: Managed
    oc.editConfig(spec -> spec.setManagementState("Managed"));
  }

  @Nested
  @DisplayName("compared with the seed's steps on an identical cluster")
  class ComparedWithSeed extends SeedAndSdk {

    @Test
    @DisplayName("makes ocp-trident the only default storage class, as the two storage-class patches do")
    void sameDefaultClass() {
      assertThat(defaultClassAnnotations(compared.sdk()))
          .isEqualTo(defaultClassAnnotations(compared.hand()))
          .isEqualTo(Map.of("ocp-trident", "true", "thin-csi", "false"));
    }

    @Test
    @DisplayName("leaves the registry spec the seed's edits leave")
    void sameSpec() {
      assertThat(spec(compared.sdk())).isEqualTo(spec(compared.hand()));
    }

    @Test
    @DisplayName("gets the operator's claim on Trident: ReadWriteMany, 100Gi, bound")
    void sameClaim() {
      assertThat(claim(compared.sdk(), "image-registry-storage")).isEqualTo(claim(compared.hand(), "image-registry-storage"))
          .hasValue(new Twins.Claim(List.of("ReadWriteMany"), "100Gi", "ocp-trident", "Bound", true));
    }

    @Test
    @DisplayName("exposes the registry on the seed's route")
    void sameRoute() {
      assertThat(registryRoutes(compared.sdk())).isEqualTo(registryRoutes(compared.hand()))
          .isEqualTo(Map.of("netapp-astra-route", HOST));
    }

    @Test
    @DisplayName("both registries become Available on the claim")
    void bothAvailable() {
      assertThat(compared.hand()).registry().isAvailable().hasStorage("pvc");
      assertThat(compared.sdk()).registry().isReady().hasStorage("pvc").hasStorageManagementState("Managed");
    }
  }

  @Test
  @DisplayName("is refused before any write when the storage class to make default does not exist")
  void refusedWithoutTrident() {
    try (FakeOpenShift withoutTrident = platform().start()) {
      assertRefusedBeforeAnyWrite(withoutTrident, sdkCall(Twins.configurer(withoutTrident)),
          StorageFindingCodes.PVC_DEFAULT_STORAGE_CLASS_NOT_FOUND);
    }
  }
}
