package dev.registrysdk.testkit.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Dependents of an object that the store does not hold, such as the pods of a Deployment: while they
 * are present, a foreground deletion keeps the object, marked and with the {@value
 * ObjectApi#FOREGROUND_FINALIZER} finalizer. Whoever answers {@code true} removes that finalizer once
 * the dependents are gone.
 */
@TestkitInternal
@FunctionalInterface
public interface ForegroundDependents {

  /**
   * Returns whether an object about to be deleted in the foreground still has such dependents. Called
   * with the store lock held; must not write.
   */
  boolean present(ResourceType type, ObjectNode object);
}
