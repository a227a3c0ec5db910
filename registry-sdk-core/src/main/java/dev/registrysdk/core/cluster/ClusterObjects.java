package dev.registrysdk.core.cluster;

import dev.registrysdk.api.resource.ResourceKey;

/** Keys and names of the cluster objects the cluster-wide features read and write. */
public final class ClusterObjects {

  /** {@code images.config.openshift.io/cluster}: trusted CAs, registry sources, registry host names. */
  public static final ResourceKey IMAGE_CONFIG = ResourceKey.clusterScoped("config.openshift.io/v1", "Image", "cluster");

  /** {@code imagepruners.imageregistry.operator.openshift.io/cluster}. */
  public static final ResourceKey IMAGE_PRUNER =
      ResourceKey.clusterScoped("imageregistry.operator.openshift.io/v1", "ImagePruner", "cluster");

  /** API version of mirror sets. */
  public static final String MIRROR_SET_API_VERSION = "config.openshift.io/v1";

  /** API version of image content source policies. */
  public static final String CONTENT_SOURCE_POLICY_API_VERSION = "operator.openshift.io/v1alpha1";

  /** API version of RBAC objects. */
  public static final String RBAC_API_VERSION = "rbac.authorization.k8s.io/v1";

  /** API group of RBAC objects. */
  public static final String RBAC_GROUP = "rbac.authorization.k8s.io";

  /** The internal registry host name with the operator's defaults. */
  public static final String INTERNAL_REGISTRY = "image-registry.openshift-image-registry.svc:5000";

  /** The repository of OpenShift release images, which nodes must be able to pull. */
  public static final String RELEASE_REPOSITORY = "quay.io/openshift-release-dev/ocp-release";

  private ClusterObjects() {}

  /** A finding path in an object: {@code Image cluster spec.registrySources}. */
  public static String path(ResourceKey key, String field) {
    return key + " " + field;
  }
}
