package dev.registrysdk.storage.s3;

import dev.registrysdk.api.StorageManagementState;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.spi.StorageContext;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.storage.StorageFindingCodes;
import dev.registrysdk.storage.internal.CredentialRules;
import dev.registrysdk.storage.internal.InheritedManagement;
import dev.registrysdk.storage.internal.UserSecret;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorage;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageS3;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageS3Builder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.S3TrustedCASourceBuilder;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Stores images in an S3 bucket ({@code spec.storage.s3}): AWS S3, or an S3-compatible store such
 * as MinIO.
 *
 * <pre>{@code
 * S3.of("ocp-registry").region("us-east-2").credentials(accessKey, secretKey)     // AWS, user-provisioned
 * S3.compatible("ocp-registry", "https://s3.example.com").region("local")          // MinIO
 *     .credentials(accessKey, secretKey)
 *     .trustedCa(TrustedCa.fromPem(caPem))
 * }</pre>
 *
 * <p>Credentials are merged into {@code openshift-image-registry/image-registry-private-configuration-user}
 * as {@code REGISTRY_STORAGE_S3_ACCESSKEY} and {@code REGISTRY_STORAGE_S3_SECRETKEY}; other keys of
 * that secret are kept. They are redacted from {@code toString()} and masked in plans. Without
 * credentials the operator uses the user secret if it exists (it must then hold both keys), else the
 * cloud credentials minted on AWS.
 *
 * <p>Rules reported as findings, with codes in {@link StorageFindingCodes}: {@code chunkSizeMiB}
 * must be 5..5120; {@code keyID} is ignored without {@code encrypt}; an endpoint needs a scheme and
 * an explicit region ({@code MissingRegion} otherwise); without an endpoint a region must be an AWS
 * region ({@code invalid region provided} otherwise); an HTTPS endpoint behind the cluster's ingress
 * usually needs a trusted CA; missing credentials off AWS.
 *
 * <p>Immutable and thread-safe: each method returns a new instance; a dropped result is a bug.
 * Fields not set are not written, so values the operator wrote back (a generated bucket name,
 * {@code encrypt: true}) stay as they are.
 */
@Value.Immutable
public abstract class S3 implements StorageProvider {

  /** The smallest {@code chunkSizeMiB} the API accepts. */
  public static final int MIN_CHUNK_SIZE_MIB = 5;

  /** The largest {@code chunkSizeMiB} the API accepts. */
  public static final int MAX_CHUNK_SIZE_MIB = 5120;

  /** AWS region names: {@code us-east-1}, {@code eu-central-2}, {@code us-gov-west-1}, {@code cn-north-1}. */
  private static final Pattern AWS_REGION =
      Pattern.compile("^(us|eu|ap|sa|ca|me|af|il|mx|cn)(-gov|-iso|-isob|-isoe|-isof)?-[a-z]+-\\d+$");

  private static final CredentialRules CREDENTIAL_RULES = new CredentialRules(
      List.of(S3Credentials.ACCESS_KEY, S3Credentials.SECRET_KEY), Set.of("AWS"),
      StorageFindingCodes.S3_CREDENTIALS_INCOMPLETE, StorageFindingCodes.S3_NO_CREDENTIALS, "spec.storage.s3",
      "Add .credentials(accessKey, secretKey)");

  S3() {}

  /** The bucket's name. */
  @Value.Parameter
  public abstract String bucket();

  /** The bucket's region, e.g. {@code us-east-1}; any name for S3-compatibles, which need one. */
  public abstract Optional<String> region();

  /** {@code regionEndpoint}: the URL of an S3-compatible service, e.g. {@code https://s3.example.com}. */
  public abstract Optional<String> endpoint();

  /** {@code encrypt}: whether the registry stores images encrypted. */
  public abstract Optional<Boolean> encrypted();

  /** {@code keyID}: the KMS key for encryption; ignored unless {@link #encrypted()}. */
  public abstract Optional<String> keyId();

  /** {@code virtualHostedStyle}: bucket in the host name rather than the path. */
  public abstract Optional<Boolean> virtualHostedStyle();

  /** {@code chunkSizeMiB}: the multipart upload chunk size, 5..5120; the registry's default is 10. */
  public abstract Optional<Integer> chunkSizeMiB();

  /** CloudFront middleware. */
  public abstract Optional<S3CloudFront> cloudFront();

  /** The CA bundle trusted for the endpoint. */
  public abstract Optional<TrustedCa> trustedCa();

  /** {@code spec.storage.managementState}; absent lets the operator decide. */
  public abstract Optional<StorageManagementState> managementState();

  @Value.Redacted
  abstract Optional<S3Credentials> credentials();

  /** A bucket; everything else is left to the operator (on AWS: region and credentials of the cluster). */
  public static S3 of(String bucket) {
    return ImmutableS3.of(bucket);
  }

  /**
   * A bucket on an S3-compatible store such as MinIO, at {@code endpoint}, with path-style
   * addressing ({@code virtualHostedStyle: false}, written explicitly so an earlier {@code true}
   * does not survive the merge). Such stores need an explicit {@link #region(String)}: any name
   * their server accepts, e.g. {@code us-east-1}.
   */
  public static S3 compatible(String bucket, String endpoint) {
    return of(bucket).endpoint(endpoint).virtualHostedStyle(false);
  }

  /** A copy with this region. */
  public S3 region(String region) {
    return ImmutableS3.builder().from(this).region(region).build();
  }

  /** A copy with this {@code regionEndpoint}, a URL with scheme such as {@code https://s3.example.com}. */
  public S3 endpoint(String endpoint) {
    return ImmutableS3.builder().from(this).endpoint(endpoint).build();
  }

  /** A copy that stores images encrypted with the bucket's default key. */
  public S3 encrypt() {
    return encrypt(true);
  }

  /** A copy that sets {@code encrypt} explicitly; {@code false} as the ODF procedures do. */
  public S3 encrypt(boolean encrypt) {
    return ImmutableS3.builder().from(this).encrypted(encrypt).build();
  }

  /** A copy that stores images encrypted with this KMS key: {@code encrypt: true} and {@code keyID}. */
  public S3 encrypt(String kmsKeyId) {
    return ImmutableS3.builder().from(this).encrypted(true).keyId(kmsKeyId).build();
  }

  /** A copy with this {@code keyID} only; it is ignored unless encryption is on: prefer {@link #encrypt(String)}. */
  public S3 keyId(String kmsKeyId) {
    return ImmutableS3.builder().from(this).keyId(kmsKeyId).build();
  }

  /** A copy with virtual-hosted-style ({@code true}) or path-style ({@code false}) addressing. */
  public S3 virtualHostedStyle(boolean virtualHostedStyle) {
    return ImmutableS3.builder().from(this).virtualHostedStyle(virtualHostedStyle).build();
  }

  /** A copy with this multipart chunk size in MiB, 5..5120; larger chunks mean fewer requests for big layers. */
  public S3 chunkSizeMiB(int chunkSizeMiB) {
    return ImmutableS3.builder().from(this).chunkSizeMiB(chunkSizeMiB).build();
  }

  /** A copy that serves blobs through CloudFront. */
  public S3 cloudFront(S3CloudFront cloudFront) {
    return ImmutableS3.builder().from(this).cloudFront(cloudFront).build();
  }

  /** A copy that trusts this CA bundle for the endpoint. */
  public S3 trustedCa(TrustedCa trustedCa) {
    return ImmutableS3.builder().from(this).trustedCa(trustedCa).build();
  }

  /**
   * A copy with these credentials, merged into the registry's user secret. Neither value is ever
   * printed, logged or shown in a plan.
   */
  public S3 credentials(String accessKey, String secretKey) {
    return ImmutableS3.builder().from(this).credentials(S3Credentials.of(accessKey, secretKey)).build();
  }

  /**
   * A copy that sets {@code spec.storage.managementState}. With {@code Managed} the operator
   * configures the bucket (public access block, tags, encryption, lifecycle) and empties and
   * deletes it when the registry is set to {@code Removed}; with {@code Unmanaged} it does neither.
   */
  public S3 managementState(StorageManagementState managementState) {
    return ImmutableS3.builder().from(this).managementState(managementState).build();
  }

  @Override
  public String backend() {
    return "s3";
  }

  @Override
  public String description() {
    return "S3 bucket " + bucket() + endpoint().map(e -> " at " + e).orElse("") + region().map(r -> " in " + r).orElse("");
  }

  @Override
  public Set<ResourceKey> observedObjects() {
    Set<ResourceKey> keys = new HashSet<>();
    keys.add(RegistryObjects.USER_CREDENTIALS);
    if (endpoint().isPresent()) {
      // to tell whether the endpoint is behind the cluster's own ingress
      keys.add(RegistryObjects.DEFAULT_INGRESS_CONTROLLER);
    }
    trustedCa().ifPresent(ca -> keys.addAll(ca.observedObjects()));
    cloudFront().ifPresent(cf -> keys.addAll(cf.observedObjects()));
    return Set.copyOf(keys);
  }

  @Override
  public StorageContribution contribute(StorageContext context) {
    ClusterFacts facts = context.facts();
    StorageContribution.Builder out = StorageContribution.builder().storage(stanza());
    credentials().ifPresent(c -> {
      Map<String, String> values = new LinkedHashMap<>();
      values.put(S3Credentials.ACCESS_KEY, c.accessKey());
      values.put(S3Credentials.SECRET_KEY, c.secretKey());
      out.addObjects(UserSecret.merge(values, "S3 credentials"));
    });
    trustedCa().ifPresent(ca -> ca.contribute(facts, out));
    cloudFront().ifPresent(cf -> cf.contribute(facts, out));

    Optional<ImageRegistryConfigStorageS3> current =
        facts.currentStorage().map(ImageRegistryConfigStorage::getS3);
    Optional<String> region = region().or(() -> current.map(ImageRegistryConfigStorageS3::getRegion)).filter(s -> !s.isBlank());
    Optional<String> endpoint =
        endpoint().or(() -> current.map(ImageRegistryConfigStorageS3::getRegionEndpoint)).filter(s -> !s.isBlank());
    boolean encrypted = encrypted().or(() -> current.map(ImageRegistryConfigStorageS3::getEncrypt)).orElse(false);
    boolean hasTrustedCa = trustedCa().isPresent()
        || current.map(ImageRegistryConfigStorageS3::getTrustedCA).map(t -> t.getName() != null && !t.getName().isEmpty())
            .orElse(false);

    chunkSizeMiB().filter(c -> c < MIN_CHUNK_SIZE_MIB || c > MAX_CHUNK_SIZE_MIB).ifPresent(c -> out.addFindings(
        Finding.error(
            StorageFindingCodes.S3_CHUNK_SIZE_OUT_OF_RANGE,
            "spec.storage.s3.chunkSizeMiB",
            "Invalid value: " + c + ": spec.storage.s3.chunkSizeMiB in body should be "
                + (c < MIN_CHUNK_SIZE_MIB ? "greater than or equal to " + MIN_CHUNK_SIZE_MIB
                    : "less than or equal to " + MAX_CHUNK_SIZE_MIB),
            "Use .chunkSizeMiB(n) with " + MIN_CHUNK_SIZE_MIB + " <= n <= " + MAX_CHUNK_SIZE_MIB
                + ", or leave it out for the registry's default of 10")));
    if (keyId().isPresent() && !encrypted) {
      out.addFindings(
          Finding.warning(
              StorageFindingCodes.S3_KEYID_WITHOUT_ENCRYPT,
              "spec.storage.s3.keyID",
              "keyID is set but encrypt is not true: the operator ignores the KMS key and images are stored "
                  + "without it",
              "Use .encrypt(\"" + keyId().get() + "\") to encrypt with it, or drop .keyId(..)"));
    }
    endpoint().ifPresent(e -> endpointFindings(e, facts, hasTrustedCa, out));
    regionFindings(facts, region, endpoint, out);
    credentialFindings(facts, out);
    InheritedManagement.check(facts, managementState(), Optional.of(bucket()), "S3 bucket",
        s -> Optional.ofNullable(s.getS3()).map(ImageRegistryConfigStorageS3::getBucket)).ifPresent(out::addFindings);
    if (managementState().equals(Optional.of(StorageManagementState.MANAGED))) {
      out.addFindings(
          Finding.info(
              StorageFindingCodes.S3_MANAGED_BUCKET_DELETED_ON_REMOVE,
              "spec.storage.managementState",
              "With storage Managed the operator empties and deletes the bucket " + bucket()
                  + " when the registry is set to Removed",
              "Use .managementState(StorageManagementState.UNMANAGED) to keep the bucket in that case"));
    }
    return out.build();
  }

  /** The stanza: only fields that were set. */
  private ImageRegistryConfigStorage stanza() {
    ImageRegistryConfigStorageS3Builder s3 = new ImageRegistryConfigStorageS3Builder().withBucket(bucket());
    region().ifPresent(s3::withRegion);
    endpoint().ifPresent(s3::withRegionEndpoint);
    encrypted().ifPresent(s3::withEncrypt);
    keyId().ifPresent(s3::withKeyID);
    virtualHostedStyle().ifPresent(s3::withVirtualHostedStyle);
    chunkSizeMiB().ifPresent(s3::withChunkSizeMiB);
    cloudFront().ifPresent(cf -> s3.withCloudFront(cf.stanza()));
    trustedCa().ifPresent(ca -> s3.withTrustedCA(new S3TrustedCASourceBuilder().withName(ca.configMapName()).build()));
    ImageRegistryConfigStorageBuilder storage = new ImageRegistryConfigStorageBuilder().withS3(s3.build());
    managementState().ifPresent(m -> storage.withManagementState(m.wireValue()));
    return storage.build();
  }

  private static void endpointFindings(String endpoint, ClusterFacts facts, boolean hasTrustedCa,
      StorageContribution.Builder out) {
    URI uri;
    try {
      uri = new URI(endpoint);
    } catch (URISyntaxException e) {
      uri = null;
    }
    String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri == null || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      out.addFindings(
          Finding.error(
              StorageFindingCodes.S3_ENDPOINT_INVALID,
              "spec.storage.s3.regionEndpoint",
              "regionEndpoint \"" + endpoint + "\" is not a URL with scheme and host; the operator needs one such "
                  + "as https://s3.example.com",
              "Use .endpoint(\"https://" + (uri == null || uri.getScheme() == null ? endpoint : "s3.example.com")
                  + "\")"));
      return;
    }
    String host = uri.getHost();
    boolean behindIngress = facts.ingressDomain()
        .map(d -> host.toLowerCase(Locale.ROOT).endsWith("." + d.toLowerCase(Locale.ROOT)))
        .orElse(false);
    if (scheme.equals("https") && behindIngress && !hasTrustedCa) {
      out.addFindings(
          Finding.warning(
              StorageFindingCodes.S3_ENDPOINT_NEEDS_TRUSTED_CA,
              "spec.storage.s3.trustedCA",
              "The endpoint " + endpoint + " is served by the cluster's ingress, whose certificate is usually not "
                  + "publicly trusted; without a trusted CA the registry fails with \"x509: certificate signed by "
                  + "unknown authority\"",
              "Add .trustedCa(TrustedCa.fromIngressCertificate())"));
    }
  }

  private static void regionFindings(ClusterFacts facts, Optional<String> region, Optional<String> endpoint,
      StorageContribution.Builder out) {
    boolean onAws = "AWS".equals(facts.platformType());
    boolean platformKnown = !facts.platformType().isEmpty();
    if (region.isEmpty() && (endpoint.isPresent() || platformKnown && !onAws)) {
      out.addFindings(
          Finding.error(
              StorageFindingCodes.S3_MISSING_REGION,
              "spec.storage.s3.region",
              (endpoint.isPresent()
                  ? "An S3-compatible endpoint needs an explicit region"
                  : "Off AWS (platform " + facts.platformType() + ") the operator cannot take the region from the "
                      + "cluster")
                  + ": without one the operator fails with \"MissingRegion\". The name must be one the store "
                  + "accepts, or the registry starts but cannot read or write; and a non-AWS name without an endpoint "
                  + "makes it fail with \"invalid region provided\"",
              "Add .region(\"us-east-1\"), or the region your store is configured with (MinIO: its "
                  + "MINIO_REGION, often us-east-1)"));
    }
    if (region.isPresent() && endpoint.isEmpty() && !AWS_REGION.matcher(region.get()).matches()) {
      out.addFindings(
          Finding.warning(
              StorageFindingCodes.S3_REGION_NOT_AWS,
              "spec.storage.s3.region",
              "Region \"" + region.get() + "\" is not an AWS region and no endpoint is set: the registry fails with "
                  + "\"invalid region provided: " + region.get() + "\"",
              "For an S3-compatible store use S3.compatible(bucket, \"https://...\").region(\"" + region.get()
                  + "\"); on AWS use the bucket's region, e.g. .region(\"us-east-1\")"));
    }
  }

  private void credentialFindings(ClusterFacts facts, StorageContribution.Builder out) {
    if (credentials().isEmpty()) {
      CREDENTIAL_RULES.check(facts).ifPresent(out::addFindings);
    }
  }

  @Value.Check
  void check() {
    if (bucket().isBlank()) {
      throw new IllegalArgumentException("An S3 bucket needs a name: S3.of(\"my-bucket\")");
    }
  }
}
