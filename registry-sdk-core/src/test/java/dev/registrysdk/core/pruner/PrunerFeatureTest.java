package dev.registrysdk.core.pruner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.registrysdk.api.LogLevel;
import dev.registrysdk.api.ManagementState;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.pruner.ImagePruning;
import dev.registrysdk.core.cluster.TestFacts;
import dev.registrysdk.core.feature.FeatureResult;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImagePrunerBuilder;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrunerFeatureTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static FeatureResult evaluate(PrunerFeature feature, TestFacts cluster) {
    return feature.evaluate(cluster.observedFor(feature));
  }

  @Test
  @DisplayName("writes only the settings given, the age as a Go duration")
  void settings() throws Exception {
    FeatureResult result = evaluate(PrunerFeature.of(ImagePruning.create().schedule("30 2 * * *").suspend(false)
        .keepTagRevisions(5).keepYoungerThan(Duration.ofMinutes(90)).successfulJobsHistoryLimit(1).failedJobsHistoryLimit(2)
        .ignoreInvalidImageReferences(true).logLevel(LogLevel.DEBUG)), TestFacts.cluster());
    assertThat(result.findings()).isEmpty();
    assertThat(result.intents()).singleElement().satisfies(i -> {
      assertThat(i.key().toString()).isEqualTo("ImagePruner cluster");
      assertThat(i.document()).isEqualTo(JSON.readTree("""
          {"spec":{"schedule":"30 2 * * *","suspend":false,"keepTagRevisions":5,"keepYoungerThanDuration":"1h30m",
           "successfulJobsHistoryLimit":1,"failedJobsHistoryLimit":2,"ignoreInvalidImageReferences":true,"logLevel":"Debug"}}"""));
    });
  }

  @Test
  @DisplayName("a schedule that is not five cron fields is refused")
  void badSchedule() {
    FeatureResult result = evaluate(PrunerFeature.of(ImagePruning.create().schedule("every night")), TestFacts.cluster());
    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(PrunerFindingCodes.PRUNER_SCHEDULE_INVALID);
      assertThat(f.isError()).isTrue();
      assertThat(f.path()).isEqualTo("ImagePruner cluster spec.schedule");
    });
  }

  @Test
  @DisplayName("negative counts and ages are refused")
  void negatives() {
    FeatureResult result = evaluate(PrunerFeature.of(ImagePruning.create().keepTagRevisions(-1).failedJobsHistoryLimit(-2)
        .keepYoungerThan(Duration.ofSeconds(-1))), TestFacts.cluster());
    assertThat(result.findings()).extracting(Finding::code).containsOnly(PrunerFindingCodes.PRUNER_VALUE_NEGATIVE).hasSize(3);
  }

  @Test
  @DisplayName("warns that pruning skips registry storage while the registry is Removed or Unmanaged")
  void removedRegistry() {
    ImagePruning pruning = ImagePruning.create().keepTagRevisions(3);
    assertThat(evaluate(PrunerFeature.of(pruning), TestFacts.cluster().registry("Removed")).findings())
        .extracting(Finding::code).containsExactly(PrunerFindingCodes.PRUNER_SKIPS_REGISTRY_STORAGE);
    assertThat(evaluate(PrunerFeature.of(pruning), TestFacts.cluster().registry("Unmanaged")).findings())
        .singleElement().satisfies(f -> assertThat(f.message()).contains("--prune-registry=false"));
    assertThat(evaluate(PrunerFeature.of(pruning), TestFacts.cluster().registry("Managed")).findings()).isEmpty();
  }

  @Test
  @DisplayName("looks at the state the same apply gives the registry")
  void intendedState() {
    PrunerFeature feature = PrunerFeature.of(ImagePruning.create().keepTagRevisions(3));
    assertThat(evaluate(feature.registryState(Optional.of(ManagementState.MANAGED)), TestFacts.cluster().registry("Removed"))
        .findings()).isEmpty();
    assertThat(evaluate(feature.registryState(Optional.of(ManagementState.REMOVED)), TestFacts.cluster().registry("Managed"))
        .findings()).extracting(Finding::code).containsExactly(PrunerFindingCodes.PRUNER_SKIPS_REGISTRY_STORAGE);
  }

  @Test
  @DisplayName("notes that the deprecated keepYoungerThan is ignored once a duration is set")
  void deprecatedKeepYoungerThan() {
    TestFacts cluster = TestFacts.cluster().with(new ImagePrunerBuilder().withNewMetadata().withName("cluster").endMetadata()
        .withNewSpec().withKeepYoungerThan(3_600_000_000_000L).endSpec().build());
    assertThat(evaluate(PrunerFeature.of(ImagePruning.create().keepYoungerThan(Duration.ofHours(2))), cluster).findings())
        .extracting(Finding::code).containsExactly(PrunerFindingCodes.PRUNER_KEEP_YOUNGER_THAN_IGNORED);
  }
}
