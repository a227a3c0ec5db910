package dev.registrysdk.core.access;

/** The stable codes of the findings about registry access. */
public final class AccessFindingCodes {

  /** A namespace name is not a DNS-1123 label. */
  public static final String ACCESS_NAMESPACE_INVALID = "ACCESS_NAMESPACE_INVALID";
  /** A service account's name or namespace is not valid. */
  public static final String ACCESS_SUBJECT_INVALID = "ACCESS_SUBJECT_INVALID";
  /** A binding of the SDK's name exists for another role; its role cannot change. */
  public static final String ACCESS_BINDING_ROLE_MISMATCH = "ACCESS_BINDING_ROLE_MISMATCH";
  /** A role that allows pushing, or pulling, is granted to every user or to anonymous users. */
  public static final String ACCESS_BROAD_SUBJECT = "ACCESS_BROAD_SUBJECT";
  /** The existing {@code prometheus-scraper} ClusterRole did not allow reading the registry's metrics. */
  public static final String ACCESS_METRICS_ROLE_EXTENDED = "ACCESS_METRICS_ROLE_EXTENDED";

  private AccessFindingCodes() {}
}
