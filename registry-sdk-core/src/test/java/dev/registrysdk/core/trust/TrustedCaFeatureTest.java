package dev.registrysdk.core.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.finding.Severity;
import dev.registrysdk.api.trust.RegistryCa;
import dev.registrysdk.core.cluster.ClusterObjects;
import dev.registrysdk.core.cluster.TestFacts;
import dev.registrysdk.core.feature.FeatureResult;
import dev.registrysdk.core.plan.ObjectIntent;
import dev.registrysdk.core.plan.Phase;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.openshift.api.model.config.v1.ImageBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedCaFeatureTest {

  /** Valid from 2025-01-01 to 2035-01-01. */
  private static final String CA = TestFacts.resource("/certs/registry-ca.pem");
  private static final String ROUTER_CA = TestFacts.resource("/certs/router-ca.pem");
  private static final Clock NOW = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

  private static TrustedCaFeature trusting(RegistryCa... cas) {
    return TrustedCaFeature.of(List.of(cas)).clock(NOW);
  }

  private static FeatureResult evaluate(TrustedCaFeature feature, TestFacts cluster) {
    return feature.evaluate(cluster.observedFor(feature));
  }

  private static ObjectIntent intentFor(FeatureResult result, String kind) {
    return result.intents().stream().filter(i -> i.key().kind().equals(kind)).findFirst().orElseThrow();
  }

  private static io.fabric8.openshift.api.model.config.v1.Image imageConfig(String configMap) {
    ImageBuilder image = new ImageBuilder().withNewMetadata().withName("cluster").endMetadata();
    return configMap == null ? image.withNewSpec().endSpec().build()
        : image.withNewSpec().withNewAdditionalTrustedCA(configMap).endSpec().build();
  }

  @Test
  @DisplayName("writes the CA under host..port into registry-config and points the image config at it")
  void newConfigMap() {
    FeatureResult result = evaluate(trusting(RegistryCa.of("registry.example.com:5000", CA)),
        TestFacts.cluster().with(imageConfig(null)));

    assertThat(result.findings()).isEmpty();
    ObjectIntent map = intentFor(result, "ConfigMap");
    assertThat(map.key().name()).isEqualTo("registry-config");
    assertThat(map.key().namespace()).contains("openshift-config");
    assertThat(map.phase()).isEqualTo(Phase.PREREQUISITE);
    assertThat(map.document().at("/data/registry.example.com..5000").asText()).isEqualTo(CA);
    assertThat(intentFor(result, "Image").document().at("/spec/additionalTrustedCA/name").asText())
        .isEqualTo("registry-config");
  }

  @Test
  @DisplayName("adds to the config map the image config already names instead of switching, and says so")
  void existingConfigMap() {
    TestFacts cluster = TestFacts.cluster().with(imageConfig("corporate-cas"),
        new ConfigMapBuilder().withNewMetadata().withName("corporate-cas").withNamespace("openshift-config").endMetadata()
            .addToData("other.example.com", ROUTER_CA).build());

    FeatureResult result = evaluate(trusting(RegistryCa.of("registry.example.com", CA)).configMapName("mine"), cluster);

    ObjectIntent map = intentFor(result, "ConfigMap");
    assertThat(map.key().name()).isEqualTo("corporate-cas");
    assertThat(map.document().get("data").fieldNames()).toIterable().containsExactly("registry.example.com");
    assertThat(result.intents()).noneMatch(i -> i.key().equals(ClusterObjects.IMAGE_CONFIG));
    assertThat(result.findings()).extracting(Finding::code).containsExactly(TrustFindingCodes.TRUST_CONFIG_MAP_IN_USE);
  }

  @Test
  @DisplayName("the engine observes the config map the image config names, found on a first look")
  void dependentObservation() {
    TrustedCaFeature feature = trusting(RegistryCa.of("registry.example.com", CA));
    ClusterFacts first = TestFacts.cluster().with(imageConfig("corporate-cas")).observedFor(feature);
    assertThat(feature.dependentObjects(first)).extracting(k -> k.name()).containsExactly("corporate-cas");
  }

  @Test
  @DisplayName("a CA already trusted for the host is replaced, with a note")
  void replaced() {
    TestFacts cluster = TestFacts.cluster().with(imageConfig("registry-config"),
        new ConfigMapBuilder().withNewMetadata().withName("registry-config").withNamespace("openshift-config").endMetadata()
            .addToData("registry.example.com", ROUTER_CA).build());
    FeatureResult result = evaluate(trusting(RegistryCa.of("registry.example.com", CA)), cluster);
    assertThat(result.findings()).extracting(Finding::code).containsExactly(TrustFindingCodes.TRUST_CA_REPLACED);
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("refuses hosts that are not host[:port]")
  @ValueSource(strings = {"https://registry.example.com", "registry.example.com/path", "registry example.com",
      "registry.example.com:99999", "-bad.example.com"})
  void invalidHost(String host) {
    FeatureResult result = evaluate(trusting(RegistryCa.of(host, CA)), TestFacts.cluster());
    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(TrustFindingCodes.TRUST_HOST_INVALID);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    });
    assertThat(result.intents()).isEmpty();
  }

  @Test
  @DisplayName("the fix for a host with scheme and path names the bare host")
  void hostRemedy() {
    FeatureResult result = evaluate(trusting(RegistryCa.of("https://Registry.example.com:5000/v2", CA)), TestFacts.cluster());
    assertThat(result.findings().get(0).remedy()).contains("trustRegistryCa(\"registry.example.com:5000\", pem)");
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("refuses PEM text that holds no usable X.509 certificate")
  @ValueSource(strings = {"not a certificate", "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n"})
  void invalidPem(String pem) {
    FeatureResult result = evaluate(trusting(RegistryCa.of("registry.example.com", pem)), TestFacts.cluster());
    assertThat(result.findings()).extracting(Finding::code).containsExactly(TrustFindingCodes.TRUST_CA_INVALID);
    assertThat(result.intents()).isEmpty();
  }

  @Test
  @DisplayName("an expired CA is an error")
  void expired() {
    Clock later = Clock.fixed(Instant.parse("2035-02-01T00:00:00Z"), ZoneOffset.UTC);
    FeatureResult result = TrustedCaFeature.of(List.of(RegistryCa.of("registry.example.com", CA))).clock(later)
        .evaluate(TestFacts.cluster().observedFor(trusting()));
    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(TrustFindingCodes.TRUST_CA_EXPIRED);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).contains("expired on 2035-01-01T00:00:00Z");
    });
  }

  @Test
  @DisplayName("a CA expiring within 30 days is a warning, and is still written")
  void expiring() {
    Clock soon = Clock.fixed(Instant.parse("2034-12-10T00:00:00Z"), ZoneOffset.UTC);
    FeatureResult result = TrustedCaFeature.of(List.of(RegistryCa.of("registry.example.com", CA))).clock(soon)
        .evaluate(TestFacts.cluster().observedFor(trusting()));
    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(TrustFindingCodes.TRUST_CA_EXPIRING);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
    });
    assertThat(result.intents()).isNotEmpty();
  }

  @Test
  @DisplayName("two different CAs for one host are refused")
  void duplicateHost() {
    FeatureResult result = evaluate(trusting(RegistryCa.of("registry.example.com:5000", CA),
        RegistryCa.of("registry.example.com..5000", ROUTER_CA)), TestFacts.cluster());
    assertThat(result.findings()).extracting(Finding::code).containsExactly(TrustFindingCodes.TRUST_HOST_DUPLICATE);
  }

  @Test
  @DisplayName("the cluster's ingress CA is trusted for a route host")
  void clusterIngress() {
    TestFacts cluster = TestFacts.cluster().facts(f -> f.ingressCaPem(ROUTER_CA).ingressDomain("apps.example.com"));
    FeatureResult result = evaluate(trusting(RegistryCa.clusterIngress("astra-registry.apps.example.com")), cluster);
    assertThat(result.findings()).isEmpty();
    JsonNode data = intentFor(result, "ConfigMap").document().get("data");
    assertThat(data.get("astra-registry.apps.example.com").asText()).isEqualTo(ROUTER_CA);
  }

  @Test
  @DisplayName("without a readable ingress CA, asks for the PEM")
  void clusterIngressUnknown() {
    FeatureResult result = evaluate(trusting(RegistryCa.clusterIngress("astra-registry.apps.example.com")),
        TestFacts.cluster().facts(f -> f.ingressCaPem(Optional.empty())));
    assertThat(result.findings()).extracting(Finding::code).containsExactly(TrustFindingCodes.TRUST_INGRESS_CA_UNKNOWN);
  }

  @Test
  @DisplayName("warns when the ingress CA is trusted for a host outside the ingress domain")
  void clusterIngressOtherDomain() {
    TestFacts cluster = TestFacts.cluster().facts(f -> f.ingressCaPem(ROUTER_CA).ingressDomain("apps.example.com"));
    FeatureResult result = evaluate(trusting(RegistryCa.clusterIngress("registry.corp.example.org")), cluster);
    assertThat(result.findings()).extracting(Finding::code)
        .containsExactly(TrustFindingCodes.TRUST_INGRESS_HOST_OUTSIDE_DOMAIN);
  }
}
