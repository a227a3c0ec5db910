package dev.registrysdk.api.progress;

/**
 * Receives progress while a registry is configured: stages, writes, retries and readiness
 * snapshots. Progress is not logging: a CLI shows it on a terminal, an installer in its own UI.
 *
 * <p>Callbacks run on the thread that drives the stage, one at a time, in this order: a
 * {@link ProgressEvent.StageStarted} exactly once per stage, then that stage's events, then a
 * {@link ProgressEvent.StageFinished} exactly once. An exception thrown by a listener is caught and
 * logged; it never changes what the engine does.
 */
@FunctionalInterface
public interface ProgressListener {

  /** Ignores every event; the default. */
  ProgressListener NOOP = event -> {};

  /** Receives one event. Must return quickly. */
  void onEvent(ProgressEvent event);
}
