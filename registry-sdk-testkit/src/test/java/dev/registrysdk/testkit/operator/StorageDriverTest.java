package dev.registrysdk.testkit.operator;

import static dev.registrysdk.testkit.assertj.FakeOpenShiftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The simulated storage drivers")
class StorageDriverTest {

  private static final String USER_SECRET = "secret \"openshift-image-registry/image-registry-private-configuration-user\"";

  static Stream<Arguments> generatedNames() {
    return Stream.of(
        Arguments.of(FakeOpenShift.gcp(), "gcs", "bucket"),
        Arguments.of(FakeOpenShift.ibmCloud(), "ibmcos", "bucket"),
        Arguments.of(FakeOpenShift.openStack(), "swift", "container"),
        Arguments.of(FakeOpenShift.azure(), "azure", "container"),
        Arguments.of(FakeOpenShift.azure(), "azure", "accountName"));
  }

  @ParameterizedTest(name = "{1}.{2}")
  @MethodSource("generatedNames")
  @DisplayName("generates the missing name, manages the storage and reports it as applied")
  void generatesNames(FakeOpenShift.Builder builder, String driver, String field) {
    try (FakeOpenShift cluster = builder.start()) {
      Config config = cluster.client().imageRegistryOperatorConfigs().withName("cluster").get();
      var storage = cluster.objects().get("imageregistry.operator.openshift.io/v1", "Config", null, "cluster")
          .orElseThrow().path("spec").path("storage");
      assertThat(storage.path(driver).path(field).asText()).isNotBlank();
      assertThat(config.getSpec().getStorage().getManagementState()).isEqualTo("Managed");
      assertThat(config.getStatus().getStorage()).isEqualTo(config.getSpec().getStorage());
      assertThat(config.getStatus().getStorageManaged()).isTrue();
      assertThat(cluster.operator().buckets()).isNotEmpty();
    }
  }

  static Stream<Arguments> missingKeys() {
    return Stream.of(
        Arguments.of("{\"gcs\":{\"bucket\":\"b\"}}", "OTHER",
            USER_SECRET + " does not contain required key \"REGISTRY_STORAGE_GCS_KEYFILE\""),
        Arguments.of("{\"ibmcos\":{\"bucket\":\"b\"}}", "OTHER",
            USER_SECRET + " does not contain required key \"REGISTRY_STORAGE_IBMCOS_IAMAPIKEY\""),
        Arguments.of("{\"swift\":{\"container\":\"c\"}}", "REGISTRY_STORAGE_SWIFT_USERNAME",
            USER_SECRET + " does not contain required keys 'REGISTRY_STORAGE_SWIFT_USERNAME' and"
                + " 'REGISTRY_STORAGE_SWIFT_PASSWORD'"),
        Arguments.of("{\"azure\":{\"accountName\":\"a\",\"container\":\"cont\"}}", "REGISTRY_STORAGE_AZURE_ACCOUNTKEY",
            "has an empty value for REGISTRY_STORAGE_AZURE_ACCOUNTKEY; the secret should be removed"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("missingKeys")
  @DisplayName("reports a user credentials secret without the driver's keys")
  void missingKeys(String storage, String presentKey, String message) {
    try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
      cluster.client().secrets().inNamespace("openshift-image-registry").resource(new SecretBuilder()
          .withNewMetadata().withName("image-registry-private-configuration-user").endMetadata()
          .addToStringData(presentKey, "").build()).create();
      cluster.client().imageRegistryOperatorConfigs().withName("cluster").patch(PatchContext.of(PatchType.JSON_MERGE),
          "{\"spec\":{\"managementState\":\"Managed\",\"storage\":" + storage + "}}");
      assertThat(cluster).registry().hasCondition("Progressing", "True", "Error")
          .hasConditionMessageContaining("Progressing", message);
    }
  }

  static Stream<Arguments> azureAccountKey() {
    return Stream.of(
        Arguments.of("{}", "Storage account key is provided, but account name is not specified"),
        Arguments.of("{\"accountName\":\"registryaccount\"}",
            "Storage account is provided, but container is not specified"));
  }

  @ParameterizedTest(name = "azure: {0}")
  @MethodSource("azureAccountKey")
  @DisplayName("with an Azure account key in the user secret, requires the account name and the container")
  void azureAccountKey(String azure, String message) {
    try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
      cluster.client().secrets().inNamespace("openshift-image-registry").resource(new SecretBuilder()
          .withNewMetadata().withName("image-registry-private-configuration-user").endMetadata()
          .addToStringData("REGISTRY_STORAGE_AZURE_ACCOUNTKEY", "a2V5").build()).create();
      cluster.client().imageRegistryOperatorConfigs().withName("cluster").patch(PatchContext.of(PatchType.JSON_MERGE),
          "{\"spec\":{\"managementState\":\"Managed\",\"storage\":{\"azure\":" + azure + "}}}");
      assertThat(cluster).registry().hasCondition("StorageExists", "False", "StorageNotConfigured")
          .hasConditionMessageContaining("StorageExists", message)
          .hasConditionMessageContaining("Progressing", message);
    }
  }
}
