package dev.registrysdk.tck;

import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.spi.StorageProvider;
import java.util.Set;

/** A well-behaved provider passes the kit. */
class SampleProviderCompatibilityTest extends StorageProviderCompatibilityKit {

  @Override
  protected StorageProvider provider() {
    return new SampleProvider("CANARY-SAMPLE-KEY", SampleProvider.Mistake.NONE);
  }

  @Override
  protected ClusterFacts facts() {
    return ClusterFacts.builder().platformType("BareMetal").build();
  }

  @Override
  protected Set<String> secretValues() {
    return Set.of("CANARY-SAMPLE-KEY");
  }
}
