package dev.registrysdk.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The clock of a fake cluster: timestamps, the operator's delays (rollouts, the five-minute Degraded
 * inertia, a late bootstrap) and ages shown by {@code kubectl get} all come from it.
 *
 * <p>A <em>virtual</em> clock (the default) stands still until a test calls {@link #advance}; timers
 * that fall due run in the advancing thread before {@code advance} returns, so a test observes their
 * effects right after the call:
 *
 * <pre>{@code
 * try (FakeOpenShift cluster = FakeOpenShift.aws().start()) {
 *   // ... make the registry unavailable ...
 *   cluster.clock().advance(Duration.ofMinutes(6));   // Degraded=True/Unavailable is now visible
 * }
 * }</pre>
 *
 * <p>A <em>real-time</em> clock follows the system clock and runs timers on a daemon thread; {@code
 * advance} still works and jumps ahead. Either kind is thread-safe.
 */
public final class ClusterClock extends Clock {

  /** The instant a virtual clock starts at, unless told otherwise. */
  public static final Instant DEFAULT_START = Instant.parse("2025-01-01T00:00:00Z");

  private record Timer(Instant due, long sequence, Runnable task) {
  }

  private final boolean virtual;
  private final Object lock = new Object();
  private final PriorityQueue<Timer> timers = new PriorityQueue<>((a, b) -> {
    int c = a.due().compareTo(b.due());
    return c != 0 ? c : Long.compare(a.sequence(), b.sequence());
  });
  private final AtomicLong sequence = new AtomicLong();
  private Instant virtualNow;
  private Duration offset = Duration.ZERO;
  private ScheduledExecutorService ticker;
  private boolean firing;
  private boolean stopped;

  private ClusterClock(boolean virtual, Instant start) {
    this.virtual = virtual;
    this.virtualNow = start;
  }

  /** Returns a virtual clock starting at {@link #DEFAULT_START}. */
  public static ClusterClock virtual() {
    return new ClusterClock(true, DEFAULT_START);
  }

  /** Returns a virtual clock starting at the given instant. */
  public static ClusterClock virtual(Instant start) {
    return new ClusterClock(true, Objects.requireNonNull(start, "start"));
  }

  /** Returns a clock that follows real time. */
  public static ClusterClock realTime() {
    return new ClusterClock(false, null);
  }

  /** Returns whether the clock is virtual (moves only when advanced). */
  public boolean isVirtual() {
    return virtual;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }

  @Override
  public Instant instant() {
    synchronized (lock) {
      return virtual ? virtualNow : Instant.now().plus(offset);
    }
  }

  /**
   * Moves the clock forward and runs the timers that fall due, in order, before returning.
   *
   * @param amount how far to move; must not be negative
   */
  public void advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("A clock cannot go back; advance(" + amount + ") was called");
    }
    synchronized (lock) {
      if (virtual) {
        virtualNow = virtualNow.plus(amount);
      } else {
        offset = offset.plus(amount);
      }
    }
    fireDue();
  }

  /**
   * Schedules a task at an instant of this clock. Used by the simulated operator and controllers.
   *
   * @return a handle that cancels the task
   */
  public Runnable schedule(Instant due, Runnable task) {
    Timer timer = new Timer(due, sequence.incrementAndGet(), task);
    synchronized (lock) {
      if (stopped) {
        return () -> { };
      }
      timers.add(timer);
      if (!virtual) {
        tickAt(due);
      }
    }
    return () -> {
      synchronized (lock) {
        timers.remove(timer);
      }
    };
  }

  /** Returns the number of pending timers. */
  public int pendingTimers() {
    synchronized (lock) {
      return timers.size();
    }
  }

  /** Stops the real-time ticker thread, if any. */
  void shutdown() {
    synchronized (lock) {
      stopped = true;
      timers.clear();
      if (ticker != null) {
        ticker.shutdownNow();
        ticker = null;
      }
    }
  }

  /** Wakes the real-time ticker when {@code due} is reached; never early, so the timer is due then. */
  private void tickAt(Instant due) {
    if (ticker == null) {
      ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fake-openshift-clock");
        t.setDaemon(true);
        return t;
      });
    }
    long delay = Math.max(0, Duration.between(instant(), due).toNanos());
    ticker.schedule(this::fireDue, delay, TimeUnit.NANOSECONDS);
  }

  private void fireDue() {
    synchronized (lock) {
      if (firing) {
        return;
      }
      firing = true;
    }
    try {
      while (true) {
        Timer next;
        synchronized (lock) {
          next = timers.peek();
          if (next == null) {
            return;
          }
          if (next.due().isAfter(instant())) {
            // A real-time wake-up can come a little early, or while another thread was firing:
            // wake again when the earliest timer is due rather than leave it waiting for advance().
            if (!virtual && ticker != null) {
              tickAt(next.due());
            }
            return;
          }
          timers.poll();
        }
        next.task().run();
      }
    } finally {
      synchronized (lock) {
        firing = false;
      }
    }
  }

  @Override
  public String toString() {
    return (virtual ? "ClusterClock[virtual " : "ClusterClock[real-time ") + instant() + "]";
  }
}
