package dev.registrysdk.storage.ibmcos;

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
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageIBMCOS;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageIBMCOSBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Stores images in an IBM Cloud Object Storage bucket ({@code spec.storage.ibmcos}).
 *
 * <pre>{@code
 * IbmCos.of("ocp-registry").location("us-south").resourceGroupName("ocp")
 *     .serviceInstanceCrn("crn:v1:bluemix:public:cloud-object-storage:global:a/1234:5678::")
 *     .apiKey(apiKey)
 * }</pre>
 *
 * <p>An API key goes into the registry's user secret as {@code REGISTRY_STORAGE_IBMCOS_IAMAPIKEY}
 * (merged; sensitive, never printed); without one the operator uses the user secret if it exists,
 * else the credentials minted on IBM Cloud and PowerVS. The CRNs must match the CRD's patterns.
 *
 * <p>Immutable and thread-safe: each method returns a new instance.
 */
@Value.Immutable
public abstract class IbmCos implements StorageProvider {

  /** The key the operator reads the API key from. */
  public static final String API_KEY = "REGISTRY_STORAGE_IBMCOS_IAMAPIKEY";

  /** The CRD's pattern of {@code resourceKeyCRN}. */
  public static final Pattern RESOURCE_KEY_CRN =
      Pattern.compile("^crn:.+:.+:.+:cloud-object-storage:.+:.+:.+:resource-key:.+$");

  /** The CRD's pattern of {@code serviceInstanceCRN}. */
  public static final Pattern SERVICE_INSTANCE_CRN = Pattern.compile("^crn:.+:.+:.+:cloud-object-storage:.+:.+:.+::$");

  private static final Set<String> IBM_PLATFORMS = Set.of("IBMCloud", "PowerVS");

  private static final CredentialRules CREDENTIAL_RULES = new CredentialRules(
      List.of(API_KEY), IBM_PLATFORMS, StorageFindingCodes.IBMCOS_CREDENTIALS_INCOMPLETE,
      StorageFindingCodes.IBMCOS_NO_CREDENTIALS, "spec.storage.ibmcos", "Add .apiKey(iamApiKey)");

  IbmCos() {}

  /** The bucket's name. */
  @Value.Parameter
  public abstract String bucket();

  /** The bucket's location, e.g. {@code us-south}. */
  public abstract Optional<String> location();

  /** The resource group of the service instance. */
  public abstract Optional<String> resourceGroupName();

  /** {@code resourceKeyCRN}: the CRN of the service credentials. */
  public abstract Optional<String> resourceKeyCrn();

  /** {@code serviceInstanceCRN}: the CRN of the Cloud Object Storage instance. */
  public abstract Optional<String> serviceInstanceCrn();

  /** {@code spec.storage.managementState}; absent lets the operator decide. */
  public abstract Optional<StorageManagementState> managementState();

  @Value.Redacted
  abstract Optional<String> apiKey();

  /** A bucket. */
  public static IbmCos of(String bucket) {
    return ImmutableIbmCos.of(bucket);
  }

  /** A copy with this location. */
  public IbmCos location(String location) {
    return ImmutableIbmCos.builder().from(this).location(location).build();
  }

  /** A copy with this resource group. */
  public IbmCos resourceGroupName(String resourceGroupName) {
    return ImmutableIbmCos.builder().from(this).resourceGroupName(resourceGroupName).build();
  }

  /** A copy with this resource key CRN. */
  public IbmCos resourceKeyCrn(String crn) {
    return ImmutableIbmCos.builder().from(this).resourceKeyCrn(crn).build();
  }

  /** A copy with this service instance CRN. */
  public IbmCos serviceInstanceCrn(String crn) {
    return ImmutableIbmCos.builder().from(this).serviceInstanceCrn(crn).build();
  }

  /** A copy with this IAM API key, merged into the user secret; never printed. */
  public IbmCos apiKey(String apiKey) {
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException("An IBM Cloud API key must not be blank");
    }
    return ImmutableIbmCos.builder().from(this).apiKey(apiKey).build();
  }

  /** A copy that sets {@code spec.storage.managementState}. */
  public IbmCos managementState(StorageManagementState managementState) {
    return ImmutableIbmCos.builder().from(this).managementState(managementState).build();
  }

  @Override
  public String backend() {
    return "ibmcos";
  }

  @Override
  public String description() {
    return "IBM COS bucket " + bucket() + location().map(l -> " in " + l).orElse("");
  }

  @Override
  public Set<ResourceKey> observedObjects() {
    return Set.of(RegistryObjects.USER_CREDENTIALS);
  }

  @Override
  public StorageContribution contribute(StorageContext context) {
    ClusterFacts facts = context.facts();
    ImageRegistryConfigStorageIBMCOSBuilder cos = new ImageRegistryConfigStorageIBMCOSBuilder().withBucket(bucket());
    location().ifPresent(cos::withLocation);
    resourceGroupName().ifPresent(cos::withResourceGroupName);
    resourceKeyCrn().ifPresent(cos::withResourceKeyCRN);
    serviceInstanceCrn().ifPresent(cos::withServiceInstanceCRN);
    ImageRegistryConfigStorageBuilder storage = new ImageRegistryConfigStorageBuilder().withIbmcos(cos.build());
    managementState().ifPresent(m -> storage.withManagementState(m.wireValue()));
    StorageContribution.Builder out = StorageContribution.builder().storage(storage.build());

    resourceKeyCrn().filter(c -> !RESOURCE_KEY_CRN.matcher(c).matches()).ifPresent(c -> out.addFindings(
        crnFinding(StorageFindingCodes.IBMCOS_RESOURCE_KEY_CRN_INVALID, "resourceKeyCRN", c, RESOURCE_KEY_CRN,
            "crn:v1:bluemix:public:cloud-object-storage:global:a/<account>:<instance>:resource-key:<key>")));
    serviceInstanceCrn().filter(c -> !SERVICE_INSTANCE_CRN.matcher(c).matches()).ifPresent(c -> out.addFindings(
        crnFinding(StorageFindingCodes.IBMCOS_SERVICE_INSTANCE_CRN_INVALID, "serviceInstanceCRN", c,
            SERVICE_INSTANCE_CRN, "crn:v1:bluemix:public:cloud-object-storage:global:a/<account>:<instance>::")));
    boolean hasLocation = location().or(() -> facts.currentStorage().map(ImageRegistryConfigStorage::getIbmcos)
        .map(ImageRegistryConfigStorageIBMCOS::getLocation)).filter(l -> !l.isBlank()).isPresent();
    if (!hasLocation && !facts.platformType().isEmpty() && !IBM_PLATFORMS.contains(facts.platformType())) {
      out.addFindings(
          Finding.error(
              StorageFindingCodes.IBMCOS_MISSING_LOCATION,
              "spec.storage.ibmcos.location",
              "No location: off IBM Cloud (platform " + facts.platformType() + ") the operator cannot derive the "
                  + "endpoint s3.<location>.cloud-object-storage.appdomain.cloud",
              "Add .location(\"us-south\"), the bucket's region"));
    }
    if (apiKey().isPresent()) {
      out.addObjects(UserSecret.merge(Map.of(API_KEY, apiKey().get()), "IBM Cloud API key"));
    } else {
      CREDENTIAL_RULES.check(facts).ifPresent(out::addFindings);
    }
    InheritedManagement.check(facts, managementState(), Optional.of(bucket()), "IBM COS bucket",
        s -> Optional.ofNullable(s.getIbmcos()).map(ImageRegistryConfigStorageIBMCOS::getBucket))
        .ifPresent(out::addFindings);
    return out.build();
  }

  private static Finding crnFinding(String code, String field, String value, Pattern pattern, String example) {
    String path = "spec.storage.ibmcos." + field;
    return Finding.error(
        code,
        path,
        path + " in body should match '" + pattern.pattern() + "' (got \"" + value + "\")",
        "Copy the CRN from the IBM Cloud console; it looks like " + example);
  }

  @Value.Check
  void check() {
    if (bucket().isBlank()) {
      throw new IllegalArgumentException("An IBM COS bucket needs a name: IbmCos.of(\"my-bucket\")");
    }
  }
}
