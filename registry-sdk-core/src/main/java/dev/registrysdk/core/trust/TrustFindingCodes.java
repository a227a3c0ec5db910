package dev.registrysdk.core.trust;

/** The stable codes of the findings about trusted CAs. */
public final class TrustFindingCodes {

  /** A registry host is not {@code host[:port]}. */
  public static final String TRUST_HOST_INVALID = "TRUST_HOST_INVALID";
  /** The same registry host is given twice with different certificates. */
  public static final String TRUST_HOST_DUPLICATE = "TRUST_HOST_DUPLICATE";
  /** A PEM text holds no certificate that parses as X.509. */
  public static final String TRUST_CA_INVALID = "TRUST_CA_INVALID";
  /** A certificate has expired. */
  public static final String TRUST_CA_EXPIRED = "TRUST_CA_EXPIRED";
  /** A certificate expires within 30 days. */
  public static final String TRUST_CA_EXPIRING = "TRUST_CA_EXPIRING";
  /** A certificate is not valid yet. */
  public static final String TRUST_CA_NOT_YET_VALID = "TRUST_CA_NOT_YET_VALID";
  /** The cluster's ingress CA was asked for, but the cluster does not show it. */
  public static final String TRUST_INGRESS_CA_UNKNOWN = "TRUST_INGRESS_CA_UNKNOWN";
  /** The cluster's ingress CA is trusted for a host outside the ingress domain. */
  public static final String TRUST_INGRESS_HOST_OUTSIDE_DOMAIN = "TRUST_INGRESS_HOST_OUTSIDE_DOMAIN";
  /** The image config already names a config map; CAs are added to it. */
  public static final String TRUST_CONFIG_MAP_IN_USE = "TRUST_CONFIG_MAP_IN_USE";
  /** A CA already trusted for a host is replaced by another. */
  public static final String TRUST_CA_REPLACED = "TRUST_CA_REPLACED";
  /** The config map name is not a DNS-1123 subdomain. */
  public static final String TRUST_CONFIG_MAP_NAME_INVALID = "TRUST_CONFIG_MAP_NAME_INVALID";

  private TrustFindingCodes() {}
}
