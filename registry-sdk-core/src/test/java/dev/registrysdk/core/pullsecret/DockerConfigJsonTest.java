package dev.registrysdk.core.pullsecret;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.registrysdk.api.pullsecret.RegistryCredential;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DockerConfigJsonTest {

  @Test
  @DisplayName("seed 004: byte for byte what oc create secret docker-registry writes")
  void sameAsOc() {
    // oc create secret docker-registry astra-registry-credentials --docker-server=astra-registry.apps.ocp-vmw.cie.netapp.com
    //   --docker-username=ocp-user --docker-password=password
    assertThat(DockerConfigJson.of(List.of(
            RegistryCredential.of("astra-registry.apps.ocp-vmw.cie.netapp.com", "ocp-user", "password"))))
        .isEqualTo("{\"auths\":{\"astra-registry.apps.ocp-vmw.cie.netapp.com\":"
            + "{\"username\":\"ocp-user\",\"password\":\"password\",\"auth\":\"b2NwLXVzZXI6cGFzc3dvcmQ=\"}}}");
  }

  @ParameterizedTest(name = "{0}:{1} -> {2}")
  @DisplayName("auth is base64 of user:password")
  @CsvSource({"ocp-user, password, b2NwLXVzZXI6cGFzc3dvcmQ=", "serviceaccount, eyJ0b2tlbg, c2VydmljZWFjY291bnQ6ZXlKMGIydGxiZw==",
      "u, pä:ss, dTpww6Q6c3M="})
  void auth(String user, String password, String auth) {
    assertThat(DockerConfigJson.entry(RegistryCredential.of("r.io", user, password)).get("auth").asText()).isEqualTo(auth);
  }

  @Test
  @DisplayName("quotes and backslashes in a password are escaped, not concatenated")
  void escaping() throws Exception {
    String json = DockerConfigJson.of(List.of(RegistryCredential.of("r.io", "u", "p\"w\\d")));
    assertThat(new ObjectMapper().readTree(json).at("/auths/r.io/password").asText()).isEqualTo("p\"w\\d");
  }

  @Test
  @DisplayName("merging keeps the other servers and replaces the entry of the same server")
  void merge() throws Exception {
    ObjectMapper json = new ObjectMapper();
    var existing = json.readTree("{\"auths\":{\"a.io\":{\"auth\":\"old\"},\"b.io\":{\"auth\":\"keep\"}},\"credsStore\":\"x\"}");
    var merged = DockerConfigJson.merge(existing, List.of(RegistryCredential.of("a.io", "u", "p")));
    assertThat(merged.at("/auths/b.io/auth").asText()).isEqualTo("keep");
    assertThat(merged.at("/auths/a.io/username").asText()).isEqualTo("u");
    assertThat(merged.get("credsStore").asText()).isEqualTo("x");
    assertThat(existing.at("/auths/a.io/auth").asText()).as("the input is not changed").isEqualTo("old");
  }

  @Test
  @DisplayName("a token uses the user name OpenShift's own pull secrets use")
  void token() {
    assertThat(RegistryCredential.token("image-registry.openshift-image-registry.svc:5000", "t0k").username())
        .isEqualTo("serviceaccount");
  }
}
