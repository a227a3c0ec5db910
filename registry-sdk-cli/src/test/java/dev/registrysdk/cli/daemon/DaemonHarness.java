package dev.registrysdk.cli.daemon;

import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.Registryctl;
import dev.registrysdk.cli.client.DaemonStarter;
import dev.registrysdk.cli.client.InProcessRunner;
import dev.registrysdk.cli.client.RegistryctlClient;
import dev.registrysdk.cli.client.Request;
import dev.registrysdk.cli.client.SocketDirectory;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;

/**
 * A client and the daemons it starts, in the test's JVM, on a socket directory of the test's own:
 * runs requests as the launcher's client would, and in-process for comparison. Closing it stops
 * every daemon it started.
 */
public final class DaemonHarness implements AutoCloseable {

  /** The daemon's name in the test's socket directory. */
  public static final String NAME = "registryctl-test";

  /** What a run printed and returned. */
  public record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  private final SocketDirectory directory;
  private final Duration idleTimeout;
  private final List<RegistryctlDaemon> daemons = new CopyOnWriteArrayList<>();
  private final AtomicInteger inProcessRuns = new AtomicInteger();
  private DaemonStarter starter;
  private InProcessRunner inProcess = DaemonHarness::runHere;
  private Duration readyTimeout = Duration.ofSeconds(10);

  /** A harness whose daemons listen in {@code sockets} (made 0700 there) and idle out after 10 minutes. */
  public DaemonHarness(Path sockets) {
    this(sockets, Duration.ofMinutes(10));
  }

  /** A harness whose daemons idle out after {@code idleTimeout}. */
  public DaemonHarness(Path sockets, Duration idleTimeout) {
    this.directory = new SocketDirectory(sockets);
    this.idleTimeout = idleTimeout;
    this.starter = (dir, name) -> {
      RegistryctlDaemon daemon = startDaemon();
      return () -> !daemon.isStopped();
    };
  }

  /** Starts a daemon in the test's JVM, as the client would start a process. */
  public RegistryctlDaemon startDaemon() throws IOException {
    RegistryctlDaemon daemon = RegistryctlDaemon.bind(new DaemonSettings(directory, NAME, idleTimeout))
        .orElseThrow(() -> new IllegalStateException("a daemon already holds the lock"));
    daemons.add(daemon);
    daemon.start();
    return daemon;
  }

  /** Starts daemons with this starter instead. */
  public DaemonHarness starter(DaemonStarter replaced) {
    this.starter = replaced;
    return this;
  }

  /** Runs requests that no daemon serves with this runner instead of in the test's JVM. */
  public DaemonHarness inProcess(InProcessRunner replaced) {
    this.inProcess = replaced;
    return this;
  }

  /** Waits this long for a listening daemon to take a request. */
  public DaemonHarness readyTimeout(Duration timeout) {
    this.readyTimeout = timeout;
    return this;
  }

  /** The socket directory. */
  public SocketDirectory directory() {
    return directory;
  }

  /** The daemons started so far. */
  public List<RegistryctlDaemon> daemons() {
    return daemons;
  }

  /** How many requests ran in-process because no daemon served them. */
  public int inProcessRuns() {
    return inProcessRuns.get();
  }

  /** Runs through the client: not at a terminal, UTF-8. */
  public Result run(Map<String, String> environment, Path directory, String... args) {
    return run(request(environment, directory, false, args));
  }

  /** Runs a request through the client. */
  public Result run(Request request) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    RegistryctlClient client = new RegistryctlClient(directory, NAME, starter, (r, o, e) -> {
      inProcessRuns.incrementAndGet();
      return inProcess.run(r, o, e);
    }, Duration.ofSeconds(10), readyTimeout);
    int code = client.run(request, out, err);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A request as a process in {@code directory} with {@code environment} would send. */
  public static Request request(Map<String, String> environment, Path directory, boolean console, String... args) {
    return new Request(directory.toString(), List.of(args), environment, console, "UTF-8", "UTF-8");
  }

  /** Runs in the test's JVM as {@code Registryctl.main} runs in its own process, for comparison. */
  public static Result inProcess(Map<String, String> environment, Path directory, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = runHere(request(environment, directory, false, args), out, err);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static int runHere(Request request, OutputStream out, OutputStream err) {
    CliEnvironment environment = new CliEnvironment(request.environment()::get,
        CliEnvironment.interactive(request.console(), request.environment()::get), Path.of(request.workingDirectory()),
        false);
    String[] args = request.arguments().toArray(String[]::new);
    CommandLine commandLine = Registryctl.commandLine(environment, args);
    PrintWriter outWriter = new PrintWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), true);
    PrintWriter errWriter = new PrintWriter(new BufferedWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)), true);
    commandLine.setOut(outWriter);
    commandLine.setErr(errWriter);
    commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    int code = commandLine.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  @Override
  public void close() {
    for (RegistryctlDaemon daemon : daemons) {
      daemon.stop("test over");
      try {
        daemon.drain(Duration.ofSeconds(30));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new UncheckedIOException(new IOException("interrupted", e));
      }
    }
  }
}
