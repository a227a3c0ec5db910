package dev.registrysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.LogLevel;
import dev.registrysdk.api.pruner.ImagePruning;
import dev.registrysdk.testkit.FakeOpenShift;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The image pruner. */
class PrunerOptionsTest {

  @TempDir
  Path dir;

  @Test
  @DisplayName("every pruner option writes what ImagePruning writes")
  void sameAsSdk() {
    try (SdkParity parity = new SdkParity(FakeOpenShift::aws, dir, c -> {})) {
      Cli.Result result = parity.applyWithCli(Map.of(), "--pruner-schedule", "30 2 * * *", "--no-pruner-suspend",
          "--pruner-keep-tag-revisions", "5", "--pruner-keep-younger-than", "2h", "--pruner-successful-jobs-history-limit", "4",
          "--pruner-failed-jobs-history-limit", "2", "--no-pruner-ignore-invalid-refs", "--pruner-log-level", "Debug");
      parity.applyWithSdk(c -> c.pruner(ImagePruning.create().schedule("30 2 * * *").suspend(false).keepTagRevisions(5)
          .keepYoungerThan(Duration.ofHours(2)).successfulJobsHistoryLimit(4).failedJobsHistoryLimit(2)
          .ignoreInvalidImageReferences(false).logLevel(LogLevel.DEBUG)));

      assertThat(result.exitCode()).as(result.toString()).isZero();
      parity.assertSameWrites();
      assertThat(parity.cli.cluster.client().operator().imagePruners().withName("cluster").get().getSpec().getSchedule())
          .isEqualTo("30 2 * * *");
    }
  }

  @Test
  @DisplayName("the same pruner settings again write nothing and exit 0")
  void idempotent() {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.aws(), dir)) {
      fixture.run("apply", "--no-wait", "--pruner-suspend", "--pruner-keep-tag-revisions", "5");
      fixture.cluster.requests().clear();

      Cli.Result again = fixture.run("apply", "--no-wait", "--pruner-suspend", "--pruner-keep-tag-revisions", "5");

      assertThat(again.exitCode()).as(again.toString()).isZero();
      assertThat(fixture.cluster.requests().writes()).isEmpty();
    }
  }

  @Test
  @DisplayName("a schedule that is not cron, or a negative count, is refused by validation: exit 2")
  void refused() {
    Cli.Result schedule = Cli.run("plan", "--fake", "aws", "--pruner-schedule", "every night");
    Cli.Result negative = Cli.run("plan", "--fake", "aws", "--pruner-keep-tag-revisions", "-1");

    assertThat(schedule.exitCode()).as(schedule.toString()).isEqualTo(ExitCodes.REFUSED);
    assertThat(schedule.out()).contains("PRUNER_SCHEDULE_INVALID");
    assertThat(negative.exitCode()).as(negative.toString()).isEqualTo(ExitCodes.REFUSED);
    assertThat(negative.out()).contains("PRUNER_VALUE_NEGATIVE");
  }

  @Test
  @DisplayName("a registry that stays Removed gets the warning that pruning then skips registry storage")
  void removedRegistry() {
    Cli.Result result = Cli.run("plan", "--fake", "bare-metal", "--pruner-schedule", "@daily");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("PRUNER_SKIPS_REGISTRY_STORAGE");
  }

  @Test
  @DisplayName("a duration or a log level that does not parse is a usage error: exit 1")
  void usage() {
    List<Cli.Result> results = List.of(
        Cli.run("plan", "--fake", "aws", "--pruner-keep-younger-than", "two hours"),
        Cli.run("plan", "--fake", "aws", "--pruner-log-level", "Loud"));

    assertThat(results).allSatisfy(r -> assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE));
  }
}
