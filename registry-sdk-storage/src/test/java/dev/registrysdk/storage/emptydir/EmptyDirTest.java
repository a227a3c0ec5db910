package dev.registrysdk.storage.emptydir;

import static dev.registrysdk.storage.Fixtures.contribute;
import static dev.registrysdk.storage.Fixtures.facts;
import static dev.registrysdk.storage.Fixtures.json;
import static dev.registrysdk.storage.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.finding.Severity;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.storage.Fixtures;
import dev.registrysdk.storage.StorageFindingCodes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EmptyDirTest {

  private final StorageContribution contribution = contribute(EmptyDir.create(), facts("BareMetal"));

  @Test
  @DisplayName("the stanza is emptyDir: {} and nothing else, as the seed's oc patch sets it")
  void stanzaIsEmptyDir() {
    // seed 000 §3.7.3.2 and 001 §3.4.5: oc patch ... --patch '{"spec":{"storage":{"emptyDir":{}}}}'
    assertThat(tree(contribution.storage())).isEqualTo(json("{\"emptyDir\":{}}"));
    assertThat(contribution.objects()).isEmpty();
  }

  @Test
  @DisplayName("it warns that emptyDir is not for production and images are lost on restart")
  void warnsNotPersistent() {
    var finding = Fixtures.finding(contribution, StorageFindingCodes.EMPTYDIR_NOT_PERSISTENT);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.message()).contains("not suitable for production", "lost when the registry pod restarts");
    assertThat(finding.path()).isEqualTo("spec.storage.emptyDir");
  }

  @Test
  @DisplayName("it limits the registry to one replica, which the operator does not check")
  void limitsToOneReplica() {
    assertThat(contribution.constraints().maxReplicas()).contains(1);
    assertThat(contribution.constraints().requiredRolloutStrategy()).isEmpty();
    assertThat(contribution.constraints().code()).isEqualTo(StorageFindingCodes.EMPTYDIR_SINGLE_REPLICA);
  }

  @Test
  @DisplayName("it suggests nothing and observes nothing")
  void suggestsNothing() {
    assertThat(contribution.suggestedReplicas()).isEmpty();
    assertThat(EmptyDir.create().observedObjects()).isEmpty();
  }
}
