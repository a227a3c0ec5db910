package dev.registrysdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.registrysdk.api.plan.Change;
import dev.registrysdk.api.plan.ChangeAction;
import dev.registrysdk.api.plan.Plan;
import dev.registrysdk.api.sources.RegistrySources;
import dev.registrysdk.core.cluster.TestFacts;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TrustedCaApplyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CA = TestFacts.resource("/certs/registry-ca.pem");

  private FeatureCluster cluster;

  @BeforeEach
  void start() {
    cluster = FeatureCluster.current();
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private static JsonNode body(Change change) throws Exception {
    return JSON.readTree(change.body());
  }

  @Test
  @DisplayName("seed 001 §2.5: the config map and image config equal what oc create configmap and oc edit produce")
  void seed001TrustStore() throws Exception {
    // oc create configmap registry-config --from-file=registry-with-port.example.com..5000=ca.crt -n openshift-config
    ConfigMap byHand = new ConfigMapBuilder().withNewMetadata().withName("registry-config").withNamespace("openshift-config")
        .endMetadata().addToData("registry-with-port.example.com..5000", CA).build();

    ApplyResult result = cluster.configurer().trustRegistryCa("registry-with-port.example.com:5000", CA).apply();

    ConfigMap stored = cluster.configMap("registry-config");
    assertThat(stored.getData()).isEqualTo(byHand.getData());
    // oc edit image.config.openshift.io cluster: spec.additionalTrustedCA.name: registry-config
    assertThat(cluster.imageConfig().getSpec().getAdditionalTrustedCA().getName()).isEqualTo("registry-config");
    assertThat(result.changes()).extracting(Change::action, c -> c.target().toString()).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ChangeAction.CREATE, "ConfigMap openshift-config/registry-config"),
        org.assertj.core.groups.Tuple.tuple(ChangeAction.PATCH, "Image cluster"));
    assertThat(result.changes().get(1).diff()).containsExactly("spec.additionalTrustedCA.name: (unset) -> \"registry-config\"");
    JsonNode patch = body(result.changes().get(1));
    assertThat(patch.get("spec")).isEqualTo(JSON.readTree("{\"additionalTrustedCA\":{\"name\":\"registry-config\"}}"));
    assertThat(patch.at("/metadata/resourceVersion").isTextual()).isTrue();
  }

  @Test
  @DisplayName("a repeated apply writes nothing")
  void idempotent() {
    RegistryConfigurer trust = cluster.configurer().trustRegistryCa("registry.example.com:5000", CA);
    trust.apply();
    cluster.clearRequests();

    assertThat(trust.apply().changed()).isFalse();
    assertThat(cluster.writes()).isEmpty();
  }

  @Test
  @DisplayName("trusting another registry adds its key and keeps the first")
  void addsKey() throws Exception {
    cluster.configurer().trustRegistryCa("registry.example.com:5000", CA).apply();

    ApplyResult second = cluster.configurer().trustRegistryCa("other.example.com", CA).apply();

    assertThat(second.changes()).singleElement().satisfies(change -> {
      assertThat(change.target().toString()).isEqualTo("ConfigMap openshift-config/registry-config");
      assertThat(body(change).get("data").fieldNames()).toIterable().containsExactly("other.example.com");
    });
    assertThat(cluster.configMap("registry-config").getData())
        .containsOnlyKeys("registry.example.com..5000", "other.example.com");
  }

  @Test
  @DisplayName("with a config map already named by the image config, CAs go into that map")
  void existingMap() {
    cluster.client.configMaps().inNamespace("openshift-config").resource(new ConfigMapBuilder().withNewMetadata()
        .withName("corporate-cas").withNamespace("openshift-config").endMetadata().addToData("old.example.com", CA).build()).create();
    var image = cluster.imageConfig();
    image.getSpec().setAdditionalTrustedCA(new io.fabric8.openshift.api.model.config.v1.ConfigMapNameReference("corporate-cas"));
    cluster.client.config().images().resource(image).update();

    ApplyResult result = cluster.configurer().trustRegistryCa("registry.example.com", CA).apply();

    assertThat(result.changes()).extracting(c -> c.target().toString()).containsExactly("ConfigMap openshift-config/corporate-cas");
    assertThat(result.plan().findings()).extracting(f -> f.code())
        .containsExactly(dev.registrysdk.core.trust.TrustFindingCodes.TRUST_CONFIG_MAP_IN_USE);
    assertThat(cluster.configMap("corporate-cas").getData()).containsOnlyKeys("old.example.com", "registry.example.com");
    assertThat(cluster.configMap("registry-config")).isNull();
  }

  @Test
  @DisplayName("seed 004: the router CA under the route host in astra-ca, and the image config patch oc patch sends")
  void seed004RouterCa() throws Exception {
    String host = "astra-registry." + cluster.ingressDomain();
    ApplyResult result = cluster.configurer().trustedCaConfigMap("astra-ca").trustClusterIngressCa(host).apply();

    // oc create configmap astra-ca -n openshift-config --from-file=<host>=tls.crt
    assertThat(cluster.configMap("astra-ca").getData()).containsExactly(java.util.Map.entry(host, cluster.routerCa()));
    // oc patch image.config.openshift.io/cluster --patch '{"spec":{"additionalTrustedCA":{"name":"astra-ca"}}}' --type=merge
    JsonNode patch = body(result.changes().get(1));
    ((com.fasterxml.jackson.databind.node.ObjectNode) patch).remove("metadata");
    assertThat(patch).isEqualTo(JSON.readTree("{\"spec\":{\"additionalTrustedCA\":{\"name\":\"astra-ca\"}}}"));
  }

  @Test
  @DisplayName("trust and registry sources change the image config in one patch")
  void onePatchWithSources() throws Exception {
    Plan plan = cluster.configurer().trustRegistryCa("registry.example.com", CA)
        .registrySources(RegistrySources.adding().insecureRegistries("lab.example.com:5000")).plan();

    assertThat(plan.changes()).filteredOn(c -> c.target().kind().equals("Image")).singleElement().satisfies(c -> {
      JsonNode spec = body(c).get("spec");
      assertThat(spec.at("/additionalTrustedCA/name").asText()).isEqualTo("registry-config");
      assertThat(spec.at("/registrySources/insecureRegistries/0").asText()).isEqualTo("lab.example.com:5000");
    });
  }
}
