package dev.registrysdk.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.registrysdk.cli.client.ChannelStreams;
import dev.registrysdk.cli.client.Frame;
import dev.registrysdk.cli.client.Protocol;
import dev.registrysdk.cli.client.Request;
import dev.registrysdk.cli.client.UnsafeDirectoryException;
import dev.registrysdk.testkit.FakeOpenShift;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client and the daemon in one JVM, on a socket directory of the test's own. */
class RegistryctlDaemonTest {

  private static final Map<String, String> NO_VARIABLES = Map.of();

  @TempDir
  static Path clusterDirectory;

  private static FakeOpenShift cluster;
  private static Path kubeconfig;

  @TempDir
  Path work;

  private DaemonHarness harness;

  @BeforeAll
  static void startCluster() {
    cluster = FakeOpenShift.bareMetal().start();
    kubeconfig = cluster.writeKubeconfig(clusterDirectory.resolve("kubeconfig"));
  }

  @AfterAll
  static void stopCluster() {
    cluster.close();
  }

  @BeforeEach
  void harness() {
    harness = new DaemonHarness(work.resolve("sockets"));
  }

  @AfterEach
  void stopDaemons() {
    harness.close();
  }

  private static String[] plan(String... more) {
    List<String> args = new ArrayList<>(List.of("plan", "--kubeconfig", kubeconfig.toString(), "--managed"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  @DisplayName("the first run starts a daemon, the next is served by it, both print what a run in its own process prints")
  void firstRunStartsTheDaemon() {
    String[] args = plan("--storage", "emptydir");
    DaemonHarness.Result expected = DaemonHarness.inProcess(NO_VARIABLES, work, args);

    DaemonHarness.Result first = harness.run(NO_VARIABLES, work, args);
    DaemonHarness.Result second = harness.run(NO_VARIABLES, work, args);

    assertThat(expected.exitCode()).as(expected.toString()).isZero();
    assertThat(first).isEqualTo(expected);
    assertThat(second).isEqualTo(expected);
    assertThat(harness.daemons()).hasSize(1);
    assertThat(harness.inProcessRuns()).isZero();
  }

  @Test
  @DisplayName("an env: credential and a relative kubeconfig are read from the client's environment and working directory")
  void clientEnvironmentAndDirectory() {
    Map<String, String> variables = Map.of("CLIENT_ONLY_ACCESS", "access-from-the-client",
        "CLIENT_ONLY_SECRET", "secret-from-the-client");
    String[] args = {"plan", "--kubeconfig", "kubeconfig", "--managed", "--storage", "s3", "--s3-bucket", "registry",
        "--s3-region", "local", "--s3-endpoint", "https://s3.example.com",
        "--s3-access-key", "env:CLIENT_ONLY_ACCESS", "--s3-secret-key", "env:CLIENT_ONLY_SECRET"};
    assertThat(System.getenv("CLIENT_ONLY_ACCESS")).isNull();

    DaemonHarness.Result withVariables = harness.run(variables, clusterDirectory, args);
    DaemonHarness.Result without = harness.run(NO_VARIABLES, clusterDirectory, args);

    assertThat(withVariables).isEqualTo(DaemonHarness.inProcess(variables, clusterDirectory, args));
    assertThat(withVariables.exitCode()).as(withVariables.toString()).isZero();
    assertThat(without.exitCode()).isEqualTo(1);
    assertThat(without.err()).contains("the environment variable CLIENT_ONLY_ACCESS is not set");
    assertThat(harness.inProcessRuns()).isZero();
  }

  @Test
  @DisplayName("KUBECONFIG, relative to the working directory, and HOME's .kube/config are the client's")
  void kubeconfigFromTheClientsEnvironment() throws IOException {
    Path home = work.resolve("home");
    Files.createDirectories(home.resolve(".kube"));
    Files.copy(kubeconfig, home.resolve(".kube/config"));
    String[] args = {"plan", "--managed", "--storage", "emptydir"};

    DaemonHarness.Result viaKubeconfig = harness.run(Map.of("KUBECONFIG", "kubeconfig"), clusterDirectory, args);
    DaemonHarness.Result viaHome = harness.run(Map.of("HOME", home.toString()), work, args);

    DaemonHarness.Result expected = DaemonHarness.inProcess(Map.of("KUBECONFIG", "kubeconfig"), clusterDirectory, args);
    assertThat(viaKubeconfig).isEqualTo(expected);
    assertThat(viaHome).isEqualTo(expected);
    assertThat(viaHome.out()).contains("server " + cluster.url());
    assertThat(harness.inProcessRuns()).isZero();
  }

  @Test
  @DisplayName("exit codes and error messages are those of a run in its own process")
  void exitCodes() {
    String[] usage = plan("--replicsa", "2");
    String[] refused = {"plan", "--fake", "bare-metal", "--managed", "--storage", "pvc"};

    DaemonHarness.Result usageResult = harness.run(NO_VARIABLES, work, usage);
    DaemonHarness.Result refusedResult = harness.run(NO_VARIABLES, work, refused);

    assertThat(usageResult).isEqualTo(DaemonHarness.inProcess(NO_VARIABLES, work, usage));
    assertThat(usageResult.exitCode()).isEqualTo(1);
    assertThat(usageResult.err()).contains("Unknown option");
    assertThat(refusedResult.exitCode()).as(refusedResult.toString()).isEqualTo(2);
    assertThat(refusedResult.out()).contains("Refused");
  }

  @Test
  @DisplayName("concurrent requests are served at once, each with its own output")
  void concurrentRequests() throws Exception {
    List<String[]> commands = List.of(new String[] {"--version"}, plan("--storage", "emptydir", "-o", "json"),
        plan("--storage", "pvc-block", "-o", "yaml"), new String[] {"status", "--kubeconfig", kubeconfig.toString()},
        plan("--replicsa", "2"), new String[] {"doctor", "--kubeconfig", kubeconfig.toString()});
    harness.run(NO_VARIABLES, work, "--version");
    ExecutorService clients = Executors.newFixedThreadPool(commands.size());
    CountDownLatch together = new CountDownLatch(1);
    try {
      List<CompletableFuture<DaemonHarness.Result>> results = new ArrayList<>();
      for (String[] command : commands) {
        results.add(CompletableFuture.supplyAsync(() -> {
          try {
            together.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return harness.run(NO_VARIABLES, work, command);
        }, clients));
      }
      together.countDown();
      for (int i = 0; i < commands.size(); i++) {
        assertThat(results.get(i).get(2, TimeUnit.MINUTES)).as(String.join(" ", commands.get(i)))
            .isEqualTo(DaemonHarness.inProcess(NO_VARIABLES, work, commands.get(i)));
      }
    } finally {
      clients.shutdownNow();
    }
    assertThat(harness.daemons()).hasSize(1);
    assertThat(harness.inProcessRuns()).isZero();
  }

  @Test
  @DisplayName("the socket file a dead daemon left behind is replaced by a new daemon")
  void staleSocket() throws IOException {
    Path socket = harness.directory().socket(DaemonHarness.NAME);
    harness.directory().prepare();
    try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      dead.bind(UnixDomainSocketAddress.of(socket));
    }
    assertThat(socket).exists();

    DaemonHarness.Result result = harness.run(NO_VARIABLES, work, "--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("registryctl ");
    assertThat(harness.daemons()).hasSize(1);
    assertThat(harness.inProcessRuns()).isZero();
  }

  @Test
  @DisplayName("when no daemon can start, the run happens in the client's process, with the same output and exit code")
  void fallbackWhenNoDaemonStarts() {
    String[] args = plan("--storage", "emptydir");
    harness.starter((directory, name) -> {
      throw new IOException("no java here");
    });

    DaemonHarness.Result result = harness.run(NO_VARIABLES, work, args);

    assertThat(result).isEqualTo(DaemonHarness.inProcess(NO_VARIABLES, work, args));
    assertThat(harness.inProcessRuns()).isEqualTo(1);
  }

  @Test
  @DisplayName("when the daemon started dies before it listens, the run happens in the client's process")
  void fallbackWhenTheDaemonDies() {
    harness.starter((directory, name) -> () -> false);

    DaemonHarness.Result result = harness.run(NO_VARIABLES, work, "plan", "--replicsa", "2");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("Unknown option");
    assertThat(harness.inProcessRuns()).isEqualTo(1);
  }

  @Test
  @DisplayName("a daemon that does not take the request in time never gets GO, and the run happens in the client's process")
  void unresponsiveDaemon() throws Exception {
    harness.directory().prepare();
    try (ServerSocketChannel stuck = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      stuck.bind(UnixDomainSocketAddress.of(harness.directory().socket(DaemonHarness.NAME)));
      CompletableFuture<DaemonHarness.Result> run = CompletableFuture.supplyAsync(
          () -> harness.readyTimeout(Duration.ofMillis(200)).run(NO_VARIABLES, work, "--version"));
      try (SocketChannel client = stuck.accept()) {
        DataInputStream in = new DataInputStream(new BufferedInputStream(ChannelStreams.input(client)));
        assertThat(in.readInt()).isEqualTo(Protocol.MAGIC);
        assertThat(in.readInt()).isEqualTo(Protocol.VERSION);
        assertThat(in.readByte()).isEqualTo(Protocol.RUN);
        Request.readFrom(in);

        DaemonHarness.Result result = run.get(1, TimeUnit.MINUTES);

        assertThat(result.out()).startsWith("registryctl ");
        assertThat(harness.inProcessRuns()).isEqualTo(1);
        assertThat(in.read()).as("no GO after the client gave up").isEqualTo(-1);
      }
    }
  }

  @Test
  @DisplayName("an idle daemon exits after its timeout and removes its socket")
  void idleTimeout() {
    DaemonHarness quick = new DaemonHarness(work.resolve("quick"), Duration.ofMillis(300));
    try {
      assertThat(quick.run(NO_VARIABLES, work, "--version").exitCode()).isZero();
      RegistryctlDaemon daemon = quick.daemons().get(0);

      await().atMost(Duration.ofSeconds(30)).until(daemon::isStopped);

      assertThat(quick.directory().socket(DaemonHarness.NAME)).doesNotExist();
    } finally {
      quick.close();
    }
  }

  @Test
  @DisplayName("--verbose, which logs through the process's own logging, runs in the client's process")
  void verboseRunsInProcess() {
    harness.inProcess((request, out, err) -> 42);

    DaemonHarness.Result result = harness.run(NO_VARIABLES, work, plan("--storage", "emptydir", "--verbose"));

    assertThat(result).isEqualTo(new DaemonHarness.Result(42, "", ""));
    assertThat(harness.inProcessRuns()).isEqualTo(1);
    assertThat(harness.daemons()).hasSize(1);
  }

  @Test
  @DisplayName("without a kubeconfig file, which fabric8 would look for in the daemon's own process, the run is the client's")
  void noKubeconfigRunsInProcess() {
    harness.inProcess((request, out, err) -> 42);

    DaemonHarness.Result result = harness.run(Map.of("HOME", work.toString()), work, "status");

    assertThat(result.exitCode()).isEqualTo(42);
    assertThat(harness.inProcessRuns()).isEqualTo(1);
  }

  @Test
  @DisplayName("a kubeconfig user with a credential plugin, which inherits the process's environment, runs in the client's process")
  void credentialPluginRunsInProcess() throws IOException {
    Path withPlugin = work.resolve("kubeconfig-exec");
    Files.writeString(withPlugin, String.join("\n", "apiVersion: v1", "kind: Config", "current-context: plugin",
        "clusters:", "- name: c", "  cluster:", "    server: https://127.0.0.1:1", "contexts:", "- name: plugin",
        "  context:", "    cluster: c", "    user: u", "users:", "- name: u", "  user:", "    exec:",
        "      apiVersion: client.authentication.k8s.io/v1", "      command: /bin/false", ""));
    harness.inProcess((request, out, err) -> 42);

    DaemonHarness.Result result = harness.run(NO_VARIABLES, work, "status", "--kubeconfig", withPlugin.toString());

    assertThat(result.exitCode()).isEqualTo(42);
    assertThat(harness.inProcessRuns()).isEqualTo(1);
  }

  @Test
  @DisplayName("the live progress line is drawn when the client is at a terminal, plain lines otherwise")
  void progressFollowsTheClientsTerminal() {
    String[] args = {"apply", "--fake", "bare-metal", "--managed", "--storage", "pvc-block"};

    DaemonHarness.Result terminal = harness.run(DaemonHarness.request(Map.of("TERM", "xterm"), work, true, args));
    DaemonHarness.Result pipe = harness.run(DaemonHarness.request(Map.of("TERM", "xterm"), work, false, args));

    assertThat(terminal.exitCode()).as(terminal.toString()).isZero();
    assertThat(terminal.err()).contains("\r\u001b[2K");
    assertThat(pipe.exitCode()).as(pipe.toString()).isZero();
    assertThat(pipe.err()).doesNotContain("\u001b[").isNotEmpty();
  }

  @Test
  @DisplayName("help is coloured as picocli colours it for the client: at a terminal, unless NO_COLOR")
  void helpColours() {
    DaemonHarness.Result terminal = harness.run(DaemonHarness.request(Map.of("TERM", "xterm"), work, true, "plan", "--help"));
    DaemonHarness.Result noColor = harness.run(DaemonHarness.request(Map.of("TERM", "xterm", "NO_COLOR", "1"), work, true,
        "plan", "--help"));
    DaemonHarness.Result pipe = harness.run(DaemonHarness.request(Map.of("TERM", "xterm"), work, false, "plan", "--help"));

    assertThat(terminal.out()).contains("\u001b[");
    assertThat(noColor.out()).doesNotContain("\u001b[");
    assertThat(pipe).isEqualTo(DaemonHarness.inProcess(Map.of("TERM", "xterm"), work, "plan", "--help"));
  }

  @Test
  @DisplayName("a socket directory that others may enter is refused, and the run happens in the client's process")
  void unsafeDirectory() throws IOException {
    Path open = Files.createDirectory(work.resolve("open"), PosixFilePermissions.asFileAttribute(
        PosixFilePermissions.fromString("rwxr-xr-x")));
    DaemonHarness unsafe = new DaemonHarness(open);
    try {
      assertThatThrownBy(unsafe::startDaemon).isInstanceOf(UnsafeDirectoryException.class).hasMessageContaining("rwx------");

      DaemonHarness.Result result = unsafe.run(NO_VARIABLES, work, "--version");

      assertThat(result.exitCode()).isZero();
      assertThat(unsafe.inProcessRuns()).isEqualTo(1);
      assertThat(open.resolve(DaemonHarness.NAME + ".sock")).doesNotExist();
    } finally {
      unsafe.close();
    }
  }

  @Test
  @DisplayName("a request in another protocol version is declined, not misread")
  void otherProtocolVersion() throws IOException {
    harness.startDaemon();
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(harness.directory().socket(DaemonHarness.NAME)));
      DataOutputStream out = new DataOutputStream(ChannelStreams.output(channel));
      out.writeInt(Protocol.MAGIC);
      out.writeInt(Protocol.VERSION + 1);
      out.writeByte(Protocol.RUN);

      Frame answer = Protocol.readFrame(new DataInputStream(ChannelStreams.input(channel)));

      assertThat(answer.type()).isEqualTo(Protocol.DECLINED);
      assertThat(new String(answer.payload(), StandardCharsets.UTF_8)).contains("protocol version");
    }
  }
}
