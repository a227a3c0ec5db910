package dev.registrysdk.storage.swift;

import static dev.registrysdk.storage.Fixtures.codes;
import static dev.registrysdk.storage.Fixtures.contribute;
import static dev.registrysdk.storage.Fixtures.decodedData;
import static dev.registrysdk.storage.Fixtures.facts;
import static dev.registrysdk.storage.Fixtures.finding;
import static dev.registrysdk.storage.Fixtures.json;
import static dev.registrysdk.storage.Fixtures.object;
import static dev.registrysdk.storage.Fixtures.tree;
import static dev.registrysdk.storage.Fixtures.userSecret;
import static dev.registrysdk.storage.StorageFindingCodes.SWIFT_AUTH_URL_INVALID;
import static dev.registrysdk.storage.StorageFindingCodes.SWIFT_AUTH_VERSION_INVALID;
import static dev.registrysdk.storage.StorageFindingCodes.SWIFT_CREDENTIALS_INCOMPLETE;
import static dev.registrysdk.storage.StorageFindingCodes.SWIFT_CREDENTIALS_MIXED;
import static dev.registrysdk.storage.StorageFindingCodes.SWIFT_NO_CREDENTIALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.spi.StorageContribution;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SwiftTest {

  @Test
  @DisplayName("the stanza carries every field that was set, under the API's names")
  void stanza() {
    Swift s = Swift.of("registry").authUrl("https://keystone.example.com:5000/v3").authVersion("3").domain("Default")
        .domainId("d1").tenant("ocp").tenantId("t1").regionName("RegionOne");
    assertThat(tree(contribute(s, facts("OpenStack")).storage())).isEqualTo(json("""
        {"swift":{"container":"registry","authURL":"https://keystone.example.com:5000/v3","authVersion":"3",
          "domain":"Default","domainID":"d1","tenant":"ocp","tenantID":"t1","regionName":"RegionOne"}}"""));
    assertThat(tree(contribute(Swift.operatorManaged(), facts("OpenStack")).storage())).isEqualTo(json("{\"swift\":{}}"));
  }

  static Stream<Arguments> credentialForms() {
    return Stream.of(
        Arguments.of(SwiftCredentials.password("registry", "CANARY-PW"),
            Map.of("REGISTRY_STORAGE_SWIFT_USERNAME", "registry", "REGISTRY_STORAGE_SWIFT_PASSWORD", "CANARY-PW")),
        Arguments.of(SwiftCredentials.applicationCredential("id1", "reg", "CANARY-APP"),
            Map.of("REGISTRY_STORAGE_SWIFT_APPLICATIONCREDENTIALID", "id1",
                "REGISTRY_STORAGE_SWIFT_APPLICATIONCREDENTIALNAME", "reg",
                "REGISTRY_STORAGE_SWIFT_APPLICATIONCREDENTIALSECRET", "CANARY-APP")),
        Arguments.of(SwiftCredentials.token("CANARY-TOKEN"), Map.of("REGISTRY_STORAGE_SWIFT_TOKENID", "CANARY-TOKEN")));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("credentialForms")
  @DisplayName("each credential form is merged into the user secret under the operator's keys, never printed")
  void credentials(SwiftCredentials credentials, Map<String, String> expected) {
    Swift s = Swift.of("registry").credentials(credentials);
    StorageContribution c = contribute(s, facts("OpenStack"));
    var secret = object(c, "Secret", RegistryObjects.USER_CREDENTIALS_SECRET);
    assertThat(secret.sensitive()).isTrue();
    assertThat(decodedData(secret)).isEqualTo(expected);
    assertThat(s + " " + credentials + " " + c + " " + c.objects()).doesNotContain("CANARY");
  }

  @Test
  @DisplayName("blank credential values are refused at once")
  void blankCredentials() {
    assertThatThrownBy(() -> SwiftCredentials.password("registry", "")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("keys of another credential form left in the user secret are warned")
  void mixed() {
    var f = facts("OpenStack", userSecret(Map.of("REGISTRY_STORAGE_SWIFT_TOKENID", "old")));
    var finding = finding(contribute(Swift.of("registry").credentials(SwiftCredentials.password("u", "p")), f),
        SWIFT_CREDENTIALS_MIXED);
    assertThat(finding.remedy()).contains("REGISTRY_STORAGE_SWIFT_TOKENID");
  }

  @Test
  @DisplayName("no credentials with an incomplete user secret is an error with the operator's message")
  void incomplete() {
    var f = facts("OpenStack", userSecret(Map.of("REGISTRY_STORAGE_SWIFT_USERNAME", "u")));
    assertThat(finding(contribute(Swift.of("registry"), f), SWIFT_CREDENTIALS_INCOMPLETE).message())
        .startsWith("secret \"openshift-image-registry/image-registry-private-configuration-user\" does not contain "
            + "required keys 'REGISTRY_STORAGE_SWIFT_USERNAME' and 'REGISTRY_STORAGE_SWIFT_PASSWORD'; or ")
        .endsWith("; or 'REGISTRY_STORAGE_SWIFT_TOKENID'");
  }

  @Test
  @DisplayName("a complete set in the user secret, or OpenStack's clouds.yaml, needs no credentials")
  void complete() {
    var f = facts("BareMetal", userSecret(Map.of("REGISTRY_STORAGE_SWIFT_TOKENID", "t")));
    assertThat(contribute(Swift.of("registry"), f).findings()).isEmpty();
    assertThat(contribute(Swift.of("registry"), facts("OpenStack")).findings()).isEmpty();
    assertThat(codes(contribute(Swift.of("registry"), facts("BareMetal")))).containsExactly(SWIFT_NO_CREDENTIALS);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"v3", "3.0", "three"})
  @DisplayName("an authVersion that is not a number is an error, as the operator cannot parse it")
  void authVersion(String version) {
    assertThat(finding(contribute(Swift.of("r").authVersion(version), facts("OpenStack")), SWIFT_AUTH_VERSION_INVALID)
        .message()).startsWith("unable to parse authVersion");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"https://keystone.example.com/identity", "keystone.example.com:5000", "not a url"})
  @DisplayName("an authURL that is not a URL with an empty or version path is an error")
  void badAuthUrl(String url) {
    assertThat(finding(contribute(Swift.of("r").authUrl(url), facts("OpenStack")), SWIFT_AUTH_URL_INVALID).isError())
        .isTrue();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"https://keystone.example.com:5000", "https://keystone.example.com:5000/",
      "https://keystone.example.com:5000/v3", "http://10.0.0.1:5000/v2.0"})
  @DisplayName("an authURL with an empty or version path is accepted")
  void goodAuthUrl(String url) {
    assertThat(codes(contribute(Swift.of("r").authUrl(url), facts("OpenStack")))).doesNotContain(SWIFT_AUTH_URL_INVALID);
  }
}
