package dev.registrysdk.storage.s3;

import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.storage.Fixtures;
import dev.registrysdk.tck.StorageProviderCompatibilityKit;
import java.time.Duration;
import java.util.Set;

/** The kit over S3 with every option, credentials, a CA from PEM and a CloudFront key. */
class S3CompatibilityTest extends StorageProviderCompatibilityKit {

  @Override
  protected StorageProvider provider() {
    return S3.compatible("ocp-registry", "https://minio.apps.example.com").region("us-east-1").encrypt("kms-key")
        .chunkSizeMiB(3)
        .credentials("CANARY-S3-ACCESS", "CANARY-S3-SECRET")
        .trustedCa(TrustedCa.fromPem(Fixtures.ingressPem()))
        .cloudFront(S3CloudFront.of("https://d1.cloudfront.net", "K1", "cloudfront", "private.pem")
            .duration(Duration.ofMinutes(5)).privateKeyPem("CANARY-CLOUDFRONT-PEM"));
  }

  @Override
  protected ClusterFacts facts() {
    return Fixtures.facts("BareMetal").toBuilder().ingressDomain("apps.example.com").build();
  }

  @Override
  protected Set<String> secretValues() {
    return Set.of("CANARY-S3-ACCESS", "CANARY-S3-SECRET", "CANARY-CLOUDFRONT-PEM");
  }
}
