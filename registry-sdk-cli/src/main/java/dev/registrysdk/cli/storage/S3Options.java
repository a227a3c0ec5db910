package dev.registrysdk.cli.storage;

import dev.registrysdk.cli.UsageException;
import dev.registrysdk.cli.desired.Converters;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.cli.secret.SecretSource;
import dev.registrysdk.storage.s3.S3;
import dev.registrysdk.storage.s3.S3CloudFront;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options of {@code --storage s3}: AWS S3, MinIO and other S3-compatible stores. */
public final class S3Options {

  @Option(names = "--s3-bucket", paramLabel = "NAME", description = "The bucket (required).")
  String bucket;

  @Option(names = "--s3-region", paramLabel = "REGION",
      description = "The region; required off AWS and with an endpoint (MinIO: any name, e.g. local).")
  String region;

  @Option(names = "--s3-endpoint", paramLabel = "URL",
      description = "An S3-compatible endpoint, e.g. https://s3.example.com; implies path-style addressing.")
  String endpoint;

  @Option(names = "--s3-encrypt", negatable = true, description = "Encrypt images in the bucket.")
  Boolean encrypt;

  @Option(names = "--s3-key-id", paramLabel = "ID", description = "KMS key for --s3-encrypt.")
  String keyId;

  @Option(names = "--s3-virtual-hosted-style", negatable = true, description = "Virtual-hosted-style bucket addressing.")
  Boolean virtualHostedStyle;

  @Option(names = "--s3-chunk-size-mib", paramLabel = "MIB", description = "Multipart chunk size, 5..5120.")
  Integer chunkSizeMiB;

  @Option(names = "--s3-access-key", paramLabel = "SOURCE", converter = SecretSource.Converter.class,
      description = "Access key: env:VARIABLE or file:PATH, never the value.")
  SecretSource accessKey;

  @Option(names = "--s3-secret-key", paramLabel = "SOURCE", converter = SecretSource.Converter.class,
      description = "Secret key: env:VARIABLE or file:PATH, never the value.")
  SecretSource secretKey;

  @Option(names = "--s3-cloudfront-base-url", paramLabel = "URL", description = "CloudFront distribution URL.")
  String cloudFrontBaseUrl;

  @Option(names = "--s3-cloudfront-keypair-id", paramLabel = "ID", description = "CloudFront key pair ID.")
  String cloudFrontKeypairId;

  @Option(names = "--s3-cloudfront-secret", paramLabel = "NAME=KEY",
      description = "Secret (openshift-image-registry) and key holding the CloudFront private key.")
  String cloudFrontSecret;

  @Option(names = "--s3-cloudfront-private-key", paramLabel = "SOURCE", converter = SecretSource.Converter.class,
      description = "Write this private key (env:VARIABLE or file:PATH) into --s3-cloudfront-secret.")
  SecretSource cloudFrontPrivateKey;

  @Option(names = "--s3-cloudfront-duration", paramLabel = "DURATION", converter = Converters.GoDurations.class,
      description = "How long signed URLs are valid. Default: 20m.")
  Duration cloudFrontDuration;

  S3 provider(SecretReader secrets) {
    if (bucket == null) {
      throw new UsageException("--storage s3 needs --s3-bucket");
    }
    S3 s3 = endpoint != null ? S3.compatible(bucket, endpoint) : S3.of(bucket);
    if (region != null) {
      s3 = s3.region(region);
    }
    if (encrypt != null) {
      s3 = s3.encrypt(encrypt);
    }
    if (keyId != null) {
      s3 = s3.keyId(keyId);
    }
    if (virtualHostedStyle != null) {
      s3 = s3.virtualHostedStyle(virtualHostedStyle);
    }
    if (chunkSizeMiB != null) {
      s3 = s3.chunkSizeMiB(chunkSizeMiB);
    }
    if ((accessKey == null) != (secretKey == null)) {
      throw new UsageException("give both --s3-access-key and --s3-secret-key, or neither");
    }
    if (accessKey != null) {
      s3 = s3.credentials(secrets.read(accessKey, "--s3-access-key"), secrets.read(secretKey, "--s3-secret-key"));
    }
    if (cloudFrontBaseUrl != null || cloudFrontKeypairId != null || cloudFrontSecret != null
        || cloudFrontPrivateKey != null || cloudFrontDuration != null) {
      s3 = s3.cloudFront(cloudFront(secrets));
    }
    return s3;
  }

  private S3CloudFront cloudFront(SecretReader secrets) {
    if (cloudFrontBaseUrl == null || cloudFrontKeypairId == null || cloudFrontSecret == null
        || !cloudFrontSecret.contains("=")) {
      throw new UsageException("CloudFront needs --s3-cloudfront-base-url, --s3-cloudfront-keypair-id and"
          + " --s3-cloudfront-secret NAME=KEY");
    }
    int eq = cloudFrontSecret.indexOf('=');
    S3CloudFront cloudFront = S3CloudFront.of(cloudFrontBaseUrl, cloudFrontKeypairId,
        cloudFrontSecret.substring(0, eq), cloudFrontSecret.substring(eq + 1));
    if (cloudFrontDuration != null) {
      cloudFront = cloudFront.duration(cloudFrontDuration);
    }
    if (cloudFrontPrivateKey != null) {
      cloudFront = cloudFront.privateKeyPem(secrets.read(cloudFrontPrivateKey, "--s3-cloudfront-private-key"));
    }
    return cloudFront;
  }
}
