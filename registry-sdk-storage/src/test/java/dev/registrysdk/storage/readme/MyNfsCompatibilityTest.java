package dev.registrysdk.storage.readme;

import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.tck.StorageProviderCompatibilityKit;
import java.util.Set;

/** The README's compatibility-kit example, as written there, run against {@link MyNfs}. */
// tag::kit[]
class MyNfsCompatibilityTest extends StorageProviderCompatibilityKit {
    protected StorageProvider provider() { return MyNfs.server("nfs.example.com").password("CANARY-PW"); }
    protected ClusterFacts facts() { return ClusterFacts.builder().platformType("BareMetal").build(); }
    protected Set<String> secretValues() { return Set.of("CANARY-PW"); }
}
// end::kit[]
