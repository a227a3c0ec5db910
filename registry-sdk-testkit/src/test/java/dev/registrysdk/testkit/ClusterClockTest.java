package dev.registrysdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ClusterClock")
class ClusterClockTest {

  @Test
  @DisplayName("a virtual clock stands still until advanced")
  void standsStill() {
    ClusterClock clock = ClusterClock.virtual();
    assertThat(clock.instant()).isEqualTo(ClusterClock.DEFAULT_START);
    clock.advance(Duration.ofSeconds(90));
    assertThat(clock.instant()).isEqualTo(ClusterClock.DEFAULT_START.plusSeconds(90));
  }

  @Test
  @DisplayName("advance runs the timers that fall due, in order, before returning")
  void runsDueTimers() {
    ClusterClock clock = ClusterClock.virtual();
    List<String> fired = new ArrayList<>();
    clock.schedule(clock.instant().plusSeconds(20), () -> fired.add("b"));
    clock.schedule(clock.instant().plusSeconds(10), () -> fired.add("a"));
    clock.schedule(clock.instant().plusSeconds(60), () -> fired.add("c"));
    clock.advance(Duration.ofSeconds(30));
    assertThat(fired).containsExactly("a", "b");
    assertThat(clock.pendingTimers()).isEqualTo(1);
  }

  @Test
  @DisplayName("a cancelled timer does not run")
  void cancel() {
    ClusterClock clock = ClusterClock.virtual(Instant.parse("2030-01-01T00:00:00Z"));
    List<String> fired = new ArrayList<>();
    clock.schedule(clock.instant().plusSeconds(1), () -> fired.add("x")).run();
    clock.advance(Duration.ofSeconds(5));
    assertThat(fired).isEmpty();
  }

  @Test
  @DisplayName("refuses to go back")
  void noNegative() {
    assertThatThrownBy(() -> ClusterClock.virtual().advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A clock cannot go back; advance(PT-1S) was called");
  }

  @Test
  @DisplayName("a real-time clock jumps ahead when advanced")
  void realTimeJumps() {
    ClusterClock clock = ClusterClock.realTime();
    Instant before = clock.instant();
    clock.advance(Duration.ofHours(1));
    assertThat(clock.instant()).isAfterOrEqualTo(before.plus(Duration.ofHours(1)));
    clock.shutdown();
  }

  @Test
  @DisplayName("a real-time clock runs a timer when it falls due, without advance")
  void realTimeFiresTimers() throws InterruptedException {
    ClusterClock clock = ClusterClock.realTime();
    try {
      CountDownLatch fired = new CountDownLatch(3);
      for (int i = 0; i < 3; i++) {
        // sub-millisecond remainders once made the wake-up come early and the timer never ran
        clock.schedule(clock.instant().plusNanos(150_000_000L + i * 333_333L), fired::countDown);
      }
      assertThat(fired.await(10, TimeUnit.SECONDS)).as("timers fired without advance()").isTrue();
      assertThat(clock.pendingTimers()).isZero();
    } finally {
      clock.shutdown();
    }
  }

  @Test
  @DisplayName("a stopped clock schedules nothing")
  void stoppedClockSchedulesNothing() {
    ClusterClock clock = ClusterClock.realTime();
    clock.shutdown();
    clock.schedule(clock.instant().plusSeconds(1), () -> { });
    assertThat(clock.pendingTimers()).isZero();
  }
}
