package dev.registrysdk.core.pullsecret;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.plan.Change;
import dev.registrysdk.api.pullsecret.PullSecret;
import dev.registrysdk.api.pullsecret.RegistryCredential;
import dev.registrysdk.core.cluster.TestFacts;
import dev.registrysdk.core.feature.FeatureResult;
import dev.registrysdk.core.plan.ObjectIntent;
import dev.registrysdk.core.plan.Phase;
import dev.registrysdk.core.plan.Planner;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PullSecretFeatureTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CANARY = "CANARY-PW-9b2e";

  private static final PullSecret ASTRA = PullSecret.of("team-a", "astra-registry-credentials")
      .credential("astra-registry.apps.example.com", "ocp-user", CANARY);

  private static FeatureResult evaluate(TestFacts cluster, PullSecret... secrets) {
    PullSecretFeature feature = PullSecretFeature.of(List.of(secrets));
    return feature.evaluate(cluster.observedFor(feature));
  }

  private static ServiceAccountBuilder account(String name) {
    return new ServiceAccountBuilder().withNewMetadata().withName(name).withNamespace("team-a").endMetadata();
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("creates a kubernetes.io/dockerconfigjson secret, sensitive, before anything else")
  void secret() throws Exception {
    ObjectIntent intent = evaluate(TestFacts.cluster(), ASTRA).intents().get(0);
    assertThat(intent.key().toString()).isEqualTo("Secret team-a/astra-registry-credentials");
    assertThat(intent.sensitive()).isTrue();
    assertThat(intent.phase()).isEqualTo(Phase.PREREQUISITE);
    assertThat(intent.document().get("type").asText()).isEqualTo("kubernetes.io/dockerconfigjson");
    String data = new String(Base64.getDecoder().decode(intent.document().at("/data/.dockerconfigjson").asText()),
        StandardCharsets.UTF_8);
    assertThat(JSON.readTree(data).at("/auths/astra-registry.apps.example.com/password").asText()).isEqualTo(CANARY);
  }

  @Test
  @DisplayName("the password appears nowhere in the plan, the intent or the values' toString")
  void masked() {
    ObjectIntent intent = evaluate(TestFacts.cluster(), ASTRA).intents().get(0);
    Change change = new Planner().change(intent, Optional.empty()).orElseThrow();
    String encoded = intent.document().at("/data/.dockerconfigjson").asText();
    String shown = change.render() + change + intent + ASTRA + ASTRA.credentials();
    assertThat(shown).doesNotContain(CANARY).doesNotContain(encoded).contains("****");
  }

  @Test
  @DisplayName("keeps other servers of an existing secret, and writes nothing when its entry already matches")
  void existingSecret() throws Exception {
    String other = "{\"auths\":{\"quay.io\":{\"auth\":\"b3RoZXI=\"}}}";
    FeatureResult merged = evaluate(TestFacts.cluster().with(new SecretBuilder().withNewMetadata().withName("astra-registry-credentials")
        .withNamespace("team-a").endMetadata().withType("kubernetes.io/dockerconfigjson")
        .addToData(".dockerconfigjson", base64(other)).build()), ASTRA);
    String data = new String(Base64.getDecoder().decode(merged.intents().get(0).document().at("/data/.dockerconfigjson").asText()),
        StandardCharsets.UTF_8);
    assertThat(JSON.readTree(data).get("auths").fieldNames()).toIterable()
        .containsExactly("quay.io", "astra-registry.apps.example.com");

    String same = DockerConfigJson.of(ASTRA.credentials());
    FeatureResult again = evaluate(TestFacts.cluster().with(new SecretBuilder().withNewMetadata().withName("astra-registry-credentials")
        .withNamespace("team-a").endMetadata().withType("kubernetes.io/dockerconfigjson")
        .addToData(".dockerconfigjson", base64(same.replace(",", ", "))).build()), ASTRA);
    assertThat(again.intents()).as("equal JSON, other spacing").isEmpty();
  }

  @Test
  @DisplayName("a secret of that name with another type is refused")
  void typeMismatch() {
    FeatureResult result = evaluate(TestFacts.cluster().with(new SecretBuilder().withNewMetadata().withName("astra-registry-credentials")
        .withNamespace("team-a").endMetadata().withType("Opaque").build()), ASTRA);
    assertThat(result.findings()).extracting(Finding::code).containsExactly(PullSecretFindingCodes.PULL_SECRET_TYPE_MISMATCH);
    assertThat(result.intents()).isEmpty();
  }

  @Test
  @DisplayName("links for pulls once, keeping the account's entries, as oc secrets link --for=pull does")
  void linkForPull() throws Exception {
    TestFacts cluster = TestFacts.cluster().with(account("default").addNewImagePullSecret("default-dockercfg-x1").build());
    FeatureResult result = evaluate(cluster, ASTRA.linkForPull("default", "default"));
    ObjectIntent link = result.intents().get(1);
    assertThat(link.key().toString()).isEqualTo("ServiceAccount team-a/default");
    assertThat(link.document()).isEqualTo(JSON.readTree(
        "{\"imagePullSecrets\":[{\"name\":\"default-dockercfg-x1\"},{\"name\":\"astra-registry-credentials\"}]}"));

    TestFacts linked = TestFacts.cluster().with(account("default").addNewImagePullSecret("default-dockercfg-x1")
        .addNewImagePullSecret("astra-registry-credentials").build());
    assertThat(evaluate(linked, ASTRA.linkForPull("default")).intents()).extracting(i -> i.key().kind()).containsExactly("Secret");
  }

  @Test
  @DisplayName("links for mounts into the account's secrets, and several pull secrets into one write per account")
  void linkForMountAndSeveral() throws Exception {
    TestFacts cluster = TestFacts.cluster().with(account("builder").build());
    FeatureResult result = evaluate(cluster, ASTRA.linkForPull("builder").linkForMount("builder"),
        PullSecret.of("team-a", "quay").credential(RegistryCredential.token("quay.io", "t")).linkForPull("builder"));
    assertThat(result.intents()).filteredOn(i -> i.key().kind().equals("ServiceAccount")).singleElement()
        .satisfies(i -> assertThat(i.document()).isEqualTo(JSON.readTree("""
            {"imagePullSecrets":[{"name":"astra-registry-credentials"},{"name":"quay"}],
             "secrets":[{"name":"astra-registry-credentials"}]}""")));
  }

  @Test
  @DisplayName("a missing service account is an error, not a crash")
  void missingAccount() {
    FeatureResult result = evaluate(TestFacts.cluster(), ASTRA.linkForPull("deployer"));
    assertThat(result.findings()).extracting(Finding::code)
        .containsExactly(PullSecretFindingCodes.PULL_SECRET_SERVICE_ACCOUNT_MISSING);
  }

  @Test
  @DisplayName("servers must be host[:port] or a URL, once per secret; a secret needs credentials")
  void validation() {
    FeatureResult result = evaluate(TestFacts.cluster(), PullSecret.of("team-a", "s")
        .credential("not a server", "u", "p").credential("r.io", "u", "p").credential("r.io", "v", "q"));
    assertThat(result.findings()).extracting(Finding::code).containsExactly(
        PullSecretFindingCodes.PULL_SECRET_SERVER_INVALID, PullSecretFindingCodes.PULL_SECRET_SERVER_DUPLICATE);
    assertThat(evaluate(TestFacts.cluster(), PullSecret.of("team-a", "empty")).findings()).extracting(Finding::code)
        .containsExactly(PullSecretFindingCodes.PULL_SECRET_EMPTY);
    assertThat(evaluate(TestFacts.cluster(), PullSecret.of("team-a", "hub")
        .credential("https://index.docker.io/v1/", "u", "p")).findings()).isEmpty();
  }
}
