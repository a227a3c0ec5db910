package dev.registrysdk.core.apply;

import dev.registrysdk.api.plan.Change;
import dev.registrysdk.api.progress.ProgressEvent;
import dev.registrysdk.core.progress.Listeners;
import dev.registrysdk.api.progress.ProgressListener;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers how to undo every change written during one apply, and undoes them in reverse order
 * when a later step fails. Not thread-safe: one per apply.
 */
public final class UndoLog {

  private static final Logger LOG = LoggerFactory.getLogger(UndoLog.class);

  /** How to take back one change. */
  @FunctionalInterface
  public interface Undo {
    /** Takes the change back; throws if it cannot. */
    void run();
  }

  private record Entry(Change change, Undo undo) {}

  private final Deque<Entry> entries = new ArrayDeque<>();
  private final List<Change> applied = new ArrayList<>();

  /** Records a change that was written, and how to undo it. */
  public void record(Change change, Undo undo) {
    entries.push(new Entry(change, undo));
    applied.add(change);
  }

  /** Every change written so far, in order. */
  public List<Change> applied() {
    return List.copyOf(applied);
  }

  /** Undoes everything, newest first; says what was undone, what is left and why. */
  public Outcome undoAll(ProgressListener listener) {
    List<Change> undone = new ArrayList<>();
    Map<Change, String> left = new LinkedHashMap<>();
    while (!entries.isEmpty()) {
      Entry entry = entries.pop();
      try {
        entry.undo().run();
        undone.add(entry.change());
        Listeners.notify(listener, new ProgressEvent.ChangeUndone(entry.change()));
      } catch (RuntimeException e) {
        // reported to the caller through the outcome (ApplyFailedException), so not logged as a problem here
        LOG.debug("Could not undo change [action={}, target={}]: {}", entry.change().action(), entry.change().target(), e.getMessage());
        left.put(entry.change(), String.valueOf(e.getMessage()));
      }
    }
    return new Outcome(List.copyOf(applied), undone, left);
  }

  /** What undoing achieved: the changes undone, and those left with the error their undo met. */
  public record Outcome(List<Change> applied, List<Change> undone, Map<Change, String> left) {}
}
