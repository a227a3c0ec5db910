package dev.registrysdk.storage.s3;

import static dev.registrysdk.storage.Fixtures.codes;
import static dev.registrysdk.storage.Fixtures.contribute;
import static dev.registrysdk.storage.Fixtures.decodedData;
import static dev.registrysdk.storage.Fixtures.facts;
import static dev.registrysdk.storage.Fixtures.finding;
import static dev.registrysdk.storage.Fixtures.json;
import static dev.registrysdk.storage.Fixtures.object;
import static dev.registrysdk.storage.Fixtures.secret;
import static dev.registrysdk.storage.Fixtures.tree;
import static dev.registrysdk.storage.StorageFindingCodes.S3_CLOUDFRONT_BASE_URL_INVALID;
import static dev.registrysdk.storage.StorageFindingCodes.S3_CLOUDFRONT_KEY_NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.spi.DesiredObject;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.storage.Fixtures;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class S3CloudFrontTest {

  private static final String KEY = "-----BEGIN RSA PRIVATE KEY-----CANARY-CLOUDFRONT-KEY-----END RSA PRIVATE KEY-----";
  private static final S3CloudFront CF =
      S3CloudFront.of("https://d111111abcdef8.cloudfront.net", "K2JCJMDEHXQW5F", "cloudfront", "private.pem");

  @Test
  @DisplayName("observes the secret it writes the private key into, so the engine can plan it")
  void observesWhatItWrites() {
    S3 s3 = S3.of("b").cloudFront(CF.privateKeyPem(KEY));
    StorageContribution c = contribute(s3, facts("AWS"));
    assertThat(c.objects()).isNotEmpty()
        .allSatisfy(o -> assertThat(s3.observedObjects()).contains(Fixtures.key(o.object())));
  }

  @Test
  @DisplayName("the stanza carries base URL, key pair, private key reference and duration as a Go duration")
  void stanza() {
    StorageContribution c = contribute(S3.of("b").cloudFront(CF.duration(Duration.ofMinutes(30)).privateKeyPem(KEY)),
        facts("AWS"));
    assertThat(tree(c.storage().getS3().getCloudFront())).isEqualTo(json("""
        {"baseURL":"https://d111111abcdef8.cloudfront.net","keypairID":"K2JCJMDEHXQW5F",
         "duration":"30m","privateKey":{"key":"private.pem","name":"cloudfront"}}"""));
  }

  @Test
  @DisplayName("a private key PEM is written into its secret, sensitive, and never printed")
  void keyWritten() {
    S3 s3 = S3.of("b").cloudFront(CF.privateKeyPem(KEY));
    StorageContribution c = contribute(s3, facts("AWS"));
    DesiredObject secret = object(c, "Secret", "cloudfront");
    assertThat(secret.sensitive()).isTrue();
    assertThat(decodedData(secret)).containsExactly(Map.entry("private.pem", KEY));
    assertThat(s3 + " " + c + " " + CF.privateKeyPem(KEY)).doesNotContain("CANARY-CLOUDFRONT-KEY");
  }

  @Test
  @DisplayName("without a PEM the secret is observed and must hold the key")
  void existingSecret() {
    assertThat(CF.observedObjects()).containsExactly(ResourceKey.secret("openshift-image-registry", "cloudfront"));
    assertThat(finding(contribute(S3.of("b").cloudFront(CF), facts("AWS")), S3_CLOUDFRONT_KEY_NOT_FOUND).isError())
        .isTrue();
    var present = facts("AWS", secret("openshift-image-registry", "cloudfront", Map.of("private.pem", KEY)));
    assertThat(codes(contribute(S3.of("b").cloudFront(CF), present))).doesNotContain(S3_CLOUDFRONT_KEY_NOT_FOUND);
  }

  @Test
  @DisplayName("a base URL that is not a URL is an error")
  void badBaseUrl() {
    S3CloudFront bad = S3CloudFront.of("d111111abcdef8.cloudfront.net", "K", "cloudfront", "private.pem").privateKeyPem(KEY);
    assertThat(finding(contribute(S3.of("b").cloudFront(bad), facts("AWS")), S3_CLOUDFRONT_BASE_URL_INVALID).isError())
        .isTrue();
  }
}
