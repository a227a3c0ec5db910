package dev.registrysdk.testkit.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds the fake cluster serves, with lookups by URL segment and by apiVersion/kind.
 *
 * <p>The built-in part holds the core and OpenShift kinds that the image registry and its configuration
 * touch; kinds that CustomResourceDefinitions define at run time are added and removed with {@link
 * #define} and {@link #undefine}. Requests for any other resource get the API server's 404.
 *
 * <p>Thread-safe: lookups read an immutable snapshot; changes replace it.
 */
@TestkitInternal
public final class ResourceCatalog {

  /** An immutable view of the kinds served, indexed. */
  private static final class Snapshot {
    private final List<ResourceType> types;
    private final Map<String, ResourceType> byGroupVersionPlural = new HashMap<>();
    private final Map<String, ResourceType> byApiVersionKind = new HashMap<>();
    private final Map<String, ResourceType> byGroupPlural = new HashMap<>();

    Snapshot(List<ResourceType> types) {
      this.types = List.copyOf(types);
      for (ResourceType type : this.types) {
        byGroupVersionPlural.put(type.group() + "/" + type.version() + "/" + type.plural(), type);
        byApiVersionKind.put(type.apiVersion() + "/" + type.kind(), type);
        byGroupPlural.putIfAbsent(type.group() + "/" + type.plural(), type);
      }
    }
  }

  private final Snapshot builtIn;
  private final Map<String, List<ResourceType>> defined = new LinkedHashMap<>();
  private volatile Snapshot current;

  private ResourceCatalog(Snapshot builtIn) {
    this.builtIn = builtIn;
    this.current = builtIn;
  }

  /**
   * The catalog of an OpenShift release: before 4.13 there are no ImageDigestMirrorSet and
   * ImageTagMirrorSet kinds, only ImageContentSourcePolicy. Each call returns a new catalog, to which a
   * cluster's CustomResourceDefinitions add their kinds.
   */
  public static ResourceCatalog openShift(String releaseVersion) {
    return new ResourceCatalog(before413(releaseVersion) ? BEFORE_4_13 : DEFAULT);
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
    return current.types;
  }

  /** Finds a kind by group, version and plural as they appear in a URL. */
  public Optional<ResourceType> find(String group, String version, String plural) {
    return Optional.ofNullable(current.byGroupVersionPlural.get(group + "/" + version + "/" + plural));
  }

  /** Finds a kind by apiVersion and kind as they appear in an object. */
  public Optional<ResourceType> findByKind(String apiVersion, String kind) {
    return Optional.ofNullable(current.byApiVersionKind.get(apiVersion + "/" + kind));
  }

  /** Returns the kind or fails. */
  public ResourceType require(String group, String plural) {
    ResourceType type = current.byGroupPlural.get(group + "/" + plural);
    if (type == null) {
      throw new IllegalArgumentException("not served: " + plural + "." + group);
    }
    return type;
  }

  /** Returns whether a group and plural is one of the built-in kinds (not defined at run time). */
  public boolean isBuiltIn(String group, String plural) {
    return builtIn.byGroupPlural.containsKey(group + "/" + plural);
  }

  /**
   * Serves the versions a CustomResourceDefinition defines, replacing what it defined before. The
   * first version is the preferred one in discovery.
   *
   * @param definition the definition's name, {@code <plural>.<group>}
   * @param versions one kind per served version
   */
  public synchronized void define(String definition, List<ResourceType> versions) {
    defined.put(definition, List.copyOf(versions));
    rebuild();
  }

  /** Stops serving what a CustomResourceDefinition defined; returns those kinds. */
  public synchronized List<ResourceType> undefine(String definition) {
    List<ResourceType> removed = defined.remove(definition);
    if (removed == null) {
      return List.of();
    }
    rebuild();
    return removed;
  }

  private void rebuild() {
    List<ResourceType> all = new ArrayList<>(builtIn.types);
    defined.values().forEach(all::addAll);
    current = new Snapshot(all);
  }

  /** Returns the API groups in discovery order, each with its versions (preferred first). */
  public Map<String, List<String>> groups() {
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    for (ResourceType type : current.types) {
      groups.computeIfAbsent(type.group(), g -> new LinkedHashSet<>()).add(type.version());
    }
    Map<String, List<String>> result = new LinkedHashMap<>();
    groups.forEach((group, versions) -> result.put(group, List.copyOf(versions)));
    return Collections.unmodifiableMap(result);
  }

  /** Returns the kinds served under one group/version. */
  public List<ResourceType> typesOf(String group, String version) {
    List<ResourceType> result = new ArrayList<>();
    for (ResourceType type : current.types) {
      if (type.group().equals(group) && type.version().equals(version)) {
        result.add(type);
      }
    }
    return result;
  }

  private static final Snapshot DEFAULT = new Snapshot(defaultTypes());
  private static final Snapshot BEFORE_4_13 = new Snapshot(defaultTypes().stream()
      .filter(t -> !t.kind().equals("ImageDigestMirrorSet") && !t.kind().equals("ImageTagMirrorSet")).toList());

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
    // apiextensions.k8s.io: the kinds these define are served as they are created
    t.add(ResourceType.builder("apiextensions.k8s.io", "v1", "CustomResourceDefinition",
        "customresourcedefinitions").shortNames("crd", "crds").status().generation().categories("api-extensions")
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
