package dev.registrysdk.storage.s3;

import org.immutables.value.Value;

/** An S3 access key pair; both values are redacted from {@code toString()}. */
@Value.Immutable
abstract class S3Credentials {

  /** The key the operator reads the access key from. */
  static final String ACCESS_KEY = "REGISTRY_STORAGE_S3_ACCESSKEY";

  /** The key the operator reads the secret key from. */
  static final String SECRET_KEY = "REGISTRY_STORAGE_S3_SECRETKEY";

  @Value.Parameter
  @Value.Redacted
  abstract String accessKey();

  @Value.Parameter
  @Value.Redacted
  abstract String secretKey();

  static S3Credentials of(String accessKey, String secretKey) {
    return ImmutableS3Credentials.of(accessKey, secretKey);
  }

  @Value.Check
  void check() {
    if (accessKey().isBlank() || secretKey().isBlank()) {
      throw new IllegalArgumentException(
          "S3 credentials need a non-blank access key and secret key: .credentials(accessKey, secretKey)");
    }
  }
}
