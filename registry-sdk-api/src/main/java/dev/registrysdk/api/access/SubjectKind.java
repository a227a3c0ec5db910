package dev.registrysdk.api.access;

/** The kind of a {@link Subject}, as RBAC spells it. */
public enum SubjectKind {
  /** A user. */
  USER("User"),
  /** A group of users. */
  GROUP("Group"),
  /** A service account in a namespace. */
  SERVICE_ACCOUNT("ServiceAccount");

  private final String wireValue;

  SubjectKind(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The kind as RBAC spells it. */
  public String wireValue() {
    return wireValue;
  }
}
