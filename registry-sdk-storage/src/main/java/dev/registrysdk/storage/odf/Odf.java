package dev.registrysdk.storage.odf;

import dev.registrysdk.api.StorageManagementState;
import dev.registrysdk.api.error.ProvisioningException;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.progress.ProgressEvent;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.spi.ClusterAccess;
import dev.registrysdk.api.spi.DesiredObject;
import dev.registrysdk.api.spi.ProvisioningContext;
import dev.registrysdk.api.spi.ProvisioningStorageProvider;
import dev.registrysdk.api.spi.StorageContext;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.storage.StorageFindingCodes;
import dev.registrysdk.storage.s3.S3;
import dev.registrysdk.storage.s3.TrustedCa;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Stores images on OpenShift Data Foundation object storage, Ceph RGW or NooBaa, as one call: the
 * SDK claims a bucket with an ObjectBucketClaim ({@code objectbucket.io/v1alpha1}), waits until it
 * is {@code Bound}, re-keys the generated {@code AWS_ACCESS_KEY_ID} / {@code AWS_SECRET_ACCESS_KEY}
 * into the registry's user secret, trusts the cluster's ingress certificate for the S3 route
 * (config map {@code image-registry-s3-bundle}), and configures S3 exactly as the ODF procedures
 * do: {@code region: us-east-1}, {@code regionEndpoint: https://<route host>},
 * {@code virtualHostedStyle: false}, {@code encrypt: false}, storage {@code Unmanaged} (so the
 * operator never deletes the bucket), 2 replicas suggested.
 *
 * <pre>{@code
 * RegistryConfigurer.on(client).managed().storage(Odf.nooBaa()).apply();
 * RegistryConfigurer.on(client).managed().storage(Odf.cephRgw().claimName("rgwbucket")).apply();
 * }</pre>
 *
 * <p>{@code plan()} shows the claim to create and the S3 stanza with the bucket name and keys to be
 * resolved while applying. {@code apply()} creates the claim (recorded, and deleted again if a
 * later write fails), waits for it (at most {@link #timeout()}; a {@code Lost} or {@code Failed}
 * claim stops the apply with a {@link ProvisioningException}), then writes the rest. If the claim
 * exists and is bound already, the contribution is complete at once and a repeated apply writes
 * nothing.
 *
 * <p>Immutable and thread-safe: each method returns a new instance.
 */
@Value.Immutable
public abstract class Odf implements ProvisioningStorageProvider {

  /** The namespace of ODF, its routes and, by default, the claim. */
  public static final String ODF_NAMESPACE = "openshift-storage";

  /** The storage class of Ceph RGW buckets. */
  public static final String CEPH_RGW_STORAGE_CLASS = "ocs-storagecluster-ceph-rgw";

  /** The route of the Ceph RGW object store. */
  public static final String CEPH_RGW_ROUTE = "ocs-storagecluster-cephobjectstore";

  /** The storage class of NooBaa (Multicloud Object Gateway) buckets. */
  public static final String NOOBAA_STORAGE_CLASS = "openshift-storage.noobaa.io";

  /** The route of NooBaa's S3 endpoint. */
  public static final String NOOBAA_ROUTE = "s3";

  /** The claim's name unless changed. */
  public static final String DEFAULT_CLAIM = "image-registry-bucket";

  /** The region the ODF procedures set; ODF accepts it and the registry's S3 driver needs one. */
  public static final String REGION = "us-east-1";

  private static final Pattern NAME = Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");

  /** Which object store. */
  enum Store {
    CEPH_RGW("Ceph RGW", CEPH_RGW_STORAGE_CLASS, CEPH_RGW_ROUTE),
    NOOBAA("NooBaa", NOOBAA_STORAGE_CLASS, NOOBAA_ROUTE);

    final String title;
    final String storageClass;
    final String route;

    Store(String title, String storageClass, String route) {
      this.title = title;
      this.storageClass = storageClass;
      this.route = route;
    }
  }

  Odf() {}

  abstract Store store();

  /** The ObjectBucketClaim's name; also the name of the secret and config map ODF generates. */
  @Value.Default
  public String claimName() {
    return DEFAULT_CLAIM;
  }

  /** The claim's namespace: {@code openshift-storage} unless changed. */
  @Value.Default
  public String namespace() {
    return ODF_NAMESPACE;
  }

  /** The prefix of the generated bucket name: the claim's name unless changed. */
  @Value.Default
  public String generateBucketName() {
    return claimName();
  }

  /** The storage class of the claim. */
  public String storageClass() {
    return store().storageClass;
  }

  /** The route in {@code openshift-storage} whose host is the S3 endpoint. */
  public String routeName() {
    return store().route;
  }

  /** An S3 endpoint to use instead of the route's host, e.g. the in-cluster service. */
  public abstract Optional<String> endpoint();

  /** The CA bundle trusted for the endpoint: the cluster's ingress certificate unless changed. */
  @Value.Default
  public TrustedCa trustedCa() {
    return TrustedCa.fromIngressCertificate();
  }

  /** How long to wait for the claim to be bound; at most the apply's own timeout. */
  @Value.Default
  public Duration timeout() {
    return Duration.ofMinutes(5);
  }

  /** A bucket on ODF's Ceph RGW object store (storage class {@value #CEPH_RGW_STORAGE_CLASS}). */
  public static Odf cephRgw() {
    return ImmutableOdf.builder().store(Store.CEPH_RGW).build();
  }

  /** A bucket on ODF's NooBaa Multicloud Object Gateway (storage class {@value #NOOBAA_STORAGE_CLASS}). */
  public static Odf nooBaa() {
    return ImmutableOdf.builder().store(Store.NOOBAA).build();
  }

  /** A copy whose claim (and generated bucket prefix, unless set) has this name. */
  public Odf claimName(String name) {
    ImmutableOdf.Builder b = ImmutableOdf.builder().from(this).claimName(name);
    if (generateBucketName().equals(claimName())) {
      b.generateBucketName(name);
    }
    return b.build();
  }

  /** A copy whose claim lives in this namespace, e.g. {@code openshift-image-registry}. */
  public Odf namespace(String namespace) {
    return ImmutableOdf.builder().from(this).namespace(namespace).build();
  }

  /** A copy whose generated bucket name starts with this prefix. */
  public Odf generateBucketName(String prefix) {
    return ImmutableOdf.builder().from(this).generateBucketName(prefix).build();
  }

  /** A copy that uses this S3 endpoint instead of the route's host. */
  public Odf endpoint(String endpoint) {
    return ImmutableOdf.builder().from(this).endpoint(endpoint).build();
  }

  /** A copy that trusts this CA bundle for the endpoint. */
  public Odf trustedCa(TrustedCa trustedCa) {
    return ImmutableOdf.builder().from(this).trustedCa(trustedCa).build();
  }

  /** A copy that waits at most this long for the claim to be bound. */
  public Odf timeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("A timeout must be positive, got " + timeout);
    }
    return ImmutableOdf.builder().from(this).timeout(timeout).build();
  }

  @Override
  public String backend() {
    return "s3";
  }

  @Override
  public String description() {
    return "ODF " + store().title + " bucket of ObjectBucketClaim " + namespace() + "/" + claimName();
  }

  @Override
  public Set<ResourceKey> observedObjects() {
    return Set.of(
        claimKey(),
        ResourceKey.secret(namespace(), claimName()),
        ResourceKey.configMap(namespace(), claimName()),
        routeKey(),
        RegistryObjects.USER_CREDENTIALS,
        ResourceKey.configMap(RegistryObjects.CONFIG_NAMESPACE, trustedCa().configMapName()));
  }

  @Override
  public StorageContribution contribute(StorageContext context) {
    ClusterFacts facts = context.facts();
    List<Finding> findings = new ArrayList<>();
    if (facts.storageClass(storageClass()).isEmpty()) {
      findings.add(
          Finding.error(
              StorageFindingCodes.ODF_STORAGE_CLASS_NOT_FOUND,
              "spec.storage.s3",
              "Storage class " + storageClass() + " does not exist: OpenShift Data Foundation is not installed, or "
                  + "does not offer " + store().title + " object storage on this cluster",
              store() == Store.CEPH_RGW
                  ? "Install ODF with Ceph RGW, or use Odf.nooBaa()"
                  : "Install ODF with the Multicloud Object Gateway, or use Odf.cephRgw()"));
    }
    Optional<HasMetadata> claim = facts.object(claimKey());
    claim.ifPresent(c -> findings.addAll(claimFindings(c)));
    Optional<String> endpoint = endpoint().or(() -> facts.object(routeKey()).flatMap(BucketClaims::host).map(h -> "https://" + h));
    if (endpoint.isEmpty()) {
      findings.add(
          Finding.error(
              StorageFindingCodes.ODF_ROUTE_NOT_FOUND,
              "spec.storage.s3.regionEndpoint",
              "The route " + ODF_NAMESPACE + "/" + routeName() + " of the " + store().title
                  + " S3 endpoint was not found, so the registry's endpoint is unknown",
              "Expose the endpoint with a route of that name, or name the endpoint: .endpoint(\"https://...\")"));
    }

    Optional<Resolved> resolved = resolve(facts::object, endpoint);
    if (resolved.isPresent()) {
      return finish(resolved.get().s3(this), context, findings, List.of(), List.of());
    }
    String pending = "<resolved at apply>";
    S3 s3 = settings(S3.of(pending), endpoint).credentials(pending, pending);
    findings.add(
        Finding.info(
            StorageFindingCodes.ODF_BUCKET_RESOLVED_AT_APPLY,
            "spec.storage.s3.bucket",
            "The ObjectBucketClaim " + namespace() + "/" + claimName() + " is created if missing and awaited until "
                + "Bound (at most " + timeout() + "); the bucket name and keys are known only then",
            "None needed; plan() shows them as resolved at apply"));
    List<String> pendingValues = List.of(
        "spec.storage.s3.bucket: spec.bucketName of ObjectBucketClaim " + namespace() + "/" + claimName()
            + " once Bound",
        "Secret " + RegistryObjects.NAMESPACE + "/" + RegistryObjects.USER_CREDENTIALS_SECRET
            + ": REGISTRY_STORAGE_S3_ACCESSKEY and REGISTRY_STORAGE_S3_SECRETKEY from AWS_ACCESS_KEY_ID and "
            + "AWS_SECRET_ACCESS_KEY of Secret " + namespace() + "/" + claimName());
    List<DesiredObject> claimObject = claim.isPresent()
        ? List.of()
        : List.of(DesiredObject.createIfAbsent(claimObject(), "claim a " + store().title + " bucket for the registry"));
    return finish(s3, context, findings, claimObject, pendingValues);
  }

  @Override
  public StorageContribution provision(ProvisioningContext context) {
    ClusterAccess access = context.access();
    Optional<GenericKubernetesResource> existing = access.get(claimKey());
    if (existing.isPresent()) {
      List<Finding> problems = claimFindings(existing.get());
      if (!problems.isEmpty()) {
        throw new ProvisioningException(problems.get(0).message() + ". " + problems.get(0).remedy());
      }
    } else {
      access.create(claimObject());
    }
    String awaited = "ObjectBucketClaim " + namespace() + "/" + claimName() + " to be Bound";
    context.listener().onEvent(new ProgressEvent.Provisioning("Waiting for " + awaited));
    Duration limit = timeout().compareTo(context.timeout()) < 0 ? timeout() : context.timeout();
    access.await(claimKey(), this::bound, limit, awaited);

    Optional<String> endpoint = endpoint().or(() -> access.get(routeKey()).flatMap(BucketClaims::host).map(h -> "https://" + h));
    if (endpoint.isEmpty()) {
      throw new ProvisioningException("The route " + ODF_NAMESPACE + "/" + routeName() + " of the " + store().title
          + " S3 endpoint was not found. Name the endpoint: .endpoint(\"https://...\")");
    }
    Function<ResourceKey, Optional<? extends HasMetadata>> lookup = access::get;
    Resolved resolved = resolve(lookup, endpoint).orElseThrow(() -> new ProvisioningException(
        "The ObjectBucketClaim " + namespace() + "/" + claimName() + " is Bound, but its bucket name or the keys "
            + BucketClaims.ACCESS_KEY_ID + " and " + BucketClaims.SECRET_ACCESS_KEY + " of Secret " + namespace() + "/"
            + claimName() + " are missing. Check the bucket provisioner's logs in " + ODF_NAMESPACE + "."));
    StorageContext storageContext = context.storageContext();
    return finish(resolved.s3(this), storageContext, List.of(), List.of(), List.of());
  }

  private boolean bound(GenericKubernetesResource claim) {
    String phase = BucketClaims.phase(claim).orElse("");
    if (phase.equals("Lost") || phase.equals("Failed")) {
      throw new ProvisioningException(failedMessage(phase) + ". " + failedRemedy());
    }
    return phase.equals("Bound");
  }

  private List<Finding> claimFindings(HasMetadata claim) {
    List<Finding> out = new ArrayList<>();
    Optional<String> sc = BucketClaims.storageClass(claim);
    if (sc.isPresent() && !sc.get().equals(storageClass())) {
      out.add(
          Finding.error(
              StorageFindingCodes.ODF_CLAIM_CONFLICT,
              "spec.storage.s3.bucket",
              "The ObjectBucketClaim " + namespace() + "/" + claimName() + " exists with storage class " + sc.get()
                  + ", not " + storageClass(),
              "Choose another name: .claimName(\"...\")"));
    }
    String phase = BucketClaims.phase(claim).orElse("");
    if (phase.equals("Lost") || phase.equals("Failed")) {
      out.add(Finding.error(StorageFindingCodes.ODF_CLAIM_FAILED, "spec.storage.s3.bucket", failedMessage(phase),
          failedRemedy()));
    }
    return out;
  }

  private String failedMessage(String phase) {
    return "The ObjectBucketClaim " + namespace() + "/" + claimName() + " is " + phase
        + ": no bucket will be provisioned for it";
  }

  private String failedRemedy() {
    return "Check the " + store().title + " provisioner in " + ODF_NAMESPACE + " (e.g. the default backing store), "
        + "delete the claim and apply again, or choose another name: .claimName(\"...\")";
  }

  /** Name, keys and endpoint, once the claim is bound and its secret exists. */
  private record Resolved(String bucket, String accessKey, String secretKey, String endpoint) {
    S3 s3(Odf odf) {
      return odf.settings(S3.of(bucket), Optional.of(endpoint)).credentials(accessKey, secretKey);
    }

    @Override
    public String toString() {
      return "Resolved{bucket=" + bucket + ", endpoint=" + endpoint + "}";
    }
  }

  private Optional<Resolved> resolve(Function<ResourceKey, ? extends Optional<? extends HasMetadata>> lookup,
      Optional<String> endpoint) {
    Optional<? extends HasMetadata> claim = lookup.apply(claimKey());
    if (claim.isEmpty() || !BucketClaims.phase(claim.get()).orElse("").equals("Bound") || endpoint.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> bucket = BucketClaims.bucketName(claim.get(), lookup.apply(ResourceKey.configMap(namespace(), claimName())));
    Optional<? extends HasMetadata> secret = lookup.apply(ResourceKey.secret(namespace(), claimName()));
    Optional<String> accessKey = secret.flatMap(s -> BucketClaims.secretValue(s, BucketClaims.ACCESS_KEY_ID));
    Optional<String> secretKey = secret.flatMap(s -> BucketClaims.secretValue(s, BucketClaims.SECRET_ACCESS_KEY));
    if (bucket.isEmpty() || accessKey.isEmpty() || secretKey.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Resolved(bucket.get(), accessKey.get(), secretKey.get(), endpoint.get()));
  }

  /** The settings of the ODF procedures on an S3 value. */
  private S3 settings(S3 s3, Optional<String> endpoint) {
    S3 out = s3.region(REGION).virtualHostedStyle(false).encrypt(false).trustedCa(trustedCa())
        .managementState(StorageManagementState.UNMANAGED);
    return endpoint.map(out::endpoint).orElse(out);
  }

  private static StorageContribution finish(S3 s3, StorageContext context, List<Finding> findings,
      List<DesiredObject> before, List<String> pending) {
    StorageContribution c = s3.contribute(context);
    List<DesiredObject> objects = new ArrayList<>(before);
    objects.addAll(c.objects());
    return StorageContribution.builder()
        .from(c)
        .objects(objects)
        .findings(findings)
        .addAllFindings(c.findings())
        .suggestedReplicas(2)
        .resolvedAtApply(pending)
        .build();
  }

  private GenericKubernetesResource claimObject() {
    return BucketClaims.claim(namespace(), claimName(), storageClass(), generateBucketName());
  }

  private ResourceKey claimKey() {
    return ResourceKey.namespaced(BucketClaims.API_VERSION, BucketClaims.KIND, namespace(), claimName());
  }

  private ResourceKey routeKey() {
    return ResourceKey.route(ODF_NAMESPACE, routeName());
  }

  @Value.Check
  void check() {
    for (String name : List.of(claimName(), namespace(), generateBucketName())) {
      if (name.length() > 63 || !NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "Claim names, namespaces and bucket prefixes are lower case DNS names, got \"" + name + "\"");
      }
    }
  }
}
