package dev.registrysdk.testkit.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Told about every committed change, in commit order, while the store lock is held. Implementations
 * must be quick and must not write; they typically mark work for a controller.
 */
@TestkitInternal
@FunctionalInterface
public interface ChangeListener {

  /**
   * Called after a change is committed.
   *
   * @param type the kind
   * @param before the object before, or {@code null} when created
   * @param after the object after, or {@code null} when deleted
   */
  void changed(ResourceType type, ObjectNode before, ObjectNode after);
}
