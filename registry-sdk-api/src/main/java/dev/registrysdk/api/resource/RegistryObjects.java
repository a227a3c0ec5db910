package dev.registrysdk.api.resource;

/**
 * Names of the objects the Image Registry Operator reads and writes, as it spells them.
 */
public final class RegistryObjects {

  /** The operator's and the registry's namespace. */
  public static final String NAMESPACE = "openshift-image-registry";

  /** The namespace of cluster configuration such as trusted CA config maps. */
  public static final String CONFIG_NAMESPACE = "openshift-config";

  /** The name of the registry's {@code Config}, the only one the operator reads. */
  public static final String CONFIG_NAME = "cluster";

  /** API version of the registry {@code Config}. */
  public static final String CONFIG_API_VERSION = "imageregistry.operator.openshift.io/v1";

  /** The ClusterOperator that reports the registry's health. */
  public static final String CLUSTER_OPERATOR = "image-registry";

  /** The secret whose keys override the cloud credentials of the storage drivers. */
  public static final String USER_CREDENTIALS_SECRET = "image-registry-private-configuration-user";

  /** The claim the operator creates when {@code spec.storage.pvc.claim} is empty. */
  public static final String DEFAULT_CLAIM = "image-registry-storage";

  /** The route the operator creates for {@code spec.defaultRoute: true}; reserved. */
  public static final String DEFAULT_ROUTE = "default-route";

  /** The key an S3 trusted-CA config map must hold. */
  public static final String CA_BUNDLE_KEY = "ca-bundle.crt";

  /** The annotation that marks the default storage class. */
  public static final String DEFAULT_STORAGE_CLASS_ANNOTATION = "storageclass.kubernetes.io/is-default-class";

  /** The registry {@code Config}. */
  public static final ResourceKey CONFIG =
      ResourceKey.clusterScoped(CONFIG_API_VERSION, "Config", CONFIG_NAME);

  /**
   * The default IngressController. Observing it (listing it among a feature's or provider's observed
   * objects) also observes the ingress domain, the default certificate and the router CA into
   * {@link dev.registrysdk.api.facts.ClusterFacts}.
   */
  public static final ResourceKey DEFAULT_INGRESS_CONTROLLER = ResourceKey.namespaced(
      "operator.openshift.io/v1", "IngressController", "openshift-ingress-operator", "default");

  /** The user credentials secret. */
  public static final ResourceKey USER_CREDENTIALS = ResourceKey.secret(NAMESPACE, USER_CREDENTIALS_SECRET);

  private RegistryObjects() {}
}
