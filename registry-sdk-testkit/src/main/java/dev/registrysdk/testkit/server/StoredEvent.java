package dev.registrysdk.testkit.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One committed change, as watches see it. The objects are snapshots and must not be modified.
 *
 * @param resourceVersion the resourceVersion of the change
 * @param type {@code ADDED}, {@code MODIFIED} or {@code DELETED}
 * @param resourceType the kind of the object
 * @param object the object after the change (for deletes: its last state)
 * @param previous the object before the change, or {@code null} for {@code ADDED}
 */
@TestkitInternal
public record StoredEvent(long resourceVersion, String type, ResourceType resourceType, ObjectNode object,
    ObjectNode previous) {

  /** Returns {@code metadata.namespace}, or the empty string. */
  public String namespace() {
    return Json.text(object, "metadata.namespace").orElse("");
  }

  /** Returns {@code metadata.name}. */
  public String name() {
    return Json.text(object, "metadata.name").orElse("");
  }
}
