package dev.registrysdk.storage.azure;

import static dev.registrysdk.storage.Fixtures.codes;
import static dev.registrysdk.storage.Fixtures.config;
import static dev.registrysdk.storage.Fixtures.contribute;
import static dev.registrysdk.storage.Fixtures.decodedData;
import static dev.registrysdk.storage.Fixtures.facts;
import static dev.registrysdk.storage.Fixtures.finding;
import static dev.registrysdk.storage.Fixtures.json;
import static dev.registrysdk.storage.Fixtures.object;
import static dev.registrysdk.storage.Fixtures.tree;
import static dev.registrysdk.storage.Fixtures.userSecret;
import static dev.registrysdk.storage.StorageFindingCodes.AZURE_ACCOUNT_KEY_EMPTY;
import static dev.registrysdk.storage.StorageFindingCodes.AZURE_ACCOUNT_NAME_INVALID;
import static dev.registrysdk.storage.StorageFindingCodes.AZURE_ACCOUNT_NAME_MISSING;
import static dev.registrysdk.storage.StorageFindingCodes.AZURE_CLOUD_NAME_UNKNOWN;
import static dev.registrysdk.storage.StorageFindingCodes.AZURE_CONTAINER_INVALID;
import static dev.registrysdk.storage.StorageFindingCodes.AZURE_CONTAINER_MISSING;
import static dev.registrysdk.storage.StorageFindingCodes.AZURE_CREDENTIALS_INCOMPLETE;
import static dev.registrysdk.storage.StorageFindingCodes.AZURE_INTERNAL_FORBIDDEN;
import static dev.registrysdk.storage.StorageFindingCodes.AZURE_NETWORK_NAME_INVALID;
import static dev.registrysdk.storage.StorageFindingCodes.AZURE_NO_CREDENTIALS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.spi.DesiredObject;
import dev.registrysdk.api.spi.StorageContribution;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageBuilder;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AzureTest {

  private static final String KEY = "CANARY-AZURE-ACCOUNT-KEY==";
  private final ClusterFacts azure = facts("Azure");

  @Test
  @DisplayName("the stanza carries account, container, cloud and network access, only when set")
  void stanza() {
    assertThat(tree(contribute(Azure.operatorManaged(), azure).storage())).isEqualTo(json("{\"azure\":{}}"));
    Azure a = Azure.of("registrystorage", "registry").cloudName("AzureUSGovernmentCloud")
        .networkAccess(AzureNetworkAccess.internal().vnetName("vnet").subnetName("subnet"));
    assertThat(tree(contribute(a, azure).storage())).isEqualTo(json("""
        {"azure":{"accountName":"registrystorage","container":"registry","cloudName":"AzureUSGovernmentCloud",
          "networkAccess":{"type":"Internal","internal":{"vnetName":"vnet","subnetName":"subnet"}}}}"""));
  }

  @Test
  @DisplayName("the account key is merged into the user secret as REGISTRY_STORAGE_AZURE_ACCOUNTKEY and never printed")
  void accountKey() {
    Azure a = Azure.of("registrystorage", "registry").accountKey(KEY);
    StorageContribution c = contribute(a, azure);
    DesiredObject secret = object(c, "Secret", RegistryObjects.USER_CREDENTIALS_SECRET);
    assertThat(secret.sensitive()).isTrue();
    assertThat(decodedData(secret)).containsExactly(Map.entry("REGISTRY_STORAGE_AZURE_ACCOUNTKEY", KEY));
    assertThat(a + " " + c + " " + c.objects()).doesNotContain(KEY);
    assertThat(c.findings()).isEmpty();
  }

  @Nested
  @DisplayName("container (CRD: 3..63 characters, ^[0-9a-z]+(-[0-9a-z]+)*$)")
  class Container {

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource({
        "ab, should be at least 3 chars long",
        "Registry, should match '^[0-9a-z]+(-[0-9a-z]+)*$'",
        "image--registry, should match '^[0-9a-z]+(-[0-9a-z]+)*$'",
        "-registry, should match '^[0-9a-z]+(-[0-9a-z]+)*$'",
        "registry_1, should match '^[0-9a-z]+(-[0-9a-z]+)*$'",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, may not be more than 63 bytes"})
    @DisplayName("an invalid container is an error with the API server's wording")
    void invalid(String container, String expected) {
      var f = finding(contribute(Azure.of("registrystorage", container), azure), AZURE_CONTAINER_INVALID);
      assertThat(f.message()).startsWith("spec.storage.azure.container in body " + expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"abc", "image-registry", "a1-b2-c3", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    @DisplayName("a valid container is accepted")
    void valid(String container) {
      assertThat(codes(contribute(Azure.of("registrystorage", container), azure))).doesNotContain(AZURE_CONTAINER_INVALID);
    }
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"ab", "Registry", "registry-storage", "aaaaaaaaaaaaaaaaaaaaaaaaa"})
  @DisplayName("an account name that is not 3..24 lower case letters and digits is an error")
  void accountName(String name) {
    assertThat(finding(contribute(Azure.of(name, "registry"), azure), AZURE_ACCOUNT_NAME_INVALID).isError()).isTrue();
  }

  @Nested
  @DisplayName("network access (CRD patterns and CEL rule; cases from openshift/api's test suite)")
  class NetworkAccess {

    @Test
    @DisplayName("Internal with all four names is accepted (upstream case)")
    void internalAccepted() {
      AzureNetworkAccess n = AzureNetworkAccess.internal().networkResourceGroupName(".my.resource_group-name")
          .vnetName("foo-bar").subnetName("bar_foo").privateEndpointName("my-private-endpoint");
      assertThat(codes(contribute(Azure.of("registrystorage", "registry").networkAccess(n), azure))).isEmpty();
    }

    @Test
    @DisplayName("Internal without details is accepted (upstream case)")
    void internalWithoutDetails() {
      StorageContribution c = contribute(Azure.operatorManaged().networkAccess(AzureNetworkAccess.internal()), azure);
      assertThat(c.findings()).isEmpty();
      assertThat(tree(c.storage())).isEqualTo(json("{\"azure\":{\"networkAccess\":{\"type\":\"Internal\"}}}"));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "vnetName|.invalid|spec.storage.azure.networkAccess.internal.vnetName in body should match '^[0-9A-Za-z][0-9A-Za-z_.-]*[0-9A-Za-z_]$'",
        "subnetName|.invalid|spec.storage.azure.networkAccess.internal.subnetName in body should match '^[0-9A-Za-z](?:[0-9A-Za-z_.-]*[0-9A-Za-z_])?$'",
        "networkResourceGroupName|invalid.|spec.storage.azure.networkAccess.internal.networkResourceGroupName in body should match '^[0-9A-Za-z_.-](?:[0-9A-Za-z_.-]*[0-9A-Za-z_-])?$'",
        "privateEndpointName|x|spec.storage.azure.networkAccess.internal.privateEndpointName in body should be at least 2 chars long",
        "vnetName|a234567890123456789012345678901234567890123456789012345678901234x|spec.storage.azure.networkAccess.internal.vnetName in body may not be more than 64 bytes"})
    @DisplayName("an invalid name is an error containing the API server's message")
    void invalidNames(String field, String value, String expected) {
      Map<String, UnaryOperator<AzureNetworkAccess>> setters = Map.of(
          "vnetName", n -> n.vnetName(value), "subnetName", n -> n.subnetName(value),
          "networkResourceGroupName", n -> n.networkResourceGroupName(value),
          "privateEndpointName", n -> n.privateEndpointName(value));
      AzureNetworkAccess n = setters.get(field).apply(AzureNetworkAccess.internal());
      var f = finding(contribute(Azure.operatorManaged().networkAccess(n), azure), AZURE_NETWORK_NAME_INVALID);
      assertThat(f.message()).contains(expected);
      assertThat(f.path()).isEqualTo("spec.storage.azure.networkAccess.internal." + field);
    }

    @Test
    @DisplayName("internal names with type External break the CEL rule: internal is forbidden when type is not Internal")
    void celRule() {
      AzureNetworkAccess n = AzureNetworkAccess.external().subnetName("subnet");
      var f = finding(contribute(Azure.operatorManaged().networkAccess(n), azure), AZURE_INTERNAL_FORBIDDEN);
      assertThat(f.message()).contains("internal is forbidden when type is not Internal");
      assertThat(codes(contribute(Azure.operatorManaged().networkAccess(AzureNetworkAccess.external()), azure))).isEmpty();
    }
  }

  @Nested
  @DisplayName("account key rules")
  class KeyRules {

    @Test
    @DisplayName("a key without account name is the operator's StorageNotConfigured error")
    void keyWithoutAccount() {
      var f = finding(contribute(Azure.operatorManaged().accountKey(KEY), azure), AZURE_ACCOUNT_NAME_MISSING);
      assertThat(f.message()).isEqualTo("Storage account key is provided, but account name is not specified");
    }

    @Test
    @DisplayName("a key without container is the operator's StorageNotConfigured error")
    void keyWithoutContainer() {
      var f = finding(contribute(Azure.account("registrystorage").accountKey(KEY), azure), AZURE_CONTAINER_MISSING);
      assertThat(f.message()).isEqualTo("Storage account is provided, but container is not specified");
    }

    @Test
    @DisplayName("a key in the user secret counts as provided, and a container already in the spec counts")
    void keyInSecretAndContainerInSpec() {
      ClusterFacts f = facts("Azure", userSecret(Map.of("REGISTRY_STORAGE_AZURE_ACCOUNTKEY", KEY))).toBuilder()
          .registryConfig(config(new ImageRegistryConfigStorageBuilder().withNewAzure().withContainer("registry")
              .endAzure().build()))
          .build();
      assertThat(codes(contribute(Azure.account("registrystorage"), f))).isEmpty();
      assertThat(codes(contribute(Azure.operatorManaged(), f))).containsExactly(AZURE_ACCOUNT_NAME_MISSING);
    }

    @Test
    @DisplayName("an empty key given is an error")
    void emptyKeyGiven() {
      StorageContribution c = contribute(Azure.of("registrystorage", "registry").accountKey(""), azure);
      assertThat(finding(c, AZURE_ACCOUNT_KEY_EMPTY).isError()).isTrue();
      assertThat(c.objects()).isEmpty();
    }

    @Test
    @DisplayName("an empty key in the user secret is an error with the operator's message")
    void emptyKeyInSecret() {
      ClusterFacts f = facts("Azure", userSecret(Map.of("REGISTRY_STORAGE_AZURE_ACCOUNTKEY", "")));
      assertThat(finding(contribute(Azure.of("registrystorage", "registry"), f), AZURE_ACCOUNT_KEY_EMPTY).message())
          .isEqualTo("the secret openshift-image-registry/image-registry-private-configuration-user has an empty value "
              + "for REGISTRY_STORAGE_AZURE_ACCOUNTKEY; the secret should be removed so that the operator can use "
              + "cluster-wide secrets or it should contain a valid storage account access key");
    }

    @Test
    @DisplayName("a user secret without the key is an error: the operator reads only that secret then")
    void secretWithoutKey() {
      ClusterFacts f = facts("Azure", userSecret(Map.of("REGISTRY_STORAGE_S3_ACCESSKEY", "x")));
      assertThat(finding(contribute(Azure.of("registrystorage", "registry"), f), AZURE_CREDENTIALS_INCOMPLETE).message())
          .contains("does not contain required key \"REGISTRY_STORAGE_AZURE_ACCOUNTKEY\"");
    }

    @Test
    @DisplayName("no key off Azure is warned; on Azure the minted credentials are used")
    void noKey() {
      assertThat(codes(contribute(Azure.of("registrystorage", "registry"), facts("BareMetal"))))
          .containsExactly(AZURE_NO_CREDENTIALS);
      assertThat(codes(contribute(Azure.of("registrystorage", "registry"), azure))).isEmpty();
    }
  }

  @Test
  @DisplayName("an unknown cloud name is warned")
  void cloudName() {
    assertThat(codes(contribute(Azure.operatorManaged().cloudName("AzureMoonCloud"), azure)))
        .containsExactly(AZURE_CLOUD_NAME_UNKNOWN);
  }

  @Test
  @DisplayName("seed 001 §3.3 (Azure, user-provisioned): the account key secret and accountName plus container")
  void seedAzureUpi() {
    StorageContribution c = contribute(Azure.of("registrystorage", "registry").accountKey("accountkey"), azure);
    // oc create secret generic image-registry-private-configuration-user
    //   --from-literal=REGISTRY_STORAGE_AZURE_ACCOUNTKEY=<accountkey> --namespace openshift-image-registry
    assertThat(decodedData(object(c, "Secret", RegistryObjects.USER_CREDENTIALS_SECRET)))
        .isEqualTo(Map.of("REGISTRY_STORAGE_AZURE_ACCOUNTKEY", "accountkey"));
    // storage: azure: {accountName: <storage-account-name>, container: <container-name>} on the bootstrapped azure: {}
    var bootstrap = json("{\"azure\":{}}");
    assertThat(dev.registrysdk.storage.MergePatch.apply(bootstrap,
        dev.registrysdk.storage.MergePatch.enginePatch(bootstrap, tree(c.storage()))))
        .isEqualTo(json("{\"azure\":{\"accountName\":\"registrystorage\",\"container\":\"registry\"}}"));
    assertThat(c.findings()).isEmpty();
  }
}
