package dev.registrysdk.storage.emptydir;

import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.storage.Fixtures;
import dev.registrysdk.tck.StorageProviderCompatibilityKit;

class EmptyDirCompatibilityTest extends StorageProviderCompatibilityKit {

  @Override
  protected StorageProvider provider() {
    return EmptyDir.create();
  }

  @Override
  protected ClusterFacts facts() {
    return Fixtures.facts("BareMetal");
  }
}
