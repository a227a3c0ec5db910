package dev.registrysdk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.spi.DesiredObject;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.storage.azure.Azure;
import dev.registrysdk.storage.gcs.Gcs;
import dev.registrysdk.storage.ibmcos.IbmCos;
import dev.registrysdk.storage.odf.Odf;
import dev.registrysdk.storage.odf.OdfFixtures;
import dev.registrysdk.storage.pvc.Pvc;
import dev.registrysdk.storage.s3.S3;
import dev.registrysdk.storage.s3.S3CloudFront;
import dev.registrysdk.storage.s3.TrustedCa;
import dev.registrysdk.storage.swift.Swift;
import dev.registrysdk.storage.swift.SwiftCredentials;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine plans an object by comparing it with what it observed, and refuses to plan one it was
 * never asked to observe. So every object a provider writes must be among its observed objects
 * (storage classes aside: the engine observes all of them).
 */
class ObservedObjectsTest {

  static Stream<Arguments> providersThatWrite() {
    return Stream.of(
        Arguments.of("S3 with credentials", S3.of("b").region("us-east-1").credentials("a", "s")),
        Arguments.of("S3 with a CA from PEM", S3.compatible("b", "https://minio.example.com").region("local")
            .trustedCa(TrustedCa.fromPem(Fixtures.ingressPem()))),
        Arguments.of("S3 with the ingress CA", S3.compatible("b", "https://minio.example.com").region("local")
            .trustedCa(TrustedCa.fromIngressCertificate())),
        Arguments.of("S3 with a CloudFront key", S3.of("b").region("us-east-1")
            .cloudFront(S3CloudFront.of("https://d1.cloudfront.net", "K1", "cloudfront", "private.pem")
                .privateKeyPem("PEM"))),
        Arguments.of("ODF Ceph RGW", Odf.cephRgw()),
        Arguments.of("ODF NooBaa", Odf.nooBaa().claimName("noobaatest")),
        Arguments.of("GCS with a key file", Gcs.of("b").keyFile("{\"type\":\"service_account\"}")),
        Arguments.of("Azure with a key", Azure.of("registrystorage", "registry").accountKey("k")),
        Arguments.of("Swift with a password", Swift.of("c").credentials(SwiftCredentials.password("u", "p"))),
        Arguments.of("IBM COS with an API key", IbmCos.of("b").apiKey("k")),
        Arguments.of("a claim the SDK creates", Pvc.create("registry-storage")),
        Arguments.of("block storage", Pvc.block()),
        Arguments.of("CephFS", Pvc.cephFs()));
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("every object a provider writes is among the objects it asks the engine to observe")
  @MethodSource("providersThatWrite")
  void everyWrittenObjectIsObserved(String name, StorageProvider provider) {
    ClusterFacts facts = OdfFixtures.odfCluster();

    var contribution = provider.contribute(Fixtures.context(facts));

    assertThat(contribution.objects()).as("objects %s writes", name).isNotEmpty();
    for (DesiredObject object : contribution.objects()) {
      ResourceKey key = Fixtures.key(object.object());
      if (!key.kind().equals("StorageClass")) {
        assertThat(provider.observedObjects()).as("observed objects of %s", name).contains(key);
      }
    }
  }
}
