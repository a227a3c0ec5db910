package dev.registrysdk.storage.ibmcos;

import static dev.registrysdk.storage.Fixtures.codes;
import static dev.registrysdk.storage.Fixtures.contribute;
import static dev.registrysdk.storage.Fixtures.decodedData;
import static dev.registrysdk.storage.Fixtures.facts;
import static dev.registrysdk.storage.Fixtures.finding;
import static dev.registrysdk.storage.Fixtures.json;
import static dev.registrysdk.storage.Fixtures.object;
import static dev.registrysdk.storage.Fixtures.tree;
import static dev.registrysdk.storage.Fixtures.userSecret;
import static dev.registrysdk.storage.StorageFindingCodes.IBMCOS_CREDENTIALS_INCOMPLETE;
import static dev.registrysdk.storage.StorageFindingCodes.IBMCOS_MISSING_LOCATION;
import static dev.registrysdk.storage.StorageFindingCodes.IBMCOS_NO_CREDENTIALS;
import static dev.registrysdk.storage.StorageFindingCodes.IBMCOS_RESOURCE_KEY_CRN_INVALID;
import static dev.registrysdk.storage.StorageFindingCodes.IBMCOS_SERVICE_INSTANCE_CRN_INVALID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.spi.StorageContribution;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbmCosTest {

  private static final String SERVICE_CRN = "crn:v1:bluemix:public:cloud-object-storage:global:a/1234:5678-90ab::";
  private static final String KEY_CRN =
      "crn:v1:bluemix:public:cloud-object-storage:global:a/1234:5678-90ab:resource-key:cdef-0123";

  @Test
  @DisplayName("the stanza carries every field that was set, under the API's names")
  void stanza() {
    IbmCos cos = IbmCos.of("b").location("us-south").resourceGroupName("ocp").resourceKeyCrn(KEY_CRN)
        .serviceInstanceCrn(SERVICE_CRN);
    StorageContribution c = contribute(cos, facts("IBMCloud"));
    assertThat(tree(c.storage())).isEqualTo(json("{\"ibmcos\":{\"bucket\":\"b\",\"location\":\"us-south\","
        + "\"resourceGroupName\":\"ocp\",\"resourceKeyCRN\":\"" + KEY_CRN + "\",\"serviceInstanceCRN\":\"" + SERVICE_CRN + "\"}}"));
    assertThat(c.findings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "crn:v1:bluemix:public:cloud-object-storage:global:a/1234:5678-90ab:resource-key:|resource key without ID",
      "crn:v1:bluemix:public:kms:global:a/1234:5678-90ab:resource-key:cdef|another service",
      "cdef-0123|not a CRN",
      "crn:v1:bluemix:public:cloud-object-storage:global:a/1234:5678-90ab::|a service instance CRN"})
  @DisplayName("a resource key CRN that breaks the CRD pattern is an error")
  void badResourceKeyCrn(String crn, String why) {
    var f = finding(contribute(IbmCos.of("b").location("us-south").resourceKeyCrn(crn), facts("IBMCloud")),
        IBMCOS_RESOURCE_KEY_CRN_INVALID);
    assertThat(f.message()).startsWith("spec.storage.ibmcos.resourceKeyCRN in body should match "
        + "'^crn:.+:.+:.+:cloud-object-storage:.+:.+:.+:resource-key:.+$'");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"crn:v1:bluemix:public:cloud-object-storage:global:a/1234:5678-90ab:",
      "crn:v1:bluemix:public:cloud-object-storage:global:a/1234:5678-90ab:resource-key:x", "5678-90ab"})
  @DisplayName("a service instance CRN that breaks the CRD pattern is an error")
  void badServiceInstanceCrn(String crn) {
    var f = finding(contribute(IbmCos.of("b").location("us-south").serviceInstanceCrn(crn), facts("IBMCloud")),
        IBMCOS_SERVICE_INSTANCE_CRN_INVALID);
    assertThat(f.path()).isEqualTo("spec.storage.ibmcos.serviceInstanceCRN");
  }

  @Test
  @DisplayName("the API key is merged into the user secret as REGISTRY_STORAGE_IBMCOS_IAMAPIKEY and never printed")
  void apiKey() {
    IbmCos cos = IbmCos.of("b").location("us-south").apiKey("CANARY-IBM-KEY");
    StorageContribution c = contribute(cos, facts("BareMetal"));
    var secret = object(c, "Secret", RegistryObjects.USER_CREDENTIALS_SECRET);
    assertThat(secret.sensitive()).isTrue();
    assertThat(decodedData(secret)).containsExactly(Map.entry("REGISTRY_STORAGE_IBMCOS_IAMAPIKEY", "CANARY-IBM-KEY"));
    assertThat(cos + " " + c + " " + c.objects()).doesNotContain("CANARY-IBM-KEY");
    assertThat(c.findings()).isEmpty();
  }

  @Test
  @DisplayName("credential rules: incomplete user secret is an error, none off IBM Cloud a warning")
  void credentialRules() {
    assertThat(finding(contribute(IbmCos.of("b"), facts("IBMCloud", userSecret(Map.of("X", "y")))),
        IBMCOS_CREDENTIALS_INCOMPLETE).message()).contains("\"REGISTRY_STORAGE_IBMCOS_IAMAPIKEY\"");
    assertThat(codes(contribute(IbmCos.of("b").location("us-south"), facts("BareMetal"))))
        .containsExactly(IBMCOS_NO_CREDENTIALS);
    assertThat(contribute(IbmCos.of("b"), facts("PowerVS")).findings()).isEmpty();
  }

  @Test
  @DisplayName("no location off IBM Cloud is an error; on IBM Cloud the operator derives it")
  void location() {
    assertThat(finding(contribute(IbmCos.of("b").apiKey("k"), facts("BareMetal")), IBMCOS_MISSING_LOCATION).isError())
        .isTrue();
    assertThat(codes(contribute(IbmCos.of("b"), facts("IBMCloud")))).doesNotContain(IBMCOS_MISSING_LOCATION);
  }
}
