package dev.registrysdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.registrysdk.api.error.ValidationException;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.sources.RegistryLocation;
import dev.registrysdk.api.sources.RegistrySources;
import dev.registrysdk.core.sources.SourcesFindingCodes;
import io.fabric8.openshift.api.model.config.v1.Image;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegistrySourcesApplyTest {

  private static final ObjectMapper JSON = new ObjectMapper();

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
  @DisplayName("an insecure lab registry: the patch oc patch image.config.openshift.io/cluster would send, then nothing")
  void insecureRegistry() throws Exception {
    RegistryConfigurer sources = cluster.configurer().registrySources(RegistrySources.adding()
        .allowedRegistriesForImport(RegistryLocation.of("my.own.registry.example.com:8888").insecure(true))
        .insecureRegistries("my.own.registry.example.com:8888"));

    ApplyResult result = sources.apply();

    assertThat(result.changes().get(0).diff()).containsExactly(
        "spec.registrySources.insecureRegistries: (unset) -> [\"my.own.registry.example.com:8888\"]",
        "spec.allowedRegistriesForImport: (unset) -> [{\"domainName\":\"my.own.registry.example.com:8888\",\"insecure\":true}]");
    var patch = JSON.readTree(result.changes().get(0).body());
    assertThat(patch.get("spec")).isEqualTo(JSON.readTree("""
        {"allowedRegistriesForImport":[{"domainName":"my.own.registry.example.com:8888","insecure":true}],
         "registrySources":{"insecureRegistries":["my.own.registry.example.com:8888"]}}"""));
    assertThat(result.plan().findings()).extracting(Finding::code).containsExactly(SourcesFindingCodes.SOURCES_NODE_ROLLOUT);
    cluster.clearRequests();
    assertThat(sources.apply().changed()).isFalse();
    assertThat(cluster.writes()).isEmpty();
  }

  @Test
  @DisplayName("adding a blocked registry sends the whole list, the cluster's entries first")
  void addsToList() throws Exception {
    Image image = cluster.imageConfig();
    image.getSpec().setRegistrySources(new io.fabric8.openshift.api.model.config.v1.RegistrySourcesBuilder()
        .withBlockedRegistries("untrusted.example.com").build());
    cluster.client.config().images().resource(image).update();

    ApplyResult result = cluster.configurer().registrySources(RegistrySources.adding().blockedRegistries("docker.io")).apply();

    assertThat(JSON.readTree(result.changes().get(0).body()).at("/spec/registrySources/blockedRegistries"))
        .isEqualTo(JSON.readTree("[\"untrusted.example.com\",\"docker.io\"]"));
  }

  @Test
  @DisplayName("allowed and blocked together are refused before anything is written")
  void refused() {
    cluster.clearRequests();
    assertThatThrownBy(() -> cluster.configurer().registrySources(RegistrySources.adding()
            .allowedRegistries("quay.io").blockedRegistries("docker.io")).apply())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Only one of blockedRegistries or allowedRegistries may be set");
    assertThat(cluster.writes()).isEmpty();
  }
}
