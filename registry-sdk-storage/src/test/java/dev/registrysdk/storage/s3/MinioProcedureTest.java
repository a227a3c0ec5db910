package dev.registrysdk.storage.s3;

import static dev.registrysdk.storage.Twins.registryRoutes;
import static dev.registrysdk.storage.Twins.spec;
import static dev.registrysdk.storage.Twins.userSecret;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.RegistryRoute;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.SeedProcedureContract;
import dev.registrysdk.storage.StorageFindingCodes;
import dev.registrysdk.storage.Twins;
import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigRouteBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageS3Builder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Seed 002: MinIO at https://s3.svc.vopsdev.com as the registry's storage, and a route, on a bare-metal cluster. */
@DisplayName("seed 002 MinIO: S3.compatible(..).region(\"local\").credentials(..) and a route instead of a secret and an edit")
class MinioProcedureTest extends SeedProcedureContract {

  private static final String ENDPOINT = "https://s3.svc.vopsdev.com";
  private static final String HOST = "registry-int.apps.ocp.vopsdev.com";

  @Override
  protected FakeOpenShift.Builder platform() {
    return FakeOpenShift.bareMetal();
  }

  @Override
  public RegistryConfigurer sdkCall(RegistryConfigurer configurer) {
    return configurer.managed()
        .storage(S3.compatible("ocp-registry", ENDPOINT).region("local")
            .credentials("ocp-registry-id", "ocp-registry-secret"))
        .route(RegistryRoute.named("internal-registry-route").hostname(HOST));
  }

  @Override
  protected void byHand(Twins.Oc oc) {
    // oc create secret generic image-registry-private-configuration-user --from-literal=REGISTRY_STORAGE_S3_ACCESSKEY=ocp-registry-id
    //   --from-literal=REGISTRY_STORAGE_S3_SECRETKEY=ocp-registry-secret -n openshift-image-registry
    oc.createSecret("openshift-image-registry", "image-registry-private-configuration-user", Map.of(
        "REGISTRY_STORAGE_S3_ACCESSKEY", "ocp-registry-id", "REGISTRY_STORAGE_S3_SECRETKEY", "ocp-registry-secret"));
    // oc edit configs.imageregistry.operator.openshift.io/cluster
    //   spec: managementState: Managed
    //         storage: s3: {bucket: ocp-registry, region: local, regionEndpoint: https://s3.svc.vopsdev.com}
    //         routes: [{name: internal-registry-route, hostname: registry-int.apps.ocp.vopsdev.com}]
    oc.editConfig(spec -> {
      spec.setManagementState("Managed");
      spec.getStorage().setS3(new ImageRegistryConfigStorageS3Builder().withBucket("ocp-registry").withRegion("local")
          .withRegionEndpoint(ENDPOINT).build());
      spec.setRoutes(List.of(new ImageRegistryConfigRouteBuilder().withName("internal-registry-route")
          .withHostname(HOST).build()));
    });
  }

  @Nested
  @DisplayName("compared with the seed's secret and edit on an identical cluster")
  class ComparedWithSeed extends SeedAndSdk implements HandlesSecrets {

    @Override
    public Set<String> secretValues() {
      return Set.of("ocp-registry-secret");
    }

    @Test
    @DisplayName("differs from the seed's spec only in virtualHostedStyle: false, written for path-style addressing")
    void sameSpecButAddressing() {
      ObjectNode hand = spec(compared.hand());
      ObjectNode sdk = spec(compared.sdk());
      // The seed leaves virtualHostedStyle out, which the operator reads as false (path style); the
      // SDK writes it, so that a true left by an earlier configuration cannot survive the merge.
      assertThat(hand.at("/storage/s3").has("virtualHostedStyle")).isFalse();
      assertThat(sdk.at("/storage/s3/virtualHostedStyle").isBoolean()).isTrue();
      assertThat(sdk.at("/storage/s3/virtualHostedStyle").asBoolean()).isFalse();
      ((ObjectNode) sdk.at("/storage/s3")).remove("virtualHostedStyle");
      assertThat(sdk).isEqualTo(hand);
    }

    @Test
    @DisplayName("writes the seed's user secret")
    void sameUserSecret() {
      assertThat(userSecret(compared.sdk())).isEqualTo(userSecret(compared.hand())).isEqualTo(Map.of(
          "REGISTRY_STORAGE_S3_ACCESSKEY", "ocp-registry-id", "REGISTRY_STORAGE_S3_SECRETKEY", "ocp-registry-secret"));
    }

    @Test
    @DisplayName("exposes the registry on the seed's route")
    void sameRoute() {
      assertThat(registryRoutes(compared.sdk())).isEqualTo(registryRoutes(compared.hand()))
          .isEqualTo(Map.of("internal-registry-route", HOST));
    }

    @Test
    @DisplayName("both registries become Available on the user's bucket, storage Unmanaged")
    void bothAvailable() {
      assertThat(compared.hand()).registry().isAvailable().hasStorage("s3").hasStorageManagementState("Unmanaged");
      assertThat(compared.sdk()).registry().isReady().hasStorage("s3").hasStorageManagementState("Unmanaged");
    }
  }

  @Test
  @DisplayName("MinIO without a region is refused before any write (the operator's MissingRegion)")
  void missingRegionRefused() {
    assertRefusedBeforeAnyWrite(twins.configurer().managed()
        .storage(S3.compatible("ocp-registry", ENDPOINT).credentials("ocp-registry-id", "ocp-registry-secret")),
        StorageFindingCodes.S3_MISSING_REGION);
  }

  @Test
  @DisplayName("an endpoint without a scheme is refused before any write")
  void endpointWithoutSchemeRefused() {
    assertRefusedBeforeAnyWrite(twins.configurer().managed()
        .storage(S3.compatible("ocp-registry", "s3.svc.vopsdev.com").region("local")
            .credentials("ocp-registry-id", "ocp-registry-secret")),
        StorageFindingCodes.S3_ENDPOINT_INVALID);
  }
}
