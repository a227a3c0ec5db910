package dev.registrysdk.core.validate;

/**
 * The stable codes of the engine's own findings. Storage providers add their own codes.
 */
public final class FindingCodes {

  /** {@code spec.replicas} is negative. */
  public static final String REPLICAS_NEGATIVE = "REPLICAS_NEGATIVE";
  /** More than one replica on a single-node cluster. */
  public static final String REPLICAS_SINGLE_NODE = "REPLICAS_SINGLE_NODE";
  /** Two routes share a name. */
  public static final String ROUTE_NAME_DUPLICATE = "ROUTE_NAME_DUPLICATE";
  /** A route is named {@code default-route}. */
  public static final String ROUTE_NAME_RESERVED = "ROUTE_NAME_RESERVED";
  /** A route name is not a DNS-1123 subdomain. */
  public static final String ROUTE_NAME_INVALID = "ROUTE_NAME_INVALID";
  /** A route host name is not a DNS-1123 subdomain. */
  public static final String ROUTE_HOSTNAME_INVALID = "ROUTE_HOSTNAME_INVALID";
  /** A route's TLS secret does not exist or lacks keys. */
  public static final String ROUTE_TLS_SECRET_MISSING = "ROUTE_TLS_SECRET_MISSING";
  /** A route's PEM certificate or key cannot be read. */
  public static final String ROUTE_TLS_PEM_INVALID = "ROUTE_TLS_PEM_INVALID";
  /** The backend's replica limit is exceeded. */
  public static final String STORAGE_MAX_REPLICAS = "STORAGE_MAX_REPLICAS";
  /** The backend needs another rollout strategy. */
  public static final String STORAGE_ROLLOUT_STRATEGY = "STORAGE_ROLLOUT_STRATEGY";
  /** The registry would be Managed without any storage on a platform that has no default. */
  public static final String STORAGE_NOT_CONFIGURED = "STORAGE_NOT_CONFIGURED";
  /** Storage is configured on a registry that stays Removed. */
  public static final String REGISTRY_REMOVED = "REGISTRY_REMOVED";
  /** The registry is Unmanaged: the operator ignores the configuration. */
  public static final String REGISTRY_UNMANAGED = "REGISTRY_UNMANAGED";
  /** Switching the storage of a registry that may hold images. */
  public static final String DATA_LOSS_STORAGE_SWITCH = "DATA_LOSS_STORAGE_SWITCH";
  /** {@code Removed} while storage is {@code Managed}: the operator deletes the storage. */
  public static final String DATA_LOSS_REMOVE_MANAGED_STORAGE = "DATA_LOSS_REMOVE_MANAGED_STORAGE";
  /** A request limit is negative. */
  public static final String REQUESTS_NEGATIVE = "REQUESTS_NEGATIVE";
  /** A proxy URL cannot be parsed. */
  public static final String PROXY_URL_INVALID = "PROXY_URL_INVALID";

  private FindingCodes() {}
}
