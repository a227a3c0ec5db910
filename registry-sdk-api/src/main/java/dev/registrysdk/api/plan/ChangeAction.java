package dev.registrysdk.api.plan;

/** What a {@link Change} does to its object. */
public enum ChangeAction {
  /** Creates an object that does not exist. */
  CREATE,
  /** Patches fields of an existing object; fields not in the patch stay as they are. */
  PATCH,
  /** Deletes an object. */
  DELETE
}
