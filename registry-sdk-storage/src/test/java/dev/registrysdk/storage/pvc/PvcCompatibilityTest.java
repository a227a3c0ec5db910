package dev.registrysdk.storage.pvc;

import static dev.registrysdk.storage.Fixtures.storageClass;

import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.storage.Fixtures;
import dev.registrysdk.tck.StorageProviderCompatibilityKit;
import org.junit.jupiter.api.Nested;

/** The kit over the PVC family: a created claim with a default-class switch, and a missing claim. */
class PvcCompatibilityTest {

  @Nested
  class CreatedClaimAndDefaultClass extends StorageProviderCompatibilityKit {
    @Override
    protected StorageProvider provider() {
      return Pvc.create("registry").storageClass("ocp-trident").defaultStorageClass("ocp-trident");
    }

    @Override
    protected ClusterFacts facts() {
      return Fixtures.facts("VSphere", storageClass("thin", "kubernetes.io/vsphere-volume", true),
          storageClass("ocp-trident", "csi.trident.netapp.io", false));
    }
  }

  @Nested
  class MissingClaim extends StorageProviderCompatibilityKit {
    @Override
    protected StorageProvider provider() {
      return Pvc.claim("registry").nfs();
    }

    @Override
    protected ClusterFacts facts() {
      return Fixtures.facts("BareMetal");
    }
  }

  @Nested
  class Block extends StorageProviderCompatibilityKit {
    @Override
    protected StorageProvider provider() {
      return Pvc.block();
    }

    @Override
    protected ClusterFacts facts() {
      return Fixtures.facts("VSphere", storageClass("thin", "kubernetes.io/vsphere-volume", true));
    }
  }
}
