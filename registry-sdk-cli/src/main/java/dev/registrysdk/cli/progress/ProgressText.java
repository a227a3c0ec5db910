package dev.registrysdk.cli.progress;

import dev.registrysdk.api.plan.Change;
import dev.registrysdk.api.progress.ProgressEvent;
import dev.registrysdk.api.progress.Stage;
import dev.registrysdk.api.readiness.Readiness;
import java.util.Locale;

/** Words for progress events; shared by the live and plain displays. */
final class ProgressText {

  private ProgressText() {}

  static String stage(Stage stage) {
    return switch (stage) {
      case OBSERVE -> "reading the cluster";
      case VALIDATE -> "validating";
      case PLAN -> "planning";
      case PROVISION -> "provisioning storage";
      case APPLY -> "writing";
      case AWAIT -> "waiting for the registry";
    };
  }

  static String change(String verb, Change change) {
    return verb + " " + change.action().name().toLowerCase(Locale.ROOT) + " " + change.target();
  }

  static String waiting(Readiness readiness) {
    return "waiting for the registry: " + readiness.state().name().toLowerCase(Locale.ROOT)
        + (readiness.reason().isEmpty() ? "" : " (" + readiness.reason() + ")")
        + (readiness.message().isEmpty() ? "" : " " + readiness.message());
  }

  /** A line to keep in the output, or {@code null} for an event that only updates the status. */
  static String permanent(ProgressEvent event) {
    if (event instanceof ProgressEvent.ChangeApplied applied) {
      return change("applied", applied.change());
    }
    if (event instanceof ProgressEvent.ChangeUndone undone) {
      return change("undone", undone.change());
    }
    if (event instanceof ProgressEvent.Retrying retrying) {
      return "conflict, trying again (attempt " + retrying.attempt() + "): " + retrying.reason();
    }
    return null;
  }
}
