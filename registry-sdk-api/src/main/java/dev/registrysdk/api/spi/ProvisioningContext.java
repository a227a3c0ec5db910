package dev.registrysdk.api.spi;

import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.progress.ProgressListener;
import java.time.Duration;

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
}
