package dev.registrysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.registrysdk.testkit.FakeOpenShift;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyCommandTest {

  @TempDir
  Path dir;

  @Test
  @DisplayName("the README's main job: plan, apply and readiness on an embedded fake bare-metal cluster, exit 0")
  void mainJob() {
    Cli.Result result = Cli.run("apply", "--fake", "bare-metal", "--managed", "--storage", "pvc-block", "--progress", "plain");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("Plan: 2 changes", "Applied 2 changes in 1 attempt.", "Registry: READY (Ready)");
    assertThat(result.err()).contains("registryctl: applied create PersistentVolumeClaim openshift-image-registry/image-registry-storage",
        "registryctl: applied patch Config cluster", "waiting for the registry");
  }

  @Test
  @DisplayName("with a live display, the wait for the registry is shown after the plan is printed")
  void liveProgress() {
    Cli.Result result = Cli.run("apply", "--fake", "bare-metal", "--managed", "--storage", "pvc-block", "--progress", "live");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).contains("waiting for the registry (up to 10m)").contains("\r\033[2K");
  }

  @Test
  @DisplayName("applying the same state again writes nothing")
  void idempotent() {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.bareMetal(), dir)) {
      fixture.run("apply", "--managed", "--storage", "pvc-block", "--no-wait");
      fixture.cluster.requests().clear();

      Cli.Result again = fixture.run("apply", "--managed", "--storage", "pvc-block", "--no-wait");

      assertThat(again.exitCode()).isZero();
      assertThat(again.out()).contains("Nothing to change");
      assertThat(fixture.cluster.requests().writes()).isEmpty();
    }
  }

  @Test
  @DisplayName("exits 2 and writes nothing when validation refuses")
  void refused() {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.bareMetal(), dir)) {
      fixture.cluster.requests().clear();

      Cli.Result result = fixture.run("apply", "--managed", "--storage", "emptydir", "--replicas", "2");

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.REFUSED);
      assertThat(result.out()).contains("Refused by validation; nothing was written.", "EMPTYDIR_SINGLE_REPLICA");
      assertThat(fixture.cluster.requests().writes()).isEmpty();
    }
  }

  @Test
  @DisplayName("exits 3 when the registry is still progressing after --wait")
  void notReadyInTime() {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.bareMetal(), dir)) {
      fixture.cluster.faults().operatorStuckProgressing();

      Cli.Result result = fixture.run("apply", "--managed", "--storage", "pvc-block", "--wait", "300ms", "--progress", "none");

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.NOT_READY);
      assertThat(result.out()).contains("Registry: PROGRESSING");
    }
  }

  @Test
  @DisplayName("exits 4 with the operator's message when it reports a failure")
  void operatorFailure() {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.bareMetal(), dir)) {
      fixture.cluster.faults().operatorDegraded("Unable to apply resources: disk on fire");

      Cli.Result result = fixture.run("apply", "--managed", "--storage", "pvc-block", "--progress", "none");

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
      assertThat(result.out()).contains("Registry: FAILED", "disk on fire");
    }
  }

  @Test
  @DisplayName("exits 4 when other writers keep conflicting, and says so")
  void conflict() {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.bareMetal(), dir)) {
      fixture.cluster.faults().conflictOnNext("PATCH", "configs");

      Cli.Result result = fixture.run("apply", "--managed", "--storage", "pvc-block", "--max-conflict-retries", "0",
          "--progress", "none");

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
      assertThat(result.err()).contains("registryctl: Config cluster was changed by another writer");
    }
  }

  @Test
  @DisplayName("exits 4 when the cluster cannot be reached")
  void unreachable() {
    FakeOpenShift gone = FakeOpenShift.bareMetal().start();
    Path kubeconfig = gone.writeKubeconfig(dir.resolve("kubeconfig"));
    gone.close();

    Cli.Result result = Cli.run("apply", "--kubeconfig", kubeconfig.toString(), "--managed", "--storage", "pvc-block");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(result.err()).startsWith("registryctl: ");
  }

  @Test
  @DisplayName("--no-wait returns once written")
  void noWait() {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.bareMetal(), dir)) {
      fixture.cluster.faults().operatorStuckProgressing();

      Cli.Result result = fixture.run("apply", "--managed", "--storage", "pvc-block", "--no-wait");

      assertThat(result.exitCode()).as(result.toString()).isZero();
      assertThat(result.out()).doesNotContain("Registry:");
    }
  }

  @Test
  @DisplayName("--output json carries the plan, the changes applied and the readiness")
  void json() throws Exception {
    Cli.Result result = Cli.run("apply", "--fake", "bare-metal", "--managed", "--storage", "pvc-block", "-o", "json",
        "--progress", "none");

    JsonNode apply = new ObjectMapper().readTree(result.out());
    assertThat(apply.at("/applied/0/kind").asText()).isEqualTo("PersistentVolumeClaim");
    assertThat(apply.at("/applied/1/kind").asText()).isEqualTo("Config");
    assertThat(apply.at("/readiness/state").asText()).isEqualTo("READY");
    assertThat(apply.get("attempts").asInt()).isEqualTo(1);
  }
}
