package dev.registrysdk.storage.s3;

import static dev.registrysdk.storage.Fixtures.codes;
import static dev.registrysdk.storage.Fixtures.config;
import static dev.registrysdk.storage.Fixtures.contribute;
import static dev.registrysdk.storage.Fixtures.decodedData;
import static dev.registrysdk.storage.Fixtures.facts;
import static dev.registrysdk.storage.Fixtures.finding;
import static dev.registrysdk.storage.Fixtures.json;
import static dev.registrysdk.storage.Fixtures.object;
import static dev.registrysdk.storage.Fixtures.tree;
import static dev.registrysdk.storage.Fixtures.userSecret;
import static dev.registrysdk.storage.StorageFindingCodes.S3_CHUNK_SIZE_OUT_OF_RANGE;
import static dev.registrysdk.storage.StorageFindingCodes.S3_CREDENTIALS_INCOMPLETE;
import static dev.registrysdk.storage.StorageFindingCodes.S3_ENDPOINT_INVALID;
import static dev.registrysdk.storage.StorageFindingCodes.S3_ENDPOINT_NEEDS_TRUSTED_CA;
import static dev.registrysdk.storage.StorageFindingCodes.S3_KEYID_WITHOUT_ENCRYPT;
import static dev.registrysdk.storage.StorageFindingCodes.S3_MANAGED_BUCKET_DELETED_ON_REMOVE;
import static dev.registrysdk.storage.StorageFindingCodes.S3_MISSING_REGION;
import static dev.registrysdk.storage.StorageFindingCodes.S3_NO_CREDENTIALS;
import static dev.registrysdk.storage.StorageFindingCodes.S3_REGION_NOT_AWS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.api.StorageManagementState;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Severity;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.spi.DesiredObject;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.api.spi.WritePolicy;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageBuilder;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class S3Test {

  private static final String ACCESS = "CANARY-ACCESS-KEY-4711";
  private static final String SECRET = "CANARY-SECRET-KEY-0815";

  private final ClusterFacts aws = facts("AWS");
  private final ClusterFacts bareMetal = facts("BareMetal");

  @Nested
  @DisplayName("the stanza")
  class Stanza {

    @Test
    @DisplayName("holds only the fields that were set")
    void onlySetFields() {
      assertThat(tree(contribute(S3.of("b"), aws).storage())).isEqualTo(json("{\"s3\":{\"bucket\":\"b\"}}"));
    }

    @Test
    @DisplayName("maps every option to its API field")
    void everyField() {
      S3 s3 = S3.of("b").region("us-east-1").endpoint("https://s3.example.com").encrypt("kms-1")
          .virtualHostedStyle(false).chunkSizeMiB(64).trustedCa(TrustedCa.configMap("ca"))
          .managementState(StorageManagementState.UNMANAGED);
      assertThat(tree(contribute(s3, aws).storage())).isEqualTo(json("""
          {"managementState":"Unmanaged","s3":{"bucket":"b","region":"us-east-1",
           "regionEndpoint":"https://s3.example.com","encrypt":true,"keyID":"kms-1",
           "virtualHostedStyle":false,"chunkSizeMiB":64,"trustedCA":{"name":"ca"}}}"""));
    }

    @Test
    @DisplayName("S3.compatible sets the endpoint and path-style addressing")
    void compatiblePreset() {
      S3 minio = S3.compatible("b", "https://minio.example.com").region("local");
      assertThat(tree(contribute(minio, bareMetal).storage().getS3())).isEqualTo(json(
          "{\"bucket\":\"b\",\"region\":\"local\",\"regionEndpoint\":\"https://minio.example.com\",\"virtualHostedStyle\":false}"));
    }

    @Test
    @DisplayName("fluent calls return copies; call order does not matter")
    void immutable() {
      S3 base = S3.of("b");
      assertThat(base.region("r").endpoint("https://e")).isEqualTo(base.endpoint("https://e").region("r"));
      assertThat(base.region()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "  "})
    @DisplayName("a blank bucket is refused at once")
    void blankBucket(String bucket) {
      assertThatThrownBy(() -> S3.of(bucket)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("S3.of(\"my-bucket\")");
    }
  }

  @Nested
  @DisplayName("credentials")
  class Credentials {

    @Test
    @DisplayName("are merged into the user secret under the operator's key names, marked sensitive")
    void mergedIntoUserSecret() {
      StorageContribution c = contribute(S3.of("b").credentials(ACCESS, SECRET), aws);
      DesiredObject secret = object(c, "Secret", RegistryObjects.USER_CREDENTIALS_SECRET);
      assertThat(secret.policy()).isEqualTo(WritePolicy.MERGE);
      assertThat(secret.sensitive()).isTrue();
      assertThat(secret.object().getMetadata().getNamespace()).isEqualTo(RegistryObjects.NAMESPACE);
      assertThat(decodedData(secret)).containsExactly(
          Map.entry("REGISTRY_STORAGE_S3_ACCESSKEY", ACCESS), Map.entry("REGISTRY_STORAGE_S3_SECRETKEY", SECRET));
    }

    @Test
    @DisplayName("name only the S3 keys in a merge, so keys of an existing user secret are kept")
    void otherKeysKept() {
      ClusterFacts withGcsKey = facts("AWS", userSecret(Map.of("REGISTRY_STORAGE_GCS_KEYFILE", "{}")));
      DesiredObject secret = object(contribute(S3.of("b").credentials(ACCESS, SECRET), withGcsKey), "Secret",
          RegistryObjects.USER_CREDENTIALS_SECRET);
      assertThat(secret.policy()).isEqualTo(WritePolicy.MERGE);
      assertThat(decodedData(secret)).containsOnlyKeys("REGISTRY_STORAGE_S3_ACCESSKEY", "REGISTRY_STORAGE_S3_SECRETKEY");
    }

    @Test
    @DisplayName("never appear in toString of the provider, the contribution, its objects or findings")
    void neverPrinted() {
      S3 s3 = S3.of("b").credentials(ACCESS, SECRET);
      StorageContribution c = contribute(s3, bareMetal);
      String everything = s3 + " " + s3.description() + " " + c + " " + c.objects() + " " + c.findings();
      assertThat(everything).doesNotContain(ACCESS, SECRET, encoded(ACCESS), encoded(SECRET));
      assertThat(s3.toString()).contains("credentials=****");
    }

    @Test
    @DisplayName("blank values are refused at once, without echoing them")
    void blankRefused() {
      assertThatThrownBy(() -> S3.of("b").credentials(ACCESS, " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining(ACCESS);
    }

    @Test
    @DisplayName("missing off AWS, with no user secret, is warned")
    void missingOffAws() {
      var f = finding(contribute(S3.of("b").region("us-east-1"), bareMetal), S3_NO_CREDENTIALS);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.remedy()).contains(".credentials(accessKey, secretKey)");
    }

    @Test
    @DisplayName("missing on AWS is fine: the cluster's minted credentials are used")
    void missingOnAws() {
      assertThat(codes(contribute(S3.of("b"), aws))).doesNotContain(S3_NO_CREDENTIALS, S3_CREDENTIALS_INCOMPLETE);
    }

    @Test
    @DisplayName("missing while the user secret holds both keys is fine")
    void userSecretComplete() {
      ClusterFacts f = facts("BareMetal", userSecret(Map.of("REGISTRY_STORAGE_S3_ACCESSKEY", ACCESS,
          "REGISTRY_STORAGE_S3_SECRETKEY", SECRET)));
      assertThat(codes(contribute(S3.of("b").region("us-east-1"), f)))
          .doesNotContain(S3_NO_CREDENTIALS, S3_CREDENTIALS_INCOMPLETE);
    }

    @Test
    @DisplayName("missing while the user secret lacks a key is an error with the operator's message")
    void userSecretIncomplete() {
      ClusterFacts f = facts("AWS", userSecret(Map.of("REGISTRY_STORAGE_GCS_KEYFILE", "{}",
          "REGISTRY_STORAGE_S3_ACCESSKEY", ACCESS)));
      var finding = finding(contribute(S3.of("b"), f), S3_CREDENTIALS_INCOMPLETE);
      assertThat(finding.isError()).isTrue();
      assertThat(finding.message()).startsWith("secret \"openshift-image-registry/image-registry-private-configuration-user\""
          + " does not contain required key \"REGISTRY_STORAGE_S3_SECRETKEY\"");
      assertThat(finding.message()).doesNotContain(ACCESS);
    }
  }

  @Nested
  @DisplayName("rules")
  class Rules {

    @ParameterizedTest(name = "{0} MiB: {1}")
    @CsvSource({"4, greater than or equal to 5", "5120000, less than or equal to 5120", "0, greater than or equal to 5"})
    @DisplayName("chunkSizeMiB outside 5..5120 is an error with the API server's wording")
    void chunkSizeOutOfRange(int size, String expected) {
      var f = finding(contribute(S3.of("b").chunkSizeMiB(size), aws), S3_CHUNK_SIZE_OUT_OF_RANGE);
      assertThat(f.isError()).isTrue();
      assertThat(f.message()).isEqualTo("Invalid value: " + size + ": spec.storage.s3.chunkSizeMiB in body should be " + expected);
      assertThat(f.path()).isEqualTo("spec.storage.s3.chunkSizeMiB");
    }

    @ParameterizedTest(name = "{0} MiB")
    @ValueSource(ints = {5, 10, 5120})
    @DisplayName("chunkSizeMiB within 5..5120 is accepted")
    void chunkSizeInRange(int size) {
      assertThat(codes(contribute(S3.of("b").chunkSizeMiB(size), aws))).doesNotContain(S3_CHUNK_SIZE_OUT_OF_RANGE);
    }

    @Test
    @DisplayName("keyID without encrypt is warned: the operator ignores it")
    void keyIdWithoutEncrypt() {
      var f = finding(contribute(S3.of("b").keyId("kms-1"), aws), S3_KEYID_WITHOUT_ENCRYPT);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.path()).isEqualTo("spec.storage.s3.keyID");
      assertThat(f.remedy()).contains(".encrypt(\"kms-1\")");
    }

    @Test
    @DisplayName("keyID with encrypt, or with encrypt already true in the spec, is fine")
    void keyIdWithEncrypt() {
      assertThat(codes(contribute(S3.of("b").encrypt("kms-1"), aws))).doesNotContain(S3_KEYID_WITHOUT_ENCRYPT);
      ClusterFacts encrypted = aws.toBuilder().registryConfig(config(new ImageRegistryConfigStorageBuilder()
          .withNewS3().withBucket("b").withEncrypt(true).endS3().build())).build();
      assertThat(codes(contribute(S3.of("b").keyId("kms-1"), encrypted))).doesNotContain(S3_KEYID_WITHOUT_ENCRYPT);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"fancy-emc-thing:9021", "s3.example.com", "ftp://s3.example.com", "https://"})
    @DisplayName("an endpoint that is not an http(s) URL with a host is an error")
    void badEndpoint(String endpoint) {
      var f = finding(contribute(S3.of("b").endpoint(endpoint).region("r"), aws), S3_ENDPOINT_INVALID);
      assertThat(f.isError()).isTrue();
      assertThat(f.message()).contains(endpoint);
    }

    @Test
    @DisplayName("an endpoint without a region is a MissingRegion error, on AWS as well")
    void endpointWithoutRegion() {
      var f = finding(contribute(S3.compatible("b", "https://minio.example.com"), aws), S3_MISSING_REGION);
      assertThat(f.isError()).isTrue();
      assertThat(f.message()).contains("MissingRegion", "invalid region provided");
      assertThat(f.remedy()).contains(".region(\"us-east-1\")");
    }

    @Test
    @DisplayName("no region off AWS is a MissingRegion error; on AWS the cluster's region is used")
    void noRegionOffAws() {
      assertThat(finding(contribute(S3.of("b"), bareMetal), S3_MISSING_REGION).isError()).isTrue();
      assertThat(codes(contribute(S3.of("b"), aws))).doesNotContain(S3_MISSING_REGION);
    }

    @Test
    @DisplayName("a region already in the spec counts, as the merge patch keeps it")
    void regionFromSpec() {
      ClusterFacts f = bareMetal.toBuilder().registryConfig(config(new ImageRegistryConfigStorageBuilder()
          .withNewS3().withBucket("b").withRegion("local").withRegionEndpoint("https://minio.example.com").endS3().build()))
          .build();
      assertThat(codes(contribute(S3.of("b"), f))).doesNotContain(S3_MISSING_REGION);
    }

    @Test
    @DisplayName("a non-AWS region without endpoint is warned: invalid region provided")
    void nonAwsRegion() {
      var f = finding(contribute(S3.of("b").region("noobaa"), aws), S3_REGION_NOT_AWS);
      assertThat(f.message()).contains("invalid region provided: noobaa");
      assertThat(codes(contribute(S3.compatible("b", "https://s3.example.com").region("noobaa"), aws)))
          .doesNotContain(S3_REGION_NOT_AWS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"us-east-1", "eu-central-2", "ap-southeast-4", "us-gov-west-1", "cn-north-1", "il-central-1"})
    @DisplayName("AWS region names are accepted without endpoint")
    void awsRegions(String region) {
      assertThat(codes(contribute(S3.of("b").region(region), aws))).doesNotContain(S3_REGION_NOT_AWS);
    }

    @Test
    @DisplayName("an HTTPS endpoint behind the cluster's ingress without a trusted CA is warned")
    void ingressEndpointNeedsCa() {
      ClusterFacts f = bareMetal.toBuilder().ingressDomain("apps.example.com").build();
      S3 s3 = S3.compatible("b", "https://s3-openshift-storage.apps.example.com").region("us-east-1");
      var finding = finding(contribute(s3, f), S3_ENDPOINT_NEEDS_TRUSTED_CA);
      assertThat(finding.remedy()).contains("TrustedCa.fromIngressCertificate()");
      assertThat(codes(contribute(s3.trustedCa(TrustedCa.configMap("ca")), f)))
          .doesNotContain(S3_ENDPOINT_NEEDS_TRUSTED_CA);
    }

    @Test
    @DisplayName("managementState Managed notes that Removed deletes the bucket")
    void managedNote() {
      StorageContribution c = contribute(S3.of("b").managementState(StorageManagementState.MANAGED), aws);
      assertThat(finding(c, S3_MANAGED_BUCKET_DELETED_ON_REMOVE).severity()).isEqualTo(Severity.INFO);
      assertThat(codes(contribute(S3.of("b"), aws))).doesNotContain(S3_MANAGED_BUCKET_DELETED_ON_REMOVE);
    }
  }

  @Test
  @DisplayName("observes the user secret, and the config maps and secrets it references")
  void observed() {
    assertThat(S3.of("b").observedObjects()).containsExactly(RegistryObjects.USER_CREDENTIALS);
    assertThat(S3.of("b").trustedCa(TrustedCa.configMap("ca")).observedObjects())
        .contains(dev.registrysdk.api.resource.ResourceKey.configMap("openshift-config", "ca"));
  }

  private static String encoded(String value) {
    return java.util.Base64.getEncoder().encodeToString(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
