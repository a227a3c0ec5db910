package dev.registrysdk.storage;

import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.storage.azure.Azure;
import dev.registrysdk.storage.azure.AzureNetworkAccess;
import dev.registrysdk.storage.gcs.Gcs;
import dev.registrysdk.storage.ibmcos.IbmCos;
import dev.registrysdk.storage.oss.Oss;
import dev.registrysdk.storage.swift.Swift;
import dev.registrysdk.storage.swift.SwiftCredentials;
import dev.registrysdk.tck.StorageProviderCompatibilityKit;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;

/** The kit over GCS, Azure, Swift, IBM COS and OSS, each with credentials where it takes them. */
class CloudProvidersCompatibilityTest {

  @Nested
  class GcsWithKeyFile extends StorageProviderCompatibilityKit {
    @Override
    protected StorageProvider provider() {
      return Gcs.of("b").region("us-central1").keyFile("{\"type\":\"service_account\",\"private_key\":\"CANARY-GCS\"}");
    }

    @Override
    protected ClusterFacts facts() {
      return Fixtures.facts("GCP");
    }

    @Override
    protected Set<String> secretValues() {
      return Set.of("CANARY-GCS");
    }
  }

  @Nested
  class AzureWithKeyAndPrivateEndpoint extends StorageProviderCompatibilityKit {
    @Override
    protected StorageProvider provider() {
      return Azure.of("registrystorage", "registry").accountKey("CANARY-AZURE-KEY")
          .networkAccess(AzureNetworkAccess.external().vnetName(".bad"));
    }

    @Override
    protected ClusterFacts facts() {
      return Fixtures.facts("Azure", Fixtures.userSecret(Map.of("REGISTRY_STORAGE_AZURE_ACCOUNTKEY", "CANARY-OLD-KEY")));
    }

    @Override
    protected Set<String> secretValues() {
      return Set.of("CANARY-AZURE-KEY", "CANARY-OLD-KEY");
    }
  }

  @Nested
  class SwiftWithApplicationCredential extends StorageProviderCompatibilityKit {
    @Override
    protected StorageProvider provider() {
      return Swift.of("registry").authUrl("https://keystone.example.com/identity")
          .credentials(SwiftCredentials.applicationCredential("CANARY-ID", "registry", "CANARY-APP-SECRET"));
    }

    @Override
    protected ClusterFacts facts() {
      return Fixtures.facts("OpenStack", Fixtures.userSecret(Map.of("REGISTRY_STORAGE_SWIFT_TOKENID", "CANARY-TOKEN")));
    }

    @Override
    protected Set<String> secretValues() {
      return Set.of("CANARY-ID", "CANARY-APP-SECRET", "CANARY-TOKEN");
    }
  }

  @Nested
  class IbmCosWithApiKey extends StorageProviderCompatibilityKit {
    @Override
    protected StorageProvider provider() {
      return IbmCos.of("b").resourceKeyCrn("not-a-crn").apiKey("CANARY-IBM-KEY");
    }

    @Override
    protected ClusterFacts facts() {
      return Fixtures.facts("BareMetal");
    }

    @Override
    protected Set<String> secretValues() {
      return Set.of("CANARY-IBM-KEY");
    }
  }

  @Nested
  class OssRefused extends StorageProviderCompatibilityKit {
    @Override
    protected StorageProvider provider() {
      return Oss.of("b");
    }

    @Override
    protected ClusterFacts facts() {
      return Fixtures.facts("AlibabaCloud");
    }
  }
}
