package dev.registrysdk.api.spi;

import dev.registrysdk.api.resource.ResourceKey;
import java.util.Set;

/**
 * Configures one storage backend of the registry. A provider says what it needs; the engine
 * observes, validates, orders and writes.
 *
 * <p>The engine calls {@link #observedObjects()} once before observing the cluster, then
 * {@link #contribute(StorageContext)} with what it observed, on the calling thread, possibly more
 * than once per apply (after a conflict it observes and plans again). {@code contribute} must be a
 * pure function of its context: no cluster access, no side effects. A provider that must create
 * something and wait for it before its values are known (a bucket claim) also implements
 * {@link ProvisioningStorageProvider}.
 *
 * <p>If {@code contribute} throws, the apply fails before anything is written. Report problems of
 * the desired state as {@link dev.registrysdk.api.finding.Finding}s in the contribution instead.
 *
 * <pre>{@code
 * public final class MyNfs implements StorageProvider {
 *   public String backend() { return "pvc"; }
 *   public Set<ResourceKey> observedObjects() { return Set.of(ResourceKey.persistentVolumeClaim(NS, "nfs")); }
 *   public StorageContribution contribute(StorageContext context) { ... }
 * }
 * }</pre>
 */
public interface StorageProvider {

  /**
   * The key of {@code spec.storage} this provider sets, as the API spells it: {@code s3},
   * {@code pvc}, {@code emptyDir}, {@code gcs}, {@code azure}, {@code swift}, {@code ibmcos} or
   * {@code oss}.
   */
  String backend();

  /** One line for people, e.g. {@code S3 bucket ocp-registry at https://s3.example.com}. */
  default String description() {
    return backend();
  }

  /** Objects the provider needs to see in {@link StorageContext#facts()}; none by default. */
  default Set<ResourceKey> observedObjects() {
    return Set.of();
  }

  /**
   * Kinds the provider needs to know are served, as {@code apiVersion/Kind} (for example
   * {@code objectbucket.io/v1alpha1/ObjectBucketClaim}); the answers are in
   * {@link dev.registrysdk.api.facts.ClusterFacts#servedKinds()}. None by default.
   */
  default Set<String> observedKinds() {
    return Set.of();
  }

  /** What the provider wants written, and what it found wrong. Pure; see the class comment. */
  StorageContribution contribute(StorageContext context);
}
