package dev.registrysdk.storage.s3;

import static dev.registrysdk.storage.Fixtures.codes;
import static dev.registrysdk.storage.Fixtures.configMap;
import static dev.registrysdk.storage.Fixtures.contribute;
import static dev.registrysdk.storage.Fixtures.facts;
import static dev.registrysdk.storage.Fixtures.finding;
import static dev.registrysdk.storage.Fixtures.ingressPem;
import static dev.registrysdk.storage.Fixtures.key;
import static dev.registrysdk.storage.Fixtures.object;
import static dev.registrysdk.storage.StorageFindingCodes.S3_INGRESS_CERTIFICATE_UNKNOWN;
import static dev.registrysdk.storage.StorageFindingCodes.S3_TRUSTED_CA_INVALID;
import static dev.registrysdk.storage.StorageFindingCodes.S3_TRUSTED_CA_KEY_MISSING;
import static dev.registrysdk.storage.StorageFindingCodes.S3_TRUSTED_CA_NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.spi.DesiredObject;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.api.spi.WritePolicy;
import io.fabric8.kubernetes.api.model.ConfigMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedCaTest {

  private static final S3 MINIO = S3.compatible("b", "https://minio.example.com").region("us-east-1");

  @Test
  @DisplayName("fromPem writes image-registry-s3-bundle in openshift-config with key ca-bundle.crt, and names it")
  void fromPem() {
    StorageContribution c = contribute(MINIO.trustedCa(TrustedCa.fromPem(ingressPem())), facts("BareMetal"));
    DesiredObject cm = object(c, "ConfigMap", "image-registry-s3-bundle");
    assertThat(cm.policy()).isEqualTo(WritePolicy.MERGE);
    assertThat(cm.object().getMetadata().getNamespace()).isEqualTo("openshift-config");
    assertThat(((ConfigMap) cm.object()).getData()).containsExactly(Map.entry("ca-bundle.crt", ingressPem()));
    assertThat(c.storage().getS3().getTrustedCA().getName()).isEqualTo("image-registry-s3-bundle");
  }

  @Test
  @DisplayName("observes the config map it writes, from PEM or from the ingress certificate, so the engine can plan it")
  void observesWhatItWrites() {
    ClusterFacts f = facts("BareMetal").toBuilder().ingressCertificatePem(ingressPem()).build();
    for (TrustedCa ca : new TrustedCa[] {TrustedCa.fromPem(ingressPem()), TrustedCa.fromIngressCertificate()}) {
      S3 s3 = MINIO.trustedCa(ca);
      StorageContribution c = contribute(s3, f);
      assertThat(s3.observedObjects()).contains(key(object(c, "ConfigMap", "image-registry-s3-bundle").object()));
    }
  }

  @Test
  @DisplayName("a config map name of one's own can be chosen")
  void ownName() {
    StorageContribution c = contribute(MINIO.trustedCa(TrustedCa.fromPem(ingressPem()).configMapName("minio-ca")),
        facts("BareMetal"));
    assertThat(object(c, "ConfigMap", "minio-ca")).isNotNull();
    assertThat(c.storage().getS3().getTrustedCA().getName()).isEqualTo("minio-ca");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"not a certificate", "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n"})
  @DisplayName("a PEM that does not parse as X.509 is an error and nothing is written")
  void badPem(String pem) {
    StorageContribution c = contribute(MINIO.trustedCa(TrustedCa.fromPem(pem)), facts("BareMetal"));
    assertThat(finding(c, S3_TRUSTED_CA_INVALID).isError()).isTrue();
    assertThat(c.objects()).noneMatch(o -> o.object().getKind().equals("ConfigMap"));
  }

  @Test
  @DisplayName("fromIngressCertificate uses the cluster's ingress certificate")
  void fromIngress() {
    ClusterFacts f = facts("BareMetal").toBuilder().ingressCertificatePem(ingressPem()).build();
    StorageContribution c = contribute(MINIO.trustedCa(TrustedCa.fromIngressCertificate()), f);
    assertThat(((ConfigMap) object(c, "ConfigMap", "image-registry-s3-bundle").object()).getData())
        .containsEntry("ca-bundle.crt", ingressPem());
  }

  @Test
  @DisplayName("fromIngressCertificate without an observed ingress certificate is an error")
  void noIngressCertificate() {
    StorageContribution c = contribute(MINIO.trustedCa(TrustedCa.fromIngressCertificate()), facts("BareMetal"));
    assertThat(finding(c, S3_INGRESS_CERTIFICATE_UNKNOWN).remedy()).contains("TrustedCa.fromPem(caPem)");
  }

  @Test
  @DisplayName("an existing config map is observed, and used when it holds ca-bundle.crt")
  void existing() {
    ConfigMap cm = configMap("openshift-config", "my-ca", Map.of("ca-bundle.crt", ingressPem()));
    StorageContribution c = contribute(MINIO.trustedCa(TrustedCa.configMap("my-ca")), facts("BareMetal", cm));
    assertThat(c.objects()).noneMatch(o -> o.object().getKind().equals("ConfigMap"));
    assertThat(codes(c)).doesNotContain(S3_TRUSTED_CA_NOT_FOUND, S3_TRUSTED_CA_KEY_MISSING);
  }

  @Test
  @DisplayName("a missing config map is an error")
  void existingMissing() {
    StorageContribution c = contribute(MINIO.trustedCa(TrustedCa.configMap("my-ca")), facts("BareMetal"));
    assertThat(finding(c, S3_TRUSTED_CA_NOT_FOUND).message()).startsWith("failed to get trusted CA \"my-ca\"");
  }

  @Test
  @DisplayName("a config map without ca-bundle.crt is an error with the operator's message")
  void existingWithoutKey() {
    ConfigMap cm = configMap("openshift-config", "my-ca", Map.of("tls.crt", ingressPem()));
    StorageContribution c = contribute(MINIO.trustedCa(TrustedCa.configMap("my-ca")), facts("BareMetal", cm));
    assertThat(finding(c, S3_TRUSTED_CA_KEY_MISSING).message())
        .isEqualTo("trusted CA config map \"my-ca\" does not contain required key \"ca-bundle.crt\"");
  }

  @Test
  @DisplayName("a config map name that breaks the CRD's pattern is refused at once")
  void badName() {
    assertThatThrownBy(() -> TrustedCa.configMap("My_CA")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("toString names the config map, not the certificates")
  void shortToString() {
    assertThat(TrustedCa.fromPem(ingressPem()).toString())
        .isEqualTo("TrustedCa{configMap=openshift-config/image-registry-s3-bundle, from=PEM}");
  }
}
