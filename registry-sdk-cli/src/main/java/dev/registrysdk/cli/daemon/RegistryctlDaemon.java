package dev.registrysdk.cli.daemon;

import dev.registrysdk.api.GoDuration;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon: holds the lock file, listens on the socket, serves each connection on its own thread,
 * and stops after {@link DaemonSettings#idleTimeout()} without a request, removing its socket.
 *
 * <pre>
 * java -cp registryctl.jar dev.registrysdk.cli.daemon.RegistryctlDaemon --dir DIR --name NAME [--idle 15m]
 * </pre>
 *
 * <p>The client starts it; in tests, {@link #bind(DaemonSettings)} and {@link #start()} run one in
 * the test's JVM.
 */
public final class RegistryctlDaemon {

  private static final Logger LOG = LoggerFactory.getLogger(RegistryctlDaemon.class);

  /** How long a stopping daemon lets its runs finish before the process exits. */
  private static final Duration DRAIN = Duration.ofMinutes(15);

  private final DaemonSettings settings;
  private final FileChannel lockFile;
  private final FileLock lock;
  private final ServerSocketChannel server;
  private final ScheduledExecutorService timer;
  private final Instant started = Instant.now();
  private final AtomicLong runs = new AtomicLong();
  private final AtomicLong connections = new AtomicLong();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Set<Thread> workers = ConcurrentHashMap.newKeySet();
  private final Object idleLock = new Object();
  private int active;
  private ScheduledFuture<?> idle;

  private RegistryctlDaemon(DaemonSettings settings, FileChannel lockFile, FileLock lock, ServerSocketChannel server) {
    this.settings = settings;
    this.lockFile = lockFile;
    this.lock = lock;
    this.server = server;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "registryctl-daemon-timer");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Takes the lock file and listens on the socket, replacing a stale socket file that a dead daemon
   * left behind.
   *
   * @return empty when another daemon holds the lock (it serves)
   * @throws IOException when the directory is not the user's alone, or the socket cannot be bound
   */
  public static Optional<RegistryctlDaemon> bind(DaemonSettings settings) throws IOException {
    settings.directory().prepare();
    FileChannel lockFile = FileChannel.open(settings.directory().lock(settings.name()), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = lockFile.tryLock();
    } catch (OverlappingFileLockException heldHere) {
      lock = null;
    }
    if (lock == null) {
      lockFile.close();
      return Optional.empty();
    }
    try {
      Path socket = settings.directory().socket(settings.name());
      if (Files.deleteIfExists(socket)) {
        LOG.info("removed the stale socket of a daemon that is gone");
      }
      ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      server.bind(UnixDomainSocketAddress.of(socket));
      Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
      StderrRouter.install();
      RegistryctlDaemon daemon = new RegistryctlDaemon(settings, lockFile, lock, server);
      daemon.scheduleIdle();
      LOG.info("listening on {} (pid {}, Java {}, idle timeout {})", socket, ProcessHandle.current().pid(),
          System.getProperty("java.version"), GoDuration.format(settings.idleTimeout()));
      return Optional.of(daemon);
    } catch (IOException | RuntimeException e) {
      lock.release();
      lockFile.close();
      throw e;
    }
  }

  /** Serves connections until stopped; each on its own thread. */
  public void serve() {
    while (!stopping.get()) {
      SocketChannel channel;
      try {
        channel = server.accept();
      } catch (ClosedChannelException closed) {
        break;
      } catch (IOException e) {
        if (stopping.get()) {
          break;
        }
        LOG.warn("accept failed: {}", e.toString());
        continue;
      }
      begin();
      Thread worker = new Thread(() -> {
        try {
          new Session(this, channel, timer).run();
        } finally {
          workers.remove(Thread.currentThread());
          end();
        }
      }, "registryctl-request-" + connections.incrementAndGet());
      workers.add(worker);
      worker.start();
    }
  }

  /** Serves on a background thread; returns at once. */
  public void start() {
    Thread thread = new Thread(this::serve, "registryctl-daemon-accept");
    thread.setDaemon(true);
    thread.start();
  }

  /** Stops listening and removes the socket; runs in progress finish. Idempotent. */
  public void stop(String why) {
    if (!stopping.compareAndSet(false, true)) {
      return;
    }
    LOG.info("stopping: {}", why);
    try {
      server.close();
      Files.deleteIfExists(settings.directory().socket(settings.name()));
      lock.release();
      lockFile.close();
    } catch (IOException e) {
      LOG.warn("could not clean up: {}", e.toString());
    } finally {
      timer.shutdownNow();
      stopped.countDown();
    }
  }

  /** Waits until stopped; returns whether it stopped in time. */
  public boolean awaitStopped(Duration timeout) throws InterruptedException {
    return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Whether it has stopped. */
  public boolean isStopped() {
    return stopped.getCount() == 0;
  }

  /** Waits for the runs in progress to end. */
  void drain(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (Thread worker : Set.copyOf(workers)) {
      worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
    }
  }

  /** Counts a finished run. */
  void served() {
    runs.incrementAndGet();
  }

  /** What {@code registryctl daemon status} prints. */
  String status() {
    int running;
    synchronized (idleLock) {
      running = active - 1; // this status request
    }
    Duration up = Duration.between(started, Instant.now()).truncatedTo(ChronoUnit.SECONDS);
    long memory = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    return "registryctl daemon: running, pid " + ProcessHandle.current().pid() + ", up " + GoDuration.format(up)
        + ", " + runs.get() + (runs.get() == 1 ? " run" : " runs") + " served, " + running + " in progress\n"
        + "  idle timeout: " + GoDuration.format(settings.idleTimeout()) + "\n"
        + "  heap in use: " + memory / (1024 * 1024) + " MiB of " + Runtime.getRuntime().totalMemory() / (1024 * 1024)
        + " MiB\n"
        + "  socket: " + settings.directory().socket(settings.name()) + "\n"
        + "  log: " + settings.directory().log(settings.name()) + "\n";
  }

  private void begin() {
    synchronized (idleLock) {
      active++;
      if (idle != null) {
        idle.cancel(false);
        idle = null;
      }
    }
  }

  private void end() {
    synchronized (idleLock) {
      active--;
      if (active == 0 && !stopping.get()) {
        scheduleIdle();
      }
    }
  }

  private void scheduleIdle() {
    synchronized (idleLock) {
      try {
        idle = timer.schedule(this::idleExpired, settings.idleTimeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.RejectedExecutionException stopped) {
        // stopping
      }
    }
  }

  private void idleExpired() {
    synchronized (idleLock) {
      if (active > 0) {
        return;
      }
    }
    stop("idle for " + GoDuration.format(settings.idleTimeout()));
  }

  /** Runs the daemon until it stops, then exits the process. */
  public static void main(String[] args) {
    DaemonSettings settings;
    try {
      settings = DaemonSettings.parse(args);
    } catch (IllegalArgumentException e) {
      LOG.error("{}", e.getMessage());
      System.exit(1);
      return;
    }
    Optional<RegistryctlDaemon> bound;
    try {
      bound = bind(settings);
    } catch (IOException | RuntimeException e) {
      LOG.error("cannot listen: {}", e.toString());
      System.exit(1);
      return;
    }
    if (bound.isEmpty()) {
      LOG.info("another daemon serves {}; exiting", settings.name());
      System.exit(0);
      return;
    }
    RegistryctlDaemon daemon = bound.get();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> daemon.stop("terminated"), "registryctl-daemon-shutdown"));
    daemon.serve();
    try {
      daemon.drain(DRAIN);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LOG.info("exiting after {} runs", daemon.runs.get());
    System.exit(0);
  }
}
