package dev.registrysdk.testkit.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds the fake cluster serves, with lookups by URL segment and by apiVersion/kind.
 *
 * <p>The default catalog holds the core and OpenShift kinds that the image registry and its
 * configuration touch. Requests for any other resource get the API server's 404.
 */
@TestkitInternal
public final class ResourceCatalog {

  private final List<ResourceType> types;
  private final Map<String, ResourceType> byGroupVersionPlural = new LinkedHashMap<>();
  private final Map<String, ResourceType> byApiVersionKind = new LinkedHashMap<>();

  private ResourceCatalog(List<ResourceType> types) {
    this.types = List.copyOf(types);
    for (ResourceType type : types) {
      byGroupVersionPlural.put(type.group() + "/" + type.version() + "/" + type.plural(), type);
      byApiVersionKind.put(type.apiVersion() + "/" + type.kind(), type);
    }
  }

  /**
   * The catalog of an OpenShift release: before 4.13 there are no ImageDigestMirrorSet and
   * ImageTagMirrorSet kinds, only ImageContentSourcePolicy.
   */
  public static ResourceCatalog openShift(String releaseVersion) {
    ResourceCatalog all = openShift();
    if (!before413(releaseVersion)) {
      return all;
    }
    List<ResourceType> kept = new ArrayList<>();
    for (ResourceType type : all.types) {
      if (!type.kind().equals("ImageDigestMirrorSet") && !type.kind().equals("ImageTagMirrorSet")) {
        kept.add(type);
      }
    }
    return new ResourceCatalog(kept);
  }

  private static boolean before413(String releaseVersion) {
    String[] parts = releaseVersion.split("\\.");
    try {
      return parts.length >= 2 && Integer.parseInt(parts[0]) == 4 && Integer.parseInt(parts[1]) < 13;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Returns every kind served. */
  public List<ResourceType> types() {
    return types;
  }

  /** Finds a kind by group, version and plural as they appear in a URL. */
  public Optional<ResourceType> find(String group, String version, String plural) {
    return Optional.ofNullable(byGroupVersionPlural.get(group + "/" + version + "/" + plural));
  }

  /** Finds a kind by apiVersion and kind as they appear in an object. */
  public Optional<ResourceType> findByKind(String apiVersion, String kind) {
    return Optional.ofNullable(byApiVersionKind.get(apiVersion + "/" + kind));
  }

  /** Returns the kind or fails. */
  public ResourceType require(String group, String plural) {
    return types.stream().filter(t -> t.group().equals(group) && t.plural().equals(plural)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not served: " + plural + "." + group));
  }

  /** Returns the API groups in discovery order, each with its versions (preferred first). */
  public Map<String, List<String>> groups() {
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    for (ResourceType type : types) {
      groups.computeIfAbsent(type.group(), g -> new LinkedHashSet<>()).add(type.version());
    }
    Map<String, List<String>> result = new LinkedHashMap<>();
    groups.forEach((group, versions) -> result.put(group, List.copyOf(versions)));
    return Collections.unmodifiableMap(result);
  }

  /** Returns the kinds served under one group/version. */
  public List<ResourceType> typesOf(String group, String version) {
    List<ResourceType> result = new ArrayList<>();
    for (ResourceType type : types) {
      if (type.group().equals(group) && type.version().equals(version)) {
        result.add(type);
      }
    }
    return result;
  }

  /** Returns the catalog of a fake OpenShift 4 cluster. */
  public static ResourceCatalog openShift() {
    return DEFAULT;
  }

  private static final ResourceCatalog DEFAULT = new ResourceCatalog(defaultTypes());

  private static List<ResourceType> defaultTypes() {
    List<ResourceType> t = new ArrayList<>();
    // core/v1
    t.add(ResourceType.builder("", "v1", "Namespace", "namespaces").shortNames("ns").status().build());
    t.add(ResourceType.builder("", "v1", "ConfigMap", "configmaps").namespaced().shortNames("cm").build());
    t.add(ResourceType.builder("", "v1", "Secret", "secrets").namespaced().build());
    t.add(ResourceType.builder("", "v1", "Service", "services").namespaced().shortNames("svc").status()
        .categories("all").build());
    t.add(ResourceType.builder("", "v1", "ServiceAccount", "serviceaccounts").namespaced().shortNames("sa")
        .build());
    t.add(ResourceType.builder("", "v1", "PersistentVolumeClaim", "persistentvolumeclaims").namespaced()
        .shortNames("pvc").status().build());
    t.add(ResourceType.builder("", "v1", "PersistentVolume", "persistentvolumes").shortNames("pv").status()
        .build());
    t.add(ResourceType.builder("", "v1", "Pod", "pods").namespaced().shortNames("po").status()
        .categories("all").build());
    t.add(ResourceType.builder("", "v1", "Event", "events").namespaced().shortNames("ev").build());
    t.add(ResourceType.builder("", "v1", "Node", "nodes").shortNames("no").status().build());
    // apps/v1
    t.add(ResourceType.builder("apps", "v1", "Deployment", "deployments").namespaced().shortNames("deploy")
        .status().generation().categories("all").build());
    t.add(ResourceType.builder("apps", "v1", "DaemonSet", "daemonsets").namespaced().shortNames("ds")
        .status().generation().categories("all").build());
    t.add(ResourceType.builder("apps", "v1", "ReplicaSet", "replicasets").namespaced().shortNames("rs")
        .status().generation().categories("all").build());
    // batch/v1
    t.add(ResourceType.builder("batch", "v1", "CronJob", "cronjobs").namespaced().shortNames("cj").status()
        .generation().categories("all").build());
    t.add(ResourceType.builder("batch", "v1", "Job", "jobs").namespaced().status().generation()
        .categories("all").build());
    // policy, networking, rbac, storage
    t.add(ResourceType.builder("policy", "v1", "PodDisruptionBudget", "poddisruptionbudgets").namespaced()
        .shortNames("pdb").status().generation().build());
    t.add(ResourceType.builder("networking.k8s.io", "v1", "NetworkPolicy", "networkpolicies").namespaced()
        .shortNames("netpol").generation().build());
    t.add(ResourceType.builder("rbac.authorization.k8s.io", "v1", "ClusterRole", "clusterroles").build());
    t.add(ResourceType.builder("rbac.authorization.k8s.io", "v1", "ClusterRoleBinding", "clusterrolebindings")
        .build());
    t.add(ResourceType.builder("rbac.authorization.k8s.io", "v1", "Role", "roles").namespaced().build());
    t.add(ResourceType.builder("rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings").namespaced()
        .build());
    t.add(ResourceType.builder("storage.k8s.io", "v1", "StorageClass", "storageclasses").shortNames("sc")
        .build());
    // authorization.k8s.io: reviews are answered, never stored
    t.add(ResourceType.builder("authorization.k8s.io", "v1", "SelfSubjectAccessReview", "selfsubjectaccessreviews")
        .build());
    t.add(ResourceType.builder("authorization.k8s.io", "v1", "SubjectAccessReview", "subjectaccessreviews").build());
    // route.openshift.io (served by openshift-apiserver, not a CRD)
    t.add(ResourceType.builder("route.openshift.io", "v1", "Route", "routes").namespaced().status()
        .categories("all").build());
    // config.openshift.io
    t.add(custom("config.openshift.io", "v1", "Infrastructure", "infrastructures"));
    t.add(custom("config.openshift.io", "v1", "Image", "images"));
    t.add(ResourceType.builder("config.openshift.io", "v1", "ClusterOperator", "clusteroperators")
        .shortNames("co").custom().status().build());
    t.add(custom("config.openshift.io", "v1", "ClusterVersion", "clusterversions"));
    t.add(custom("config.openshift.io", "v1", "Proxy", "proxies"));
    t.add(custom("config.openshift.io", "v1", "Ingress", "ingresses"));
    t.add(ResourceType.builder("config.openshift.io", "v1", "ImageDigestMirrorSet", "imagedigestmirrorsets")
        .shortNames("idms").custom().status().build());
    t.add(ResourceType.builder("config.openshift.io", "v1", "ImageTagMirrorSet", "imagetagmirrorsets")
        .shortNames("itms").custom().status().build());
    t.add(custom("config.openshift.io", "v1", "ImageContentPolicy", "imagecontentpolicies"));
    // operator.openshift.io
    t.add(ResourceType.builder("operator.openshift.io", "v1", "IngressController", "ingresscontrollers")
        .namespaced().custom().status().build());
    t.add(custom("operator.openshift.io", "v1alpha1", "ImageContentSourcePolicy",
        "imagecontentsourcepolicies"));
    // imageregistry.operator.openshift.io
    t.add(custom("imageregistry.operator.openshift.io", "v1", "Config", "configs"));
    t.add(custom("imageregistry.operator.openshift.io", "v1", "ImagePruner", "imagepruners"));
    // objectbucket.io (ODF / lib-bucket-provisioner)
    t.add(ResourceType.builder("objectbucket.io", "v1alpha1", "ObjectBucketClaim", "objectbucketclaims")
        .namespaced().shortNames("obc", "obcs").custom().status().build());
    t.add(ResourceType.builder("objectbucket.io", "v1alpha1", "ObjectBucket", "objectbuckets")
        .shortNames("ob", "obs").custom().status().build());
    return t;
  }

  private static ResourceType custom(String group, String version, String kind, String plural) {
    return ResourceType.builder(group, version, kind, plural).custom().status().build();
  }
}
