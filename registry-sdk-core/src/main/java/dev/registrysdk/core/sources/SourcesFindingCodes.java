package dev.registrysdk.core.sources;

/** The stable codes of the findings about registry sources. */
public final class SourcesFindingCodes {

  /** Allowed and blocked registries are both set; the CRD allows only one. */
  public static final String SOURCES_ALLOWED_AND_BLOCKED = "SOURCES_ALLOWED_AND_BLOCKED";
  /** An allowed, blocked or insecure entry is not {@code host[:port][/path]} or {@code *.domain}. */
  public static final String SOURCES_ENTRY_INVALID = "SOURCES_ENTRY_INVALID";
  /** A list has more entries than the CRD allows. */
  public static final String SOURCES_TOO_MANY = "SOURCES_TOO_MANY";
  /** A search registry is not {@code host[:port]}. */
  public static final String SOURCES_SEARCH_INVALID = "SOURCES_SEARCH_INVALID";
  /** A search registry is given twice; the CRD list is a set. */
  public static final String SOURCES_SEARCH_DUPLICATE = "SOURCES_SEARCH_DUPLICATE";
  /** An external registry host name is not {@code host[:port]}. */
  public static final String SOURCES_EXTERNAL_HOSTNAME_INVALID = "SOURCES_EXTERNAL_HOSTNAME_INVALID";
  /** A registry allowed for import is not a domain name. */
  public static final String SOURCES_IMPORT_DOMAIN_INVALID = "SOURCES_IMPORT_DOMAIN_INVALID";
  /** A blocked entry covers the OpenShift release images. */
  public static final String SOURCES_BLOCKS_RELEASE_IMAGES = "SOURCES_BLOCKS_RELEASE_IMAGES";
  /** Allowed registries leave out the release images or the integrated registry. */
  public static final String SOURCES_ALLOWED_OMITS_PLATFORM = "SOURCES_ALLOWED_OMITS_PLATFORM";
  /** The change is rolled out to every node. */
  public static final String SOURCES_NODE_ROLLOUT = "SOURCES_NODE_ROLLOUT";

  private SourcesFindingCodes() {}
}
