package dev.registrysdk.cli.client;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Starts the daemon as a detached process of the same JDK: its own session ({@code setsid}, where
 * there is one) so a Ctrl-C at the terminal does not reach it, standard input closed, output to its
 * log file. It maps the CLI's class-data archive when the build recorded one. It inherits only the
 * variables a JVM needs (never credentials): each request brings its own environment.
 */
public final class DaemonProcess implements DaemonStarter {

  /** The main class of the daemon. */
  static final String MAIN_CLASS = "dev.registrysdk.cli.daemon.RegistryctlDaemon";

  /** What the daemon process inherits from the client's environment. */
  private static final List<String> INHERITED = List.of("PATH", "HOME", "USER", "LOGNAME", "LANG", "LC_ALL", "LC_CTYPE",
      "TZ", "TMPDIR", "XDG_RUNTIME_DIR");

  /**
   * The daemon's JVM: the serial collector (a small heap that shrinks); the C1 compiler only, since
   * runs are short and I/O-bound, and C2's compile threads slowed the first run by about 0.15 s on two
   * CPUs with no gain on later ones; the SDK's own logging at warn and the daemon's at info, with times.
   */
  private static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1",
      "-Dorg.slf4j.simpleLogger.showDateTime=true",
      "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSSXXX",
      "-Dorg.slf4j.simpleLogger.log.dev.registrysdk.cli.daemon=info");

  private final Path home;
  private final String idleTimeout;
  private final Map<String, String> environment;

  /**
   * A starter for the CLI installed in {@code home}.
   *
   * @param home the folder of {@code registryctl.jar} and its class-data archive
   * @param idleTimeout how long the daemon waits for a request before it exits, e.g. {@code 15m};
   *     {@code null} for its default
   * @param environment the client's environment, of which the daemon inherits only {@link #INHERITED}
   */
  public DaemonProcess(Path home, String idleTimeout, Map<String, String> environment) {
    this.home = home;
    this.idleTimeout = idleTimeout;
    this.environment = environment;
  }

  @Override
  public BooleanSupplier start(SocketDirectory directory, String name) throws IOException {
    Process process = builder(directory, name).start();
    return process::isAlive;
  }

  /** The process to start. */
  ProcessBuilder builder(SocketDirectory directory, String name) {
    List<String> command = new ArrayList<>();
    for (String setsid : List.of("/usr/bin/setsid", "/bin/setsid")) {
      if (Files.isExecutable(Path.of(setsid))) {
        command.add(setsid);
        break;
      }
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Path archive = home.resolve("registryctl.jsa");
    if (Files.isReadable(archive)) {
      command.add("-XX:SharedArchiveFile=" + archive);
      command.add("-Xlog:cds=off");
      command.add("-Xlog:cds+dynamic=off");
    }
    command.addAll(JVM_OPTIONS);
    command.add("-cp");
    command.add(home.resolve("registryctl.jar").toString());
    command.add(MAIN_CLASS);
    command.add("--dir");
    command.add(directory.path().toString());
    command.add("--name");
    command.add(name);
    if (idleTimeout != null && !idleTimeout.isBlank()) {
      command.add("--idle");
      command.add(idleTimeout);
    }
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.path().toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.log(name).toFile()))
        .redirectErrorStream(true);
    Map<String, String> inherited = builder.environment();
    inherited.clear();
    for (String variable : INHERITED) {
      String value = environment.get(variable);
      if (value != null) {
        inherited.put(variable, value);
      }
    }
    return builder;
  }
}
