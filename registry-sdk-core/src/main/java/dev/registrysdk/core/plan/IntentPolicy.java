package dev.registrysdk.core.plan;

/** How an {@link ObjectIntent} is turned into a change. */
public enum IntentPolicy {
  /** Create the object when it is missing; never touch an existing one. */
  CREATE_IF_ABSENT,
  /** Create the object when it is missing, else merge-patch the document's fields into it. */
  MERGE,
  /** Merge-patch an object that must already exist; a missing object is an error of the plan. */
  PATCH_EXISTING,
  /** Delete the object if it exists. */
  DELETE
}
