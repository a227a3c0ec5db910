package dev.registrysdk.cli.client;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.URISyntaxException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;

/**
 * {@code registryctl} as the launcher script runs it: hands the run to the user's daemon, starting
 * one when none answers, and copies its output; runs the CLI in this process when no daemon can
 * serve. Loads only the JDK's classes on that path.
 *
 * <pre>
 * registryctl plan ...           # through the daemon
 * registryctl --no-daemon plan   # in this process; so does REGISTRYCTL_DAEMON=off
 * registryctl daemon status      # or stop
 * </pre>
 */
public final class RegistryctlClient {

  /** {@code off} runs every command in the client's own process. */
  public static final String MODE_VARIABLE = "REGISTRYCTL_DAEMON";
  /** How long a daemon waits for a request before it exits, e.g. {@code 15m}; its default otherwise. */
  public static final String IDLE_VARIABLE = "REGISTRYCTL_DAEMON_IDLE";
  /** Runs this command in the client's own process; taken off the arguments. */
  public static final String NO_DAEMON_OPTION = "--no-daemon";
  /** Where the launcher says registryctl.jar is. */
  static final String HOME_PROPERTY = "registryctl.home";
  /** The exit code when a daemon stops in the middle of a run whose output was already shown. */
  static final int FAILED = 4;

  private final SocketDirectory directory;
  private final String name;
  private final DaemonStarter starter;
  private final InProcessRunner inProcess;
  private final Duration startTimeout;
  private final Duration readyTimeout;

  /**
   * A client of the daemon {@code name} in {@code directory}.
   *
   * @param starter starts a daemon when none answers
   * @param inProcess runs a request here when no daemon serves it
   * @param startTimeout how long to wait for a daemon just started to listen
   * @param readyTimeout how long to wait for a listening daemon to take the request
   */
  public RegistryctlClient(SocketDirectory directory, String name, DaemonStarter starter, InProcessRunner inProcess,
      Duration startTimeout, Duration readyTimeout) {
    this.directory = directory;
    this.name = name;
    this.starter = starter;
    this.inProcess = inProcess;
    this.startTimeout = startTimeout;
    this.readyTimeout = readyTimeout;
  }

  /** Runs {@code registryctl} with these arguments and exits with its code. */
  public static void main(String[] args) {
    List<String> arguments = List.of(args);
    Map<String, String> environment = System.getenv();
    Path home = home();
    Path jar = home.resolve("registryctl.jar");
    OutputStream out = new FileOutputStream(FileDescriptor.out);
    OutputStream err = new FileOutputStream(FileDescriptor.err);
    SocketDirectory directory = SocketDirectory.forUser(environment);
    if (!arguments.isEmpty() && arguments.get(0).equals("daemon")) {
      String name;
      try {
        name = SocketDirectory.daemonName(jar);
      } catch (IOException e) {
        System.out.println("registryctl daemon: no registryctl.jar at " + jar);
        System.exit(0);
        return;
      }
      System.exit(control(directory, name, arguments.subList(1, arguments.size()), System.out));
    }
    InProcessRunner inProcess = InProcessRunner.registryctl(jar);
    List<String> kept = new ArrayList<>(arguments);
    boolean off = kept.removeIf(NO_DAEMON_OPTION::equals) || "off".equalsIgnoreCase(environment.get(MODE_VARIABLE));
    Request request = Request.ofThisProcess(kept);
    if (off) {
      System.exit(inProcess.run(request, out, err));
    }
    String name;
    try {
      name = SocketDirectory.daemonName(jar);
    } catch (IOException e) {
      System.exit(inProcess.run(request, out, err));
      return;
    }
    RegistryctlClient client = new RegistryctlClient(directory, name,
        new DaemonProcess(home, environment.get(IDLE_VARIABLE), environment), inProcess,
        Duration.ofSeconds(10), Duration.ofSeconds(10));
    System.exit(client.run(request, out, err));
  }

  /** The folder of registryctl.jar: as the launcher says, else this class's own jar's folder. */
  private static Path home() {
    String home = System.getProperty(HOME_PROPERTY);
    if (home != null) {
      return Path.of(home);
    }
    try {
      Path location = Path.of(RegistryctlClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return location.getParent();
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("");
    }
  }

  /** Runs a request: through the daemon, else here. Returns its exit code. */
  public int run(Request request, OutputStream out, OutputStream err) {
    OptionalInt served = viaDaemon(request, out, err);
    return served.isPresent() ? served.getAsInt() : inProcess.run(request, out, err);
  }

  /** The exit code of the daemon's run; empty when it did not serve, so the request is run here. */
  OptionalInt viaDaemon(Request request, OutputStream out, OutputStream err) {
    SocketChannel channel = connectOrStart();
    if (channel == null) {
      return OptionalInt.empty();
    }
    try (channel) {
      return exchange(channel, request, out, err);
    } catch (IOException e) {
      return OptionalInt.empty();
    }
  }

  private OptionalInt exchange(SocketChannel channel, Request request, OutputStream out, OutputStream err)
      throws IOException {
    DataOutputStream toDaemon = new DataOutputStream(new BufferedOutputStream(ChannelStreams.output(channel)));
    DataInputStream fromDaemon = new DataInputStream(new BufferedInputStream(ChannelStreams.input(channel)));
    Protocol.writeHeader(toDaemon, Protocol.RUN);
    request.writeTo(toDaemon);
    toDaemon.flush();
    Frame first = readWithin(channel, fromDaemon, readyTimeout);
    if (first.type() != Protocol.READY) {
      return OptionalInt.empty();
    }
    toDaemon.writeByte(Protocol.GO);
    toDaemon.flush();
    boolean shown = false;
    try {
      while (true) {
        Frame frame = Protocol.readFrame(fromDaemon);
        switch (frame.type()) {
          case Protocol.STDOUT -> {
            out.write(frame.payload());
            out.flush();
            shown = true;
          }
          case Protocol.STDERR -> {
            err.write(frame.payload());
            err.flush();
            shown = true;
          }
          case Protocol.EXIT -> {
            return OptionalInt.of(frame.exitCode());
          }
          case Protocol.DECLINED -> {
            if (!shown) {
              return OptionalInt.empty();
            }
            throw new ProtocolException("declined after output");
          }
          default -> throw new ProtocolException("unexpected frame " + frame.type());
        }
      }
    } catch (IOException lost) {
      if (!shown) {
        // Nothing was shown: run it here. Every command is declarative, so a write the daemon may
        // have made is found done.
        return OptionalInt.empty();
      }
      err.write(("registryctl: the daemon stopped during the run (" + lost.getMessage() + "); its log: "
          + directory.log(name) + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
      err.flush();
      return OptionalInt.of(FAILED);
    }
  }

  /** Reads a frame, closing the channel if none comes in time (which fails the read). */
  private static Frame readWithin(SocketChannel channel, DataInputStream in, Duration timeout) throws IOException {
    Thread watchdog = new Thread(() -> {
      try {
        Thread.sleep(timeout.toMillis());
        channel.close();
      } catch (InterruptedException | IOException e) {
        // answered in time, or closed anyway
      }
    }, "registryctl-ready-timeout");
    watchdog.setDaemon(true);
    watchdog.start();
    try {
      return Protocol.readFrame(in);
    } finally {
      watchdog.interrupt();
    }
  }

  /** A connection to the daemon, started if none answers; {@code null} when none can serve. */
  private SocketChannel connectOrStart() {
    Path socket;
    try {
      directory.prepare();
      socket = directory.socket(name);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    SocketChannel channel = connect(socket);
    if (channel != null) {
      return channel;
    }
    BooleanSupplier alive;
    try {
      alive = starter.start(directory, name);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    long deadline = System.nanoTime() + startTimeout.toNanos();
    long pause = 5;
    while (true) {
      channel = connect(socket);
      if (channel != null || !alive.getAsBoolean() || System.nanoTime() > deadline) {
        return channel != null ? channel : connect(socket);
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
      pause = Math.min(pause * 2, 100);
    }
  }

  /** A connection to a listening socket, or {@code null}. */
  static SocketChannel connect(Path socket) {
    try {
      SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
      try {
        channel.connect(UnixDomainSocketAddress.of(socket));
        return channel;
      } catch (IOException | RuntimeException e) {
        channel.close();
        return null;
      }
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * {@code registryctl daemon status|stop}: prints what the daemon says. Exits 0 whether or not a
   * daemon runs; 1 for another action.
   */
  public static int control(SocketDirectory directory, String name, List<String> arguments, PrintStream out) {
    byte kind;
    if (arguments.equals(List.of("status"))) {
      kind = Protocol.STATUS;
    } else if (arguments.equals(List.of("stop"))) {
      kind = Protocol.STOP;
    } else {
      out.println("Usage: registryctl daemon status|stop");
      return 1;
    }
    try {
      directory.prepare();
      SocketChannel channel = connect(directory.socket(name));
      if (channel == null) {
        out.println("registryctl daemon: not running (" + directory.socket(name) + ")");
        return 0;
      }
      try (channel) {
        DataOutputStream toDaemon = new DataOutputStream(new BufferedOutputStream(ChannelStreams.output(channel)));
        Protocol.writeHeader(toDaemon, kind);
        toDaemon.flush();
        Frame answer = Protocol.readFrame(new DataInputStream(new BufferedInputStream(ChannelStreams.input(channel))));
        out.print(answer.text());
        return 0;
      }
    } catch (UnsafeDirectoryException e) {
      out.println("registryctl daemon: not used: " + e.getMessage());
      return 0;
    } catch (IOException e) {
      out.println("registryctl daemon: no answer (" + e.getMessage() + ")");
      return 0;
    }
  }
}
