package dev.registrysdk.cli.progress;

import dev.registrysdk.api.progress.ProgressEvent;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A status line redrawn in place with a spinner and the elapsed time; writes and retries are kept
 * as lines above it. The ticker thread is a daemon and stops on {@link #close()}, which clears the
 * line.
 */
final class LiveProgress implements ProgressDisplay {

  private static final String[] FRAMES = {"|", "/", "-", "\\"};
  private static final String CLEAR_LINE = "\r\033[2K";

  private final PrintWriter err;
  private final long started = System.nanoTime();
  private final ScheduledExecutorService ticker;
  private String status = "starting";
  private int frame;
  private boolean closed;
  private boolean hidden;

  LiveProgress(PrintWriter err) {
    this.err = err;
    this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "registryctl-progress");
      t.setDaemon(true);
      return t;
    });
    ticker.scheduleAtFixedRate(this::tick, 150, 150, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void onEvent(ProgressEvent event) {
    hidden = false;
    String permanent = ProgressText.permanent(event);
    if (permanent != null) {
      keep(permanent);
    } else if (event instanceof ProgressEvent.StageStarted started) {
      status = ProgressText.stage(started.stage());
    } else if (event instanceof ProgressEvent.Provisioning provisioning) {
      status = provisioning.message();
    } else if (event instanceof ProgressEvent.Waiting waiting) {
      status = ProgressText.waiting(waiting.readiness());
    }
    draw();
  }

  @Override
  public synchronized void status(String text) {
    hidden = false;
    status = text;
    draw();
  }

  @Override
  public synchronized void clear() {
    if (!closed && !hidden) {
      hidden = true;
      err.print(CLEAR_LINE);
      err.flush();
    }
  }

  private synchronized void tick() {
    frame++;
    draw();
  }

  private void keep(String line) {
    if (!closed) {
      err.print(CLEAR_LINE);
      err.println(line);
    }
  }

  private void draw() {
    if (closed || hidden) {
      return;
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    err.print(CLEAR_LINE + FRAMES[frame % FRAMES.length] + " " + status
        + String.format(Locale.ROOT, " (%ds)", seconds));
    err.flush();
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    synchronized (this) {
      if (!closed) {
        closed = true;
        err.print(CLEAR_LINE);
        err.flush();
      }
    }
  }
}
