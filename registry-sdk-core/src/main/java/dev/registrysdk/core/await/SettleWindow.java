package dev.registrysdk.core.await;

import dev.registrysdk.api.readiness.Readiness;
import dev.registrysdk.api.readiness.ReadinessState;
import java.time.Duration;
import java.util.Locale;

/**
 * Decides when readiness counts: a READY snapshot must be followed only by READY snapshots for the
 * whole settle window, so an Available=True between two operator syncs is not taken for success.
 * Any other snapshot inside the window restarts it.
 *
 * <p>Times are nanoseconds of one monotonic source ({@link System#nanoTime()} in production), passed
 * in by the caller, so the rule itself never reads a clock. Not thread-safe: one per wait.
 */
final class SettleWindow {

  private final Duration window;
  private boolean ready;
  private long readySince;

  SettleWindow(Duration window) {
    this.window = window;
  }

  /**
   * Records a snapshot observed at {@code now}.
   *
   * @return whether a new ready period started with it: the caller then checks again when the
   *     window has passed
   */
  boolean observe(Readiness readiness, long now) {
    if (readiness.state() != ReadinessState.READY) {
      ready = false;
      return false;
    }
    if (ready) {
      return false;
    }
    ready = true;
    readySince = now;
    return true;
  }

  /** Whether the last snapshot was READY and every snapshot since the ready period began was too, for the whole window. */
  boolean settled(long now) {
    return ready && now - readySince >= window.toNanos();
  }

  /**
   * What the wait reports when it ends at {@code now} with {@code last} as the last snapshot: the
   * snapshot itself when it is not READY or has settled; otherwise PROGRESSING with reason
   * {@code NotSettled}, saying how long it held against the window.
   */
  Readiness outcome(Readiness last, long now) {
    if (last.state() != ReadinessState.READY || window.isZero() || settled(now)) {
      return last;
    }
    Duration held = Duration.ofNanos(ready ? now - readySince : 0);
    return Readiness.builder().from(last)
        .state(ReadinessState.PROGRESSING)
        .reason("NotSettled")
        .message("the registry reported ready (" + last.message() + ") for " + format(held)
            + ", less than the settle window of " + format(window))
        .hint("Wait longer, so that readiness can hold for the whole settle window, or shorten it with settleWindow(Duration)")
        .build();
  }

  /** {@code 250 ms}, {@code 1.5 s}, {@code 2 min 30 s}. */
  static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1_000) {
      return millis + " ms";
    }
    if (millis < 60_000) {
      return millis % 1_000 == 0 ? millis / 1_000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1_000.0);
    }
    long seconds = duration.toSeconds();
    return seconds % 60 == 0 ? seconds / 60 + " min" : seconds / 60 + " min " + seconds % 60 + " s";
  }
}
