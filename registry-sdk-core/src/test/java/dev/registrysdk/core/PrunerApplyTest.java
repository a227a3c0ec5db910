package dev.registrysdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.pruner.ImagePruning;
import dev.registrysdk.core.pruner.PrunerFindingCodes;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImagePrunerSpec;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrunerApplyTest {

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
  @DisplayName("patches only the settings given, keeping the operator's others, and then writes nothing")
  void patches() throws Exception {
    RegistryConfigurer pruning = cluster.configurer().managed().storage(TestStorage.operatorClaim())
        .pruner(ImagePruning.create().schedule("30 2 * * *").keepYoungerThan(Duration.ofHours(2)));

    ApplyResult result = pruning.apply();

    assertThat(result.changes().stream().filter(c -> c.target().kind().equals("ImagePruner")).findFirst().orElseThrow().diff())
        .containsExactly("spec.schedule: \"\" -> \"30 2 * * *\"", "spec.keepYoungerThanDuration: (unset) -> \"2h\"");
    var patch = JSON.readTree(result.changes().stream().filter(c -> c.target().kind().equals("ImagePruner")).findFirst()
        .orElseThrow().body());
    assertThat(patch.get("spec")).isEqualTo(JSON.readTree("{\"schedule\":\"30 2 * * *\",\"keepYoungerThanDuration\":\"2h\"}"));
    ImagePrunerSpec stored = cluster.client.operator().imagePruners().withName("cluster").get().getSpec();
    assertThat(stored.getKeepTagRevisions()).isEqualTo(3);
    assertThat(stored.getSchedule()).isEqualTo("30 2 * * *");
    assertThat(result.plan().findings()).as("the registry becomes Managed in the same apply").isEmpty();

    cluster.clearRequests();
    assertThat(pruning.apply().changed()).isFalse();
    assertThat(cluster.writes()).isEmpty();
  }

  @Test
  @DisplayName("on bare metal, where the registry starts Removed, warns that pruning leaves registry storage alone")
  void removedRegistry() {
    var plan = cluster.configurer().pruner(ImagePruning.create().keepTagRevisions(5)).plan();
    assertThat(plan.findings()).extracting(Finding::code).containsExactly(PrunerFindingCodes.PRUNER_SKIPS_REGISTRY_STORAGE);
  }
}
