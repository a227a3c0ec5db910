package dev.registrysdk.api.progress;

import dev.registrysdk.api.plan.Change;
import dev.registrysdk.api.readiness.Readiness;
import java.time.Duration;

/** An immutable report of progress, delivered to a {@link ProgressListener}. */
public sealed interface ProgressEvent {

  /** A stage started. */
  record StageStarted(Stage stage) implements ProgressEvent {}

  /** A stage finished after {@code took}. */
  record StageFinished(Stage stage, Duration took) implements ProgressEvent {}

  /** A change was written. */
  record ChangeApplied(Change change) implements ProgressEvent {}

  /** A change was undone after a later change failed. */
  record ChangeUndone(Change change) implements ProgressEvent {}

  /** A write met a conflict; the SDK re-reads, re-plans and tries again. */
  record Retrying(int attempt, String reason) implements ProgressEvent {}

  /** A readiness snapshot while waiting. */
  record Waiting(Readiness readiness) implements ProgressEvent {}

  /** A provider reports what it is waiting for, e.g. a bucket claim to be bound. */
  record Provisioning(String message) implements ProgressEvent {}
}
