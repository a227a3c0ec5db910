package dev.registrysdk.storage.s3;

import dev.registrysdk.api.GoDuration;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.spi.DesiredObject;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.storage.StorageFindingCodes;
import dev.registrysdk.storage.internal.UserSecret;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.SecretKeySelectorBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageS3CloudFront;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageS3CloudFrontBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Amazon CloudFront in front of the registry's S3 bucket ({@code spec.storage.s3.cloudFront}): the
 * registry redirects blob downloads to signed CloudFront URLs.
 *
 * <pre>{@code
 * S3CloudFront.of("https://d111111abcdef8.cloudfront.net", "K2JCJMDEHXQW5F", "cloudfront-key", "private.pem")
 *     .duration(Duration.ofMinutes(30))
 *     .privateKeyPem(pem)      // optional: the SDK writes the key into that secret
 * }</pre>
 *
 * <p>The private key lives in a secret in {@code openshift-image-registry}. Without
 * {@link #privateKeyPem(String)} the secret must exist already with that key; with it, the SDK
 * merges the key into the secret, marked sensitive. The operator's default duration is 20 minutes.
 * Immutable; the private key is redacted from {@code toString()}.
 */
@Value.Immutable
public abstract class S3CloudFront {

  S3CloudFront() {}

  /** The CloudFront distribution's base URL, e.g. {@code https://d111111abcdef8.cloudfront.net}. */
  @Value.Parameter
  public abstract String baseUrl();

  /** The ID of the CloudFront key pair that signs URLs. */
  @Value.Parameter
  public abstract String keypairId();

  /** The secret in {@code openshift-image-registry} that holds the private key. */
  @Value.Parameter
  public abstract String privateKeySecret();

  /** The key of that secret that holds the private key. */
  @Value.Parameter
  public abstract String privateKeyKey();

  /** How long signed URLs are valid; the operator's default (20 minutes) when absent. */
  public abstract Optional<Duration> duration();

  @Value.Redacted
  abstract Optional<String> privateKeyPem();

  /** CloudFront with a private key that is already in {@code secret} under {@code key}. */
  public static S3CloudFront of(String baseUrl, String keypairId, String secret, String key) {
    return ImmutableS3CloudFront.of(baseUrl, keypairId, secret, key);
  }

  /** A copy whose signed URLs are valid for {@code duration}. */
  public S3CloudFront duration(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("A CloudFront duration must be positive, got " + duration);
    }
    return ImmutableS3CloudFront.builder().from(this).duration(duration).build();
  }

  /** A copy that has the SDK write {@code pem}, the key pair's private key, into the secret. */
  public S3CloudFront privateKeyPem(String pem) {
    if (pem.isBlank()) {
      throw new IllegalArgumentException("The CloudFront private key must not be blank");
    }
    return ImmutableS3CloudFront.builder().from(this).privateKeyPem(pem).build();
  }

  /** The stanza. */
  ImageRegistryConfigStorageS3CloudFront stanza() {
    ImageRegistryConfigStorageS3CloudFrontBuilder b =
        new ImageRegistryConfigStorageS3CloudFrontBuilder()
            .withBaseURL(baseUrl())
            .withKeypairID(keypairId())
            .withPrivateKey(new SecretKeySelectorBuilder().withName(privateKeySecret()).withKey(privateKeyKey()).build());
    duration().ifPresent(d -> b.withDuration(GoDuration.format(d)));
    return b.build();
  }

  /** The private key's secret: checked when it must exist, merged into when the key is given. */
  Set<ResourceKey> observedObjects() {
    // Also when the SDK writes the key into the secret: the engine plans only objects it has observed.
    return Set.of(ResourceKey.secret(RegistryObjects.NAMESPACE, privateKeySecret()));
  }

  void contribute(ClusterFacts facts, StorageContribution.Builder out) {
    URI uri = parse(baseUrl());
    if (uri == null || !"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
      out.addFindings(
          Finding.error(
              StorageFindingCodes.S3_CLOUDFRONT_BASE_URL_INVALID,
              "spec.storage.s3.cloudFront.baseURL",
              "The CloudFront base URL \"" + baseUrl() + "\" is not a URL with scheme and host",
              "Use the distribution's URL, e.g. S3CloudFront.of(\"https://d111111abcdef8.cloudfront.net\", ..)"));
    }
    if (privateKeyPem().isPresent()) {
      Secret secret =
          new SecretBuilder()
              .withNewMetadata()
              .withNamespace(RegistryObjects.NAMESPACE)
              .withName(privateKeySecret())
              .endMetadata()
              .withType("Opaque")
              .withData(Map.of(privateKeyKey(), UserSecret.base64(privateKeyPem().get())))
              .build();
      out.addObjects(DesiredObject.merge(secret, "CloudFront private key").asSensitive());
      return;
    }
    Optional<Secret> secret = facts.secret(RegistryObjects.NAMESPACE, privateKeySecret());
    if (secret.isEmpty() || !UserSecret.has(secret.get(), privateKeyKey())) {
      out.addFindings(
          Finding.error(
              StorageFindingCodes.S3_CLOUDFRONT_KEY_NOT_FOUND,
              "spec.storage.s3.cloudFront.privateKey",
              "The CloudFront private key is not in secret " + RegistryObjects.NAMESPACE + "/" + privateKeySecret()
                  + (secret.isEmpty() ? ": the secret does not exist" : ": it has no key " + privateKeyKey())
                  + "; the registry pod cannot start without it",
              "Let the SDK write it: S3CloudFront.of(..).privateKeyPem(pem)"));
    }
  }

  private static URI parse(String url) {
    try {
      return new URI(url);
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  @Value.Check
  void check() {
    if (baseUrl().isBlank() || keypairId().isBlank() || privateKeySecret().isBlank() || privateKeyKey().isBlank()) {
      throw new IllegalArgumentException(
          "CloudFront needs a base URL, a key pair ID and the secret and key of the private key: "
              + "S3CloudFront.of(baseUrl, keypairId, secret, key)");
    }
  }
}
