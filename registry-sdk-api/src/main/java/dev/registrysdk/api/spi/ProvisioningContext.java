package dev.registrysdk.api.spi;

import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.progress.ProgressListener;
import java.time.Duration;
import java.util.Optional;

/** What {@link ProvisioningStorageProvider#provision} is given. Implemented by the engine. */
public interface ProvisioningContext {

  /** The facts the plan was made from. */
  ClusterFacts facts();

  /** Narrow, recorded access to the cluster. */
  ClusterAccess access();

  /** How long provisioning may wait in total. */
  Duration timeout();

  /** Where to report what is awaited. */
  ProgressListener listener();

  /** The same context {@link StorageProvider#contribute} gets: facts plus the caller's replicas and rollout strategy. */
  default StorageContext storageContext() {
    return StorageContext.of(facts(), Optional.empty(), Optional.empty());
  }
}
