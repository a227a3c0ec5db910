package dev.registrysdk.render;

/** Codes of the findings rendering adds to those of validation. */
public final class RenderFindingCodes {

  private RenderFindingCodes() {}

  /**
   * A value is known only while applying (e.g. the bucket of an ObjectBucketClaim), so the
   * manifests would be incomplete. ERROR.
   */
  public static final String RESOLVED_AT_APPLY = "RENDER_RESOLVED_AT_APPLY";

  /** A deletion cannot be expressed as a manifest; it is left out. WARNING. */
  public static final String DELETE_NOT_RENDERED = "RENDER_DELETE_NOT_RENDERED";
}
