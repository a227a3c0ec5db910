package dev.registrysdk.storage.ibmcos;

import static dev.registrysdk.storage.SeedProcedureContract.assertRefusedBeforeAnyWrite;
import static dev.registrysdk.storage.Twins.spec;
import static dev.registrysdk.storage.Twins.userSecret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.api.StorageManagementState;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.AppliedOnCluster;
import dev.registrysdk.storage.Fixtures;
import dev.registrysdk.storage.SeedProcedureContract.HandlesSecrets;
import dev.registrysdk.storage.StorageFindingCodes;
import dev.registrysdk.storage.Twins;
import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageIBMCOS;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link IbmCos} through the engine on fake clusters: planned, applied, awaited and applied again,
 * on IBM Cloud and off it; and the CRD's CRN patterns, checked before writing in the API server's words.
 */
@DisplayName("IBM COS applied to a fake cluster")
class IbmCosApplyTest {

  private static final String BUCKET = "ocp-registry";
  private static final String API_KEY = "CANARY-IBM-API-KEY";
  private static final String SERVICE_CRN = "crn:v1:bluemix:public:cloud-object-storage:global:a/1234:5678-90ab::";
  private static final String KEY_CRN =
      "crn:v1:bluemix:public:cloud-object-storage:global:a/1234:5678-90ab:resource-key:cdef-0123";

  /** The user's bucket, with every field set. */
  private static IbmCos bucket() {
    return IbmCos.of(BUCKET).location("us-south").resourceGroupName("ocp").resourceKeyCrn(KEY_CRN)
        .serviceInstanceCrn(SERVICE_CRN).apiKey(API_KEY).managementState(StorageManagementState.UNMANAGED);
  }

  /**
   * On IBM Cloud, which bootstraps {@code Managed} on a bucket the operator created: the call moves
   * the registry to the user's bucket, over a user secret that holds a key of an earlier backend.
   */
  @Nested
  @DisplayName("on IBM Cloud, the user's bucket over a user secret with another key")
  class OnIbmCloud extends AppliedOnCluster implements HandlesSecrets {

    OnIbmCloud() {
      super(FakeOpenShift.ibmCloud());
    }

    @Override
    protected void before() {
      givenEarlierUserSecret();
    }

    @Override
    protected RegistryConfigurer call() {
      return configurer().storage(bucket()).allowDataLoss();
    }

    @Override
    public Set<String> secretValues() {
      Set<String> values = new HashSet<>(EARLIER_KEY.values());
      values.add(API_KEY);
      return values;
    }

    @Test
    @DisplayName("merges the API key as REGISTRY_STORAGE_IBMCOS_IAMAPIKEY and keeps the secret's other key")
    void userSecretMerged() {
      Map<String, String> expected = new HashMap<>(EARLIER_KEY);
      expected.put("REGISTRY_STORAGE_IBMCOS_IAMAPIKEY", API_KEY);

      assertThat(userSecret(cluster())).isEqualTo(expected);
    }

    @Test
    @DisplayName("the API server admits the ibmcos stanza, CRNs included, with every field as written")
    void stanzaAdmitted() {
      assertThat(spec(cluster()).at("/storage")).isEqualTo(Fixtures.json("""
          {"managementState":"Unmanaged","ibmcos":{"bucket":"ocp-registry","location":"us-south",
            "resourceGroupName":"ocp","resourceKeyCRN":"%s","serviceInstanceCRN":"%s"}}"""
          .formatted(KEY_CRN, SERVICE_CRN)));
    }

    @Test
    @DisplayName("the operator reaches ready on the user's bucket alone, which it leaves Unmanaged")
    void ready() {
      assertThat(cluster()).registry().isReady().hasStorage("ibmcos").hasStorageManagementState("Unmanaged");
      assertThat(plan().findings()).extracting(Finding::code).noneMatch(code -> code.startsWith("IBMCOS_"));
    }
  }

  /** Off IBM Cloud there are no minted credentials: the registry goes from Removed to Managed on IBM COS. */
  @Nested
  @DisplayName("on bare metal, with a location and an API key")
  class OffPlatform extends AppliedOnCluster implements HandlesSecrets {

    OffPlatform() {
      super(FakeOpenShift.bareMetal());
    }

    @Override
    protected RegistryConfigurer call() {
      return configurer().managed().storage(bucket());
    }

    @Override
    public Set<String> secretValues() {
      return Set.of(API_KEY);
    }

    @Test
    @DisplayName("creates the user secret with the API key alone")
    void userSecretCreated() {
      assertThat(userSecret(cluster())).isEqualTo(Map.of("REGISTRY_STORAGE_IBMCOS_IAMAPIKEY", API_KEY));
    }

    @Test
    @DisplayName("the operator reaches ready on IBM COS, and the plan has no finding about credentials or location")
    void ready() {
      assertThat(cluster()).registry().isReady().hasStorage("ibmcos");
      assertThat(plan().findings()).extracting(Finding::code).noneMatch(code -> code.startsWith("IBMCOS_"));
    }
  }

  /** Each CRN in the other's place: valid CRNs, of the wrong kind. */
  static Stream<Arguments> crnsTheCrdRefuses() {
    return Stream.of(
        Arguments.of("serviceInstanceCRN", IbmCos.of(BUCKET).serviceInstanceCrn(KEY_CRN),
            StorageFindingCodes.IBMCOS_SERVICE_INSTANCE_CRN_INVALID, "^crn:.+:.+:.+:cloud-object-storage:.+:.+:.+::$",
            (Consumer<ImageRegistryConfigStorageIBMCOS>) cos -> cos.setServiceInstanceCRN(KEY_CRN)),
        Arguments.of("resourceKeyCRN", IbmCos.of(BUCKET).resourceKeyCrn(SERVICE_CRN),
            StorageFindingCodes.IBMCOS_RESOURCE_KEY_CRN_INVALID,
            "^crn:.+:.+:.+:cloud-object-storage:.+:.+:.+:resource-key:.+$",
            (Consumer<ImageRegistryConfigStorageIBMCOS>) cos -> cos.setResourceKeyCRN(SERVICE_CRN)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("crnsTheCrdRefuses")
  @DisplayName("a CRN the CRD refuses is refused before any write, in the API server's own words")
  void crnRefused(String field, IbmCos cos, String code, String pattern, Consumer<ImageRegistryConfigStorageIBMCOS> edit) {
    try (FakeOpenShift cluster = FakeOpenShift.ibmCloud().start()) {
      RegistryConfigurer call = Twins.configurer(cluster).storage(cos.apiKey(API_KEY)).allowDataLoss();

      assertRefusedBeforeAnyWrite(cluster, call, code);
      String apiServer = "spec.storage.ibmcos." + field + " in body should match '" + pattern + "'";
      assertThatThrownBy(call::apply).hasMessageContaining(apiServer);
      assertThatThrownBy(() -> Twins.Oc.on(cluster).editConfig(spec -> edit.accept(spec.getStorage().getIbmcos())))
          .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(422))
          .hasMessageContaining(apiServer);
    }
  }

  @Test
  @DisplayName("on bare metal without a location the call is refused before any write")
  void offPlatformWithoutLocationRefused() {
    try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
      assertRefusedBeforeAnyWrite(cluster, Twins.configurer(cluster).managed().storage(IbmCos.of(BUCKET).apiKey(API_KEY)),
          StorageFindingCodes.IBMCOS_MISSING_LOCATION);
    }
  }
}
