package dev.registrysdk.api.facts;

import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.resource.ResourceKey;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.openshift.api.model.config.v1.ClusterOperator;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the engine observed on a cluster before it validated and planned: the registry's
 * {@code Config} with its status, the platform, the ClusterOperator, storage classes, and every
 * object a feature or storage provider asked to see.
 *
 * <p>A snapshot: it never changes after it is built, and nothing in it is read again from the
 * cluster. The fabric8 objects it holds must be treated as read-only. {@link #toString()} leaves out
 * the observed objects, which may be secrets.
 */
@Value.Immutable
public abstract class ClusterFacts {

  private static final String BETA_DEFAULT_ANNOTATION = "storageclass.beta.kubernetes.io/is-default-class";

  ClusterFacts() {}

  /** {@code Infrastructure.status.platformStatus.type}, e.g. {@code BareMetal} or {@code AWS}; empty if unknown. */
  @Value.Default
  public String platformType() {
    return "";
  }

  /** {@code Infrastructure.status.infrastructureTopology}: {@code HighlyAvailable} or {@code SingleReplica}. */
  public abstract Optional<String> infrastructureTopology();

  /**
   * The base domain of the default ingress controller, e.g. {@code apps.example.com}. Like the two
   * PEM attributes below, observed only when
   * {@link RegistryObjects#DEFAULT_INGRESS_CONTROLLER} is among the objects asked for.
   */
  public abstract Optional<String> ingressDomain();

  /**
   * The default ingress certificate chain, PEM: {@code tls.crt} of the secret the default
   * IngressController names in {@code spec.defaultCertificate}, else of
   * {@code openshift-ingress/router-certs-default}. Never the private key.
   */
  public abstract Optional<String> ingressCertificatePem();

  /** The ingress operator's CA certificate, PEM ({@code tls.crt} of {@code openshift-ingress-operator/router-ca}). */
  public abstract Optional<String> ingressCaPem();

  /** The registry's {@code Config} named {@code cluster}, with status. */
  public abstract Optional<Config> registryConfig();

  /** The ClusterOperator {@code image-registry}. */
  public abstract Optional<ClusterOperator> clusterOperator();

  /** Every storage class. */
  public abstract List<StorageClass> storageClasses();

  /** The objects asked for that exist, by key; a key that was asked for and is missing here does not exist. */
  @Value.Redacted
  public abstract Map<ResourceKey, HasMetadata> objects();

  /** Every key that was looked up, found or not. */
  public abstract Set<ResourceKey> lookedUp();

  /** The kinds asked about that the cluster serves, as {@code apiVersion/Kind}. */
  public abstract Set<String> servedKinds();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this snapshot. */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds {@link ClusterFacts}. */
  public static class Builder extends ImmutableClusterFacts.Builder {}

  /** The observed object with this key, if it exists. */
  public Optional<HasMetadata> object(ResourceKey key) {
    return Optional.ofNullable(objects().get(key));
  }

  /** The observed object with this key, if it exists and has this type. */
  public <T extends HasMetadata> Optional<T> object(ResourceKey key, Class<T> type) {
    return object(key).filter(type::isInstance).map(type::cast);
  }

  /** An observed secret. */
  public Optional<Secret> secret(String namespace, String name) {
    return object(ResourceKey.secret(namespace, name), Secret.class);
  }

  /** An observed config map. */
  public Optional<ConfigMap> configMap(String namespace, String name) {
    return object(ResourceKey.configMap(namespace, name), ConfigMap.class);
  }

  /** An observed claim. */
  public Optional<PersistentVolumeClaim> persistentVolumeClaim(String namespace, String name) {
    return object(ResourceKey.persistentVolumeClaim(namespace, name), PersistentVolumeClaim.class);
  }

  /** Whether the cluster serves this kind; only known for kinds that were asked about. */
  public boolean serves(String apiVersion, String kind) {
    return servedKinds().contains(apiVersion + "/" + kind);
  }

  /** The storage class marked as the cluster default (GA or beta annotation), if exactly one is. */
  public Optional<StorageClass> defaultStorageClass() {
    List<StorageClass> defaults = new ArrayList<>();
    for (StorageClass sc : storageClasses()) {
      Map<String, String> annotations = sc.getMetadata().getAnnotations();
      if (annotations != null
          && ("true".equals(annotations.get(RegistryObjects.DEFAULT_STORAGE_CLASS_ANNOTATION))
              || "true".equals(annotations.get(BETA_DEFAULT_ANNOTATION)))) {
        defaults.add(sc);
      }
    }
    return defaults.size() == 1 ? Optional.of(defaults.get(0)) : Optional.empty();
  }

  /** The storage class with this name. */
  public Optional<StorageClass> storageClass(String name) {
    return storageClasses().stream().filter(sc -> name.equals(sc.getMetadata().getName())).findFirst();
  }

  /** {@code spec.storage} of the current Config, if any. */
  public Optional<ImageRegistryConfigStorage> currentStorage() {
    return registryConfig().map(c -> c.getSpec() == null ? null : c.getSpec().getStorage());
  }

  /** The storage backends set in the current {@code spec.storage}, e.g. {@code [emptyDir]}; usually one. */
  public List<String> currentBackends() {
    return currentStorage().map(StorageBackends::present).orElse(List.of());
  }

  /** The storage backends in {@code status.storage}: what the operator last applied. */
  public List<String> appliedBackends() {
    return registryConfig()
        .map(c -> c.getStatus() == null ? null : c.getStatus().getStorage())
        .map(StorageBackends::present)
        .orElse(List.of());
  }
}
