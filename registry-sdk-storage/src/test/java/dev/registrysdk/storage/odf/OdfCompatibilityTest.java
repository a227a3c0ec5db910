package dev.registrysdk.storage.odf;

import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.tck.StorageProviderCompatibilityKit;
import java.util.Set;
import org.junit.jupiter.api.Nested;

/** The kit over ODF: before the claim exists, and with the claim bound. */
class OdfCompatibilityTest {

  @Nested
  class Planning extends StorageProviderCompatibilityKit {
    @Override
    protected StorageProvider provider() {
      return Odf.cephRgw().claimName("rgwbucket");
    }

    @Override
    protected ClusterFacts facts() {
      return OdfFixtures.odfCluster();
    }
  }

  @Nested
  class Bound extends StorageProviderCompatibilityKit {
    @Override
    protected StorageProvider provider() {
      return Odf.nooBaa();
    }

    @Override
    protected ClusterFacts facts() {
      return OdfFixtures.odfCluster(
          OdfFixtures.claim("image-registry-bucket", "openshift-storage.noobaa.io", "Bound", "bucket-1"),
          OdfFixtures.bucketSecret("image-registry-bucket"));
    }

    @Override
    protected Set<String> secretValues() {
      return Set.of(OdfFixtures.ACCESS, OdfFixtures.SECRET);
    }
  }
}
