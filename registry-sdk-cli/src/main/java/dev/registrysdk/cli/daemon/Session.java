package dev.registrysdk.cli.daemon;

import dev.registrysdk.cli.client.ChannelStreams;
import dev.registrysdk.cli.client.Protocol;
import dev.registrysdk.cli.client.Request;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection: reads the request, answers STATUS and STOP, or runs a RUN after the client's GO.
 * A client that goes away during a run interrupts it.
 */
final class Session implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(Session.class);

  /** How long a client has to send its request and GO. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final RegistryctlDaemon daemon;
  private final SocketChannel channel;
  private final ScheduledExecutorService timer;

  Session(RegistryctlDaemon daemon, SocketChannel channel, ScheduledExecutorService timer) {
    this.daemon = daemon;
    this.channel = channel;
    this.timer = timer;
  }

  @Override
  public void run() {
    ScheduledFuture<?> deadline = timer.schedule(this::close, REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    try (channel) {
      if (!fromThisUser()) {
        LOG.warn("refused a connection from another user");
        return;
      }
      DataInputStream in = new DataInputStream(new BufferedInputStream(ChannelStreams.input(channel)));
      FrameWriter frames = new FrameWriter(new DataOutputStream(new BufferedOutputStream(ChannelStreams.output(channel))));
      if (in.readInt() != Protocol.MAGIC) {
        return;
      }
      int version = in.readInt();
      byte kind = in.readByte();
      if (version != Protocol.VERSION) {
        frames.text(Protocol.DECLINED, "protocol version " + version + "; the daemon speaks " + Protocol.VERSION);
        return;
      }
      switch (kind) {
        case Protocol.STATUS -> frames.text(Protocol.TEXT, daemon.status());
        case Protocol.STOP -> {
          daemon.stop("asked to stop");
          frames.text(Protocol.TEXT, "registryctl daemon: stopped (pid " + ProcessHandle.current().pid() + ")\n");
        }
        case Protocol.RUN -> {
          Request request = Request.readFrom(in);
          frames.ready();
          if (in.read() != Protocol.GO) {
            return;
          }
          deadline.cancel(false);
          run(request, in, frames);
        }
        default -> LOG.warn("unknown request kind {}", kind);
      }
    } catch (IOException e) {
      LOG.debug("connection ended: {}", e.toString());
    } finally {
      deadline.cancel(false);
    }
  }

  private void run(Request request, DataInputStream in, FrameWriter frames) throws IOException {
    long started = System.nanoTime();
    Thread worker = Thread.currentThread();
    Thread watcher = new Thread(() -> {
      try {
        in.read();
      } catch (IOException e) {
        // closed at the end of the run
      }
      if (channel.isOpen()) {
        worker.interrupt();
      }
    }, worker.getName() + "-hangup");
    watcher.setDaemon(true);
    watcher.start();
    RequestRunner.Outcome outcome = RequestRunner.run(request, frames);
    Thread.interrupted();
    daemon.served();
    if (outcome.isDeclined()) {
      frames.text(Protocol.DECLINED, outcome.declined());
      LOG.info("run handed back to the client: {}", outcome.declined());
    } else {
      frames.exit(outcome.exitCode());
      LOG.info("run: exit {} in {} ms{}", outcome.exitCode(), (System.nanoTime() - started) / 1_000_000,
          frames.broken() ? " (the client went away)" : "");
    }
  }

  private boolean fromThisUser() {
    try {
      UnixDomainPrincipal peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
      return peer.user().getName().equals(System.getProperty("user.name"));
    } catch (UnsupportedOperationException | IOException e) {
      return true; // no peer credentials here: the socket directory's permissions are the guard
    }
  }

  private void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
