package dev.registrysdk.cli.progress;

import dev.registrysdk.api.progress.ProgressListener;
import java.io.PrintWriter;

/**
 * Shows the SDK's progress events; close it before printing results, so a live line is cleared.
 * Thread-safe: the SDK calls listeners from watch threads.
 */
public interface ProgressDisplay extends ProgressListener, AutoCloseable {

  /** Shows what the command does next, e.g. {@code waiting for the registry}. */
  void status(String text);

  /**
   * Takes a live line off the terminal so results can be printed; the next event or status draws it
   * again. Plain lines stay.
   */
  void clear();

  @Override
  void close();

  /**
   * The display for a mode: {@code AUTO} is live when {@code interactive} (a person at a terminal)
   * and plain otherwise.
   */
  static ProgressDisplay create(ProgressMode mode, PrintWriter err, boolean interactive) {
    return switch (mode) {
      case NONE -> new SilentProgress();
      case PLAIN -> new PlainProgress(err);
      case LIVE -> new LiveProgress(err);
      case AUTO -> interactive ? new LiveProgress(err) : new PlainProgress(err);
    };
  }
}
