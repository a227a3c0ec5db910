package dev.registrysdk.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.cli.daemon.DaemonHarness;
import dev.registrysdk.cli.daemon.RegistryctlDaemon;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code registryctl daemon status|stop}. */
class DaemonControlTest {

  @TempDir
  Path work;

  private DaemonHarness harness;

  @BeforeEach
  void harness() {
    harness = new DaemonHarness(work.resolve("sockets"));
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  private String control(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = RegistryctlClient.control(harness.directory(), DaemonHarness.NAME, List.of(args),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(code).isZero();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("status says whether a daemon runs, with its pid, runs and socket")
  void status() throws IOException {
    assertThat(control("status")).startsWith("registryctl daemon: not running");

    harness.startDaemon();

    assertThat(control("status")).contains("running, pid " + ProcessHandle.current().pid()).contains("0 runs served")
        .contains(harness.directory().socket(DaemonHarness.NAME).toString());
  }

  @Test
  @DisplayName("stop stops the daemon and removes its socket before it answers")
  void stopsTheDaemon() throws IOException {
    RegistryctlDaemon daemon = harness.startDaemon();

    assertThat(control("stop")).startsWith("registryctl daemon: stopped");

    assertThat(daemon.isStopped()).isTrue();
    assertThat(harness.directory().socket(DaemonHarness.NAME)).doesNotExist();
    assertThat(control("stop")).startsWith("registryctl daemon: not running");
  }
}
