package dev.registrysdk.cli;

import dev.registrysdk.cli.daemon.DaemonHarness;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secret canary through the daemon: every command and output format of {@link SecretCanaryTest},
 * run by a daemon for a client whose environment alone holds the credentials; nothing leaks on the
 * streams the client copies, or in rendered files.
 */
class SecretCanaryThroughDaemonTest extends SecretCanaryTest {

  @TempDir
  static Path sockets;

  private static DaemonHarness daemon;

  @BeforeAll
  static void startDaemon() {
    daemon = new DaemonHarness(sockets.resolve("d"));
  }

  @AfterAll
  static void stopDaemon() {
    daemon.close();
  }

  @Override
  Cli.Result run(Map<String, String> environment, String command, String[] args) {
    List<String> all = new ArrayList<>(List.of(command, "--kubeconfig", fixture.kubeconfig.toString()));
    all.addAll(List.of(args));
    DaemonHarness.Result result = daemon.run(environment, fixture.directory, all.toArray(String[]::new));
    return new Cli.Result(result.exitCode(), result.out(), result.err());
  }
}
