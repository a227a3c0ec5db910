package dev.registrysdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.registrysdk.api.error.ValidationException;
import dev.registrysdk.api.plan.Change;
import dev.registrysdk.api.plan.Plan;
import dev.registrysdk.api.pullsecret.PullSecret;
import dev.registrysdk.api.pullsecret.RegistryCredential;
import dev.registrysdk.core.progress.LoggingProgressListener;
import io.fabric8.kubernetes.api.model.Secret;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PullSecretApplyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SERVER = "astra-registry.apps.ocp-vmw.cie.netapp.com";

  private FeatureCluster cluster;

  @BeforeEach
  void start() {
    cluster = FeatureCluster.current();
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  @Test
  @DisplayName("seed 004: the secret oc create secret docker-registry creates, linked as oc secrets link --for=pull links it")
  void seed004PullSecret() throws Exception {
    ApplyResult result = cluster.configurer().pullSecret(PullSecret.of("team-a", "astra-registry-credentials")
        .credential(SERVER, "ocp-user", "password").linkForPull("default")).apply();

    // oc create secret docker-registry astra-registry-credentials --docker-server=... --docker-username=ocp-user --docker-password=password
    Secret stored = cluster.client.secrets().inNamespace("team-a").withName("astra-registry-credentials").get();
    assertThat(stored.getType()).isEqualTo("kubernetes.io/dockerconfigjson");
    assertThat(new String(Base64.getDecoder().decode(stored.getData().get(".dockerconfigjson")), StandardCharsets.UTF_8))
        .isEqualTo("{\"auths\":{\"" + SERVER + "\":{\"username\":\"ocp-user\",\"password\":\"password\","
            + "\"auth\":\"b2NwLXVzZXI6cGFzc3dvcmQ=\"}}}");
    // oc secrets link default astra-registry-credentials --for=pull: the account's own entry stays
    assertThat(result.changes().get(0).diff())
        .containsExactly("type: (unset) -> \"kubernetes.io/dockerconfigjson\"", "data..dockerconfigjson: (unset) -> ****");
    Change link = result.changes().get(1);
    assertThat(link.diff()).containsExactly("imagePullSecrets: [{\"name\":\"default-dockercfg-x7k2p\"}] -> "
        + "[{\"name\":\"default-dockercfg-x7k2p\"},{\"name\":\"astra-registry-credentials\"}]");
    assertThat(link.target().toString()).isEqualTo("ServiceAccount team-a/default");
    JsonNode body = JSON.readTree(link.body());
    assertThat(body.get("imagePullSecrets")).isEqualTo(JSON.readTree(
        "[{\"name\":\"default-dockercfg-x7k2p\"},{\"name\":\"astra-registry-credentials\"}]"));
  }

  @Test
  @DisplayName("naming one secret twice writes the credentials and links of both, in one secret")
  void sameSecretTwice() throws Exception {
    cluster.configurer()
        .pullSecret(PullSecret.of("team-a", "creds").credential(SERVER, "ocp-user", "password").linkForPull("default"))
        .pullSecret(PullSecret.of("team-a", "creds").credential(RegistryCredential.token("quay.io", "robot-token"))
            .linkForMount("default"))
        .apply();

    Secret stored = cluster.client.secrets().inNamespace("team-a").withName("creds").get();
    JsonNode auths = JSON.readTree(Base64.getDecoder().decode(stored.getData().get(".dockerconfigjson"))).get("auths");
    assertThat(auths.fieldNames()).toIterable().containsExactly(SERVER, "quay.io");
    var account = cluster.client.serviceAccounts().inNamespace("team-a").withName("default").get();
    assertThat(account.getImagePullSecrets()).extracting(r -> r.getName()).contains("creds");
    assertThat(account.getSecrets()).extracting(r -> r.getName()).contains("creds");
  }

  @Test
  @DisplayName("naming one secret twice with two credentials for one server is refused, not one of them kept")
  void sameServerTwice() {
    RegistryConfigurer twice = cluster.configurer()
        .pullSecret(PullSecret.of("team-a", "creds").credential(SERVER, "ocp-user", "password"))
        .pullSecret(PullSecret.of("team-a", "creds").credential(SERVER, "other-user", "other-password"));

    assertThat(twice.plan().findings()).anySatisfy(finding ->
        assertThat(finding.code()).isEqualTo("PULL_SECRET_SERVER_DUPLICATE"));
    cluster.clearRequests();
    assertThatThrownBy(twice::apply).isInstanceOf(ValidationException.class);
    assertThat(cluster.writes()).isEmpty();
  }

  @Test
  @DisplayName("a repeated apply writes nothing")
  void idempotent() {
    RegistryConfigurer secret = cluster.configurer().pullSecret(PullSecret.of("team-a", "creds")
        .credential(SERVER, "ocp-user", "password"));
    secret.apply();
    cluster.clearRequests();
    assertThat(secret.apply().changed()).isFalse();
    assertThat(cluster.writes()).isEmpty();
  }

  @Test
  @DisplayName("the token appears in no plan, result, toString or log line")
  void neverLeaks() {
    String canary = "CANARY-TOKEN-5e1d";
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    String shown;
    String encoded;
    try {
      PullSecret secret = PullSecret.of("team-a", "ci").credential(RegistryCredential.token(SERVER, canary)).linkForPull("builder");
      RegistryConfigurer configurer = cluster.configurer().pullSecret(secret).listener(new LoggingProgressListener());
      Plan plan = configurer.plan();
      ApplyResult result = configurer.apply();
      encoded = JSON.readTree(result.changes().get(0).body()).at("/data/.dockerconfigjson").asText();
      shown = plan.render() + plan + result + result.changes() + result.plan() + secret + configurer;
    } catch (Exception e) {
      throw new AssertionError(e);
    } finally {
      System.setErr(original);
    }
    String logs = captured.toString(StandardCharsets.UTF_8);
    assertThat(encoded).isNotEmpty();
    assertThat(shown).doesNotContain(canary).doesNotContain(encoded).contains("****");
    assertThat(logs).doesNotContain(canary).doesNotContain(encoded);
  }
}
