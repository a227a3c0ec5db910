package dev.registrysdk.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.progress.ProgressEvent;
import dev.registrysdk.api.progress.Stage;
import dev.registrysdk.api.readiness.Readiness;
import dev.registrysdk.api.readiness.ReadinessState;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {

  private final StringWriter err = new StringWriter();

  private static ProgressEvent waiting(String reason, String message) {
    return new ProgressEvent.Waiting(Readiness.builder().state(ReadinessState.PROGRESSING).reason(reason)
        .message(message).generation(2).observedGeneration(1).build());
  }

  @Test
  @DisplayName("plain: one line per new state, repeats left out")
  void plainLines() {
    try (ProgressDisplay display = ProgressDisplay.create(ProgressMode.PLAIN, new PrintWriter(err), true)) {
      display.onEvent(waiting("DeploymentNotCompleted", "The deployment has not completed"));
      display.onEvent(waiting("DeploymentNotCompleted", "The deployment has not completed"));
      display.onEvent(new ProgressEvent.Provisioning("waiting for ObjectBucketClaim openshift-storage/b to be Bound"));
    }

    assertThat(err.toString().lines()).containsExactly(
        "registryctl: waiting for the registry: progressing (DeploymentNotCompleted) The deployment has not completed",
        "registryctl: waiting for ObjectBucketClaim openshift-storage/b to be Bound");
  }

  @Test
  @DisplayName("live: redraws one line in place and clears it when closed")
  void liveLine() {
    try (ProgressDisplay display = ProgressDisplay.create(ProgressMode.LIVE, new PrintWriter(err), false)) {
      display.onEvent(new ProgressEvent.StageStarted(Stage.OBSERVE));
      display.onEvent(waiting("DeploymentNotCompleted", "The deployment has not completed"));
    }

    assertThat(err.toString()).contains("\r\033[2K").contains("reading the cluster")
        .contains("waiting for the registry: progressing (DeploymentNotCompleted)").endsWith("\r\033[2K");
    assertThat(err.toString()).doesNotContain("\n");
  }

  @Test
  @DisplayName("live: clear takes the line off for results, the next status draws it again")
  void liveClear() {
    try (ProgressDisplay display = ProgressDisplay.create(ProgressMode.LIVE, new PrintWriter(err), false)) {
      display.status("writing");
      display.clear();
      assertThat(err.toString()).endsWith("\r\033[2K");
      int cleared = err.toString().length();

      display.status("waiting for the registry");

      assertThat(err.toString().substring(cleared)).contains("waiting for the registry");
    }
  }

  @Test
  @DisplayName("auto: live for a person at a terminal, plain lines otherwise")
  void auto() {
    assertThat(ProgressDisplay.create(ProgressMode.AUTO, new PrintWriter(err), true)).isInstanceOf(LiveProgress.class);
    assertThat(ProgressDisplay.create(ProgressMode.AUTO, new PrintWriter(err), false)).isInstanceOf(PlainProgress.class);
  }
}
