package dev.registrysdk.core.await;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.readiness.Readiness;
import dev.registrysdk.api.readiness.ReadinessState;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The settle window with explicit instants: no clock is read, no time passes. */
class SettleWindowTest {

  private static final long SECOND = Duration.ofSeconds(1).toNanos();

  private final SettleWindow window = new SettleWindow(Duration.ofSeconds(2));

  private static Readiness snapshot(ReadinessState state, String reason) {
    return Readiness.builder().state(state).reason(reason).message("The registry is ready")
        .generation(2).observedGeneration(2).build();
  }

  private static final Readiness READY = snapshot(ReadinessState.READY, "Ready");
  private static final Readiness UNAVAILABLE = snapshot(ReadinessState.PROGRESSING, "Unavailable");

  @Test
  @DisplayName("ready counts once it has held for the whole window")
  void settlesAfterWindow() {
    assertThat(window.observe(READY, 0)).as("a ready period starts").isTrue();
    assertThat(window.observe(READY, SECOND)).as("still the same period").isFalse();

    assertThat(window.settled(SECOND)).isFalse();
    assertThat(window.settled(2 * SECOND)).isTrue();
    assertThat(window.outcome(READY, 2 * SECOND)).isSameAs(READY);
  }

  @Test
  @DisplayName("Available True→False inside the window restarts it from the next ready snapshot")
  void flipRestarts() {
    window.observe(READY, 0);
    window.observe(UNAVAILABLE, SECOND);
    assertThat(window.settled(2 * SECOND)).as("the first period was broken").isFalse();

    assertThat(window.observe(READY, 3 * SECOND)).as("a new period starts").isTrue();
    assertThat(window.settled(4 * SECOND)).isFalse();
    assertThat(window.settled(5 * SECOND)).isTrue();
  }

  @Test
  @DisplayName("a wait that ends inside the window is PROGRESSING, NotSettled, saying how long ready held")
  void timeoutInsideWindow() {
    window.observe(READY, 0);

    Readiness outcome = window.outcome(READY, SECOND / 2);

    assertThat(outcome.state()).isEqualTo(ReadinessState.PROGRESSING);
    assertThat(outcome.isReady()).isFalse();
    assertThat(outcome.reason()).isEqualTo("NotSettled");
    assertThat(outcome.message()).isEqualTo(
        "the registry reported ready (The registry is ready) for 500 ms, less than the settle window of 2 s");
    assertThat(outcome.hint()).get().asString().contains("settleWindow(Duration)");
  }

  @Test
  @DisplayName("a READY read without watching has held for no time, so it has not settled")
  void readyNeverObserved() {
    assertThat(window.outcome(READY, 10 * SECOND).reason()).isEqualTo("NotSettled");
  }

  @Test
  @DisplayName("a wait that ends while not ready reports that state unchanged")
  void notReadyUnchanged() {
    window.observe(UNAVAILABLE, 0);
    assertThat(window.outcome(UNAVAILABLE, 5 * SECOND)).isSameAs(UNAVAILABLE);
  }

  @Test
  @DisplayName("without a window, ready counts at once")
  void zeroWindow() {
    SettleWindow none = new SettleWindow(Duration.ZERO);
    none.observe(READY, 0);
    assertThat(none.settled(0)).isTrue();
    assertThat(none.outcome(READY, 0)).isSameAs(READY);
  }

  @Test
  @DisplayName("durations in messages read as people write them")
  void format() {
    assertThat(SettleWindow.format(Duration.ofMillis(250))).isEqualTo("250 ms");
    assertThat(SettleWindow.format(Duration.ofMillis(1500))).isEqualTo("1.5 s");
    assertThat(SettleWindow.format(Duration.ofSeconds(150))).isEqualTo("2 min 30 s");
  }
}
