package dev.registrysdk.cli.progress;

import dev.registrysdk.api.progress.ProgressEvent;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * One line per step, for logs and pipes: writes, retries, provisioning messages, and each new
 * readiness state while waiting (repeats are left out). Stages that pass in milliseconds are not
 * shown.
 */
final class PlainProgress implements ProgressDisplay {

  private final PrintWriter err;
  private String last = "";

  PlainProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void onEvent(ProgressEvent event) {
    String permanent = ProgressText.permanent(event);
    if (permanent != null) {
      line(permanent);
    } else if (event instanceof ProgressEvent.Provisioning provisioning) {
      line(provisioning.message());
    } else if (event instanceof ProgressEvent.Waiting waiting) {
      line(ProgressText.waiting(waiting.readiness()));
    }
  }

  @Override
  public synchronized void status(String text) {
    line(text);
  }

  private void line(String text) {
    if (!Objects.equals(text, last)) {
      last = text;
      err.println("registryctl: " + text);
      err.flush();
    }
  }

  @Override
  public void clear() {}

  @Override
  public void close() {}
}
