package dev.registrysdk.core.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.plan.Change;
import dev.registrysdk.api.progress.ProgressEvent;
import dev.registrysdk.api.progress.ProgressListener;
import dev.registrysdk.core.patch.MergePatch;
import dev.registrysdk.core.progress.Listeners;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Writes one {@link Change} and records how to undo it: a creation is undone by deleting, a merge
 * patch by the inverse merge patch (sent with the resourceVersion the write produced, so undo never
 * overwrites someone else's later write), a deletion by creating the object again.
 */
public final class Applier {

  private final Resources resources;
  private final ProgressListener listener;

  /** Writes through {@code resources}, reporting to {@code listener}. */
  public Applier(Resources resources, ProgressListener listener) {
    this.resources = resources;
    this.listener = listener;
  }

  /**
   * Writes the change; {@code before} is the object as observed when the change was planned.
   *
   * @return the object as the server stored it, or empty after a deletion
   * @throws ConflictSignal on HTTP 409
   */
  public Optional<JsonNode> apply(Change change, Optional<JsonNode> before, UndoLog log) {
    Optional<JsonNode> result;
    switch (change.action()) {
      case CREATE -> {
        JsonNode created = resources.create(change.target(), change.body());
        log.record(change, () -> resources.delete(change.target()));
        result = Optional.of(created);
      }
      case PATCH -> {
        JsonNode patch = read(change.body());
        JsonNode after = resources.patch(change.target(), change.patchKind().orElseThrow(), change.body());
        ObjectNode patchWithoutVersion = ((ObjectNode) patch).deepCopy();
        JsonNode metadata = patchWithoutVersion.get("metadata");
        if (metadata instanceof ObjectNode m) {
          m.remove("resourceVersion");
          if (m.isEmpty()) {
            patchWithoutVersion.remove("metadata");
          }
        }
        ObjectNode inverse = MergePatch.inverse(before.orElseThrow(), patchWithoutVersion);
        String version = after.path("metadata").path("resourceVersion").textValue();
        if (version != null) {
          inverse.withObject("metadata").put("resourceVersion", version);
        }
        log.record(change, () -> resources.patch(change.target(), change.patchKind().orElseThrow(), inverse.toString()));
        result = Optional.of(after);
      }
      case DELETE -> {
        resources.delete(change.target());
        ObjectNode recreate = ((ObjectNode) before.orElseThrow()).deepCopy();
        ObjectNode metadata = recreate.withObject("metadata");
        for (String field : new String[] {"resourceVersion", "uid", "creationTimestamp", "managedFields", "generation"}) {
          metadata.remove(field);
        }
        log.record(change, () -> resources.create(change.target(), recreate.toString()));
        result = Optional.empty();
      }
      default -> throw new IllegalArgumentException("Unknown action " + change.action());
    }
    Listeners.notify(listener, new ProgressEvent.ChangeApplied(change));
    return result;
  }

  private static JsonNode read(String json) {
    try {
      return Serialization.jsonMapper().readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
