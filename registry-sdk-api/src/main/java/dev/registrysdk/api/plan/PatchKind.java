package dev.registrysdk.api.plan;

/** The patch format of a {@link ChangeAction#PATCH} change. */
public enum PatchKind {
  /** RFC 7386 JSON merge patch ({@code application/merge-patch+json}). */
  MERGE("application/merge-patch+json"),
  /** RFC 6902 JSON patch ({@code application/json-patch+json}). */
  JSON("application/json-patch+json");

  private final String contentType;

  PatchKind(String contentType) {
    this.contentType = contentType;
  }

  /** The HTTP content type of the patch. */
  public String contentType() {
    return contentType;
  }
}
