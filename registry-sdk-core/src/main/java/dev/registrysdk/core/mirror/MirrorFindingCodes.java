package dev.registrysdk.core.mirror;

/** The stable codes of the findings about mirror sets. */
public final class MirrorFindingCodes {

  /** A mirror set's name is not a DNS-1123 subdomain. */
  public static final String MIRROR_SET_NAME_INVALID = "MIRROR_SET_NAME_INVALID";
  /** Two mirror sets would be written as the same object. */
  public static final String MIRROR_SET_DUPLICATE = "MIRROR_SET_DUPLICATE";
  /** The cluster serves none of the kinds the set could be written as. */
  public static final String MIRROR_KIND_NOT_SERVED = "MIRROR_KIND_NOT_SERVED";
  /** A tag mirror set was asked for as an ImageContentSourcePolicy, which serves digest pulls only. */
  public static final String MIRROR_TAG_AS_CONTENT_SOURCE_POLICY = "MIRROR_TAG_AS_CONTENT_SOURCE_POLICY";
  /** An ImageContentSourcePolicy is written although the cluster serves ImageDigestMirrorSets. */
  public static final String MIRROR_CONTENT_SOURCE_POLICY_DEPRECATED = "MIRROR_CONTENT_SOURCE_POLICY_DEPRECATED";
  /** The cluster does not serve ImageDigestMirrorSets, so an ImageContentSourcePolicy is written. */
  public static final String MIRROR_CONTENT_SOURCE_POLICY_FALLBACK = "MIRROR_CONTENT_SOURCE_POLICY_FALLBACK";
  /** A source is not {@code host[:port][/path]} or {@code *.domain}. */
  public static final String MIRROR_SOURCE_INVALID = "MIRROR_SOURCE_INVALID";
  /** A mirror is not {@code host[:port][/path]}. */
  public static final String MIRROR_MIRROR_INVALID = "MIRROR_MIRROR_INVALID";
  /** A mirror is listed twice for one source. */
  public static final String MIRROR_DUPLICATE = "MIRROR_DUPLICATE";
  /** A source policy is set without mirrors. */
  public static final String MIRROR_POLICY_WITHOUT_MIRRORS = "MIRROR_POLICY_WITHOUT_MIRRORS";
  /** A source policy is set on an ImageContentSourcePolicy, which has none. */
  public static final String MIRROR_POLICY_NOT_SUPPORTED = "MIRROR_POLICY_NOT_SUPPORTED";
  /** NeverContactSource for a source that is itself one of the mirrors. */
  public static final String MIRROR_NEVER_CONTACT_SOURCE_IS_MIRROR = "MIRROR_NEVER_CONTACT_SOURCE_IS_MIRROR";
  /** Two rules for one source disagree on the source policy. */
  public static final String MIRROR_POLICY_CONFLICT = "MIRROR_POLICY_CONFLICT";
  /** A rule without a mirror other than its source; nodes ignore it. */
  public static final String MIRROR_RULE_EMPTY = "MIRROR_RULE_EMPTY";
  /** Digest mirrors do not serve pulls by tag. */
  public static final String MIRROR_DIGEST_ONLY = "MIRROR_DIGEST_ONLY";
  /** The change is rolled out to every node. */
  public static final String MIRROR_NODE_ROLLOUT = "MIRROR_NODE_ROLLOUT";

  private MirrorFindingCodes() {}
}
