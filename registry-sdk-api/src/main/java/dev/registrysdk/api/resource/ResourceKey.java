package dev.registrysdk.api.resource;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Identifies one Kubernetes object: API version, kind, namespace (absent for cluster-scoped kinds)
 * and name.
 */
@Value.Immutable
public abstract class ResourceKey implements Comparable<ResourceKey> {

  ResourceKey() {}

  /** For example {@code v1} or {@code imageregistry.operator.openshift.io/v1}. */
  @Value.Parameter
  public abstract String apiVersion();

  /** For example {@code Secret}. */
  @Value.Parameter
  public abstract String kind();

  /** The namespace; absent for cluster-scoped objects. */
  @Value.Parameter
  public abstract Optional<String> namespace();

  /** The object's name. */
  @Value.Parameter
  public abstract String name();

  /** A namespaced object. */
  public static ResourceKey namespaced(String apiVersion, String kind, String namespace, String name) {
    return ImmutableResourceKey.of(apiVersion, kind, Optional.of(namespace), name);
  }

  /** A cluster-scoped object. */
  public static ResourceKey clusterScoped(String apiVersion, String kind, String name) {
    return ImmutableResourceKey.of(apiVersion, kind, Optional.empty(), name);
  }

  /** A {@code v1} Secret. */
  public static ResourceKey secret(String namespace, String name) {
    return namespaced("v1", "Secret", namespace, name);
  }

  /** A {@code v1} ConfigMap. */
  public static ResourceKey configMap(String namespace, String name) {
    return namespaced("v1", "ConfigMap", namespace, name);
  }

  /** A {@code v1} PersistentVolumeClaim. */
  public static ResourceKey persistentVolumeClaim(String namespace, String name) {
    return namespaced("v1", "PersistentVolumeClaim", namespace, name);
  }

  /** A {@code route.openshift.io/v1} Route. */
  public static ResourceKey route(String namespace, String name) {
    return namespaced("route.openshift.io/v1", "Route", namespace, name);
  }

  /** The API group, empty for the core group. */
  public String group() {
    int slash = apiVersion().indexOf('/');
    return slash < 0 ? "" : apiVersion().substring(0, slash);
  }

  /** Whether the object is namespaced. */
  public boolean isNamespaced() {
    return namespace().isPresent();
  }

  /** {@code Kind namespace/name} or {@code Kind name}, as people read it. */
  @Override
  public String toString() {
    return kind() + " " + namespace().map(ns -> ns + "/").orElse("") + name();
  }

  @Override
  public int compareTo(ResourceKey other) {
    return toString().compareTo(other.toString());
  }
}
