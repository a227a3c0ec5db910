package dev.registrysdk.storage.gcs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.registrysdk.api.StorageManagementState;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.spi.StorageContext;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.storage.StorageFindingCodes;
import dev.registrysdk.storage.internal.CredentialRules;
import dev.registrysdk.storage.internal.InheritedManagement;
import dev.registrysdk.storage.internal.Trees;
import dev.registrysdk.storage.internal.UserSecret;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageGCS;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageGCSBuilder;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Stores images in a Google Cloud Storage bucket ({@code spec.storage.gcs}).
 *
 * <pre>{@code
 * Gcs.of("ocp-registry").region("us-central1").projectId("my-project")
 *     .keyFile(Files.readString(Path.of("service-account.json")))
 * }</pre>
 *
 * <p>The key file's content goes into the registry's user secret as
 * {@code REGISTRY_STORAGE_GCS_KEYFILE} (merged; other keys kept; sensitive, never printed). It must
 * be a service account key: JSON with {@code "type": "service_account"}. Without a key file the
 * operator uses the user secret if it exists, else the credentials minted on GCP.
 *
 * <p>Immutable and thread-safe: each method returns a new instance.
 */
@Value.Immutable
public abstract class Gcs implements StorageProvider {

  /** The key the operator reads the key file from. */
  public static final String KEYFILE_KEY = "REGISTRY_STORAGE_GCS_KEYFILE";

  private static final CredentialRules CREDENTIAL_RULES = new CredentialRules(
      List.of(KEYFILE_KEY), Set.of("GCP"), StorageFindingCodes.GCS_CREDENTIALS_INCOMPLETE,
      StorageFindingCodes.GCS_NO_CREDENTIALS, "spec.storage.gcs", "Add .keyFile(serviceAccountJson)");

  Gcs() {}

  /** The bucket's name. */
  @Value.Parameter
  public abstract String bucket();

  /** The bucket's region, e.g. {@code us-central1}. */
  public abstract Optional<String> region();

  /** {@code projectID}: the GCP project of the bucket. */
  public abstract Optional<String> projectId();

  /** {@code keyID}: a KMS key for encryption, instead of Google's default encryption. */
  public abstract Optional<String> keyId();

  /** {@code spec.storage.managementState}; absent lets the operator decide. */
  public abstract Optional<StorageManagementState> managementState();

  @Value.Redacted
  abstract Optional<String> keyFile();

  /** A bucket; everything else is left to the operator (on GCP: region, project and credentials of the cluster). */
  public static Gcs of(String bucket) {
    return ImmutableGcs.of(bucket);
  }

  /** A copy with this region. */
  public Gcs region(String region) {
    return ImmutableGcs.builder().from(this).region(region).build();
  }

  /** A copy with this project ID. */
  public Gcs projectId(String projectId) {
    return ImmutableGcs.builder().from(this).projectId(projectId).build();
  }

  /** A copy that encrypts with this KMS key. */
  public Gcs keyId(String keyId) {
    return ImmutableGcs.builder().from(this).keyId(keyId).build();
  }

  /** A copy with this service account key file content, merged into the user secret; never printed. */
  public Gcs keyFile(String json) {
    return ImmutableGcs.builder().from(this).keyFile(json).build();
  }

  /** A copy that sets {@code spec.storage.managementState}; {@code Unmanaged} keeps the operator from deleting the bucket. */
  public Gcs managementState(StorageManagementState managementState) {
    return ImmutableGcs.builder().from(this).managementState(managementState).build();
  }

  @Override
  public String backend() {
    return "gcs";
  }

  @Override
  public String description() {
    return "GCS bucket " + bucket() + region().map(r -> " in " + r).orElse("");
  }

  @Override
  public Set<ResourceKey> observedObjects() {
    return Set.of(RegistryObjects.USER_CREDENTIALS);
  }

  @Override
  public StorageContribution contribute(StorageContext context) {
    ImageRegistryConfigStorageGCSBuilder gcs = new ImageRegistryConfigStorageGCSBuilder().withBucket(bucket());
    region().ifPresent(gcs::withRegion);
    projectId().ifPresent(gcs::withProjectID);
    keyId().ifPresent(gcs::withKeyID);
    ImageRegistryConfigStorageBuilder storage = new ImageRegistryConfigStorageBuilder().withGcs(gcs.build());
    managementState().ifPresent(m -> storage.withManagementState(m.wireValue()));
    StorageContribution.Builder out = StorageContribution.builder().storage(storage.build());

    if (keyFile().isPresent()) {
      Optional<String> problem = keyFileProblem(keyFile().get());
      if (problem.isPresent()) {
        out.addFindings(
            Finding.error(
                StorageFindingCodes.GCS_KEYFILE_INVALID,
                "spec.storage.gcs",
                "The GCS key file " + problem.get() + "; the registry could not authenticate with it",
                "Pass the JSON key of a service account, as downloaded from the GCP console: .keyFile(json)"));
      } else {
        out.addObjects(UserSecret.merge(Map.of(KEYFILE_KEY, keyFile().get()), "GCS service account key"));
      }
    } else {
      CREDENTIAL_RULES.check(context.facts()).ifPresent(out::addFindings);
    }
    InheritedManagement.check(context.facts(), managementState(), Optional.of(bucket()), "GCS bucket",
        s -> Optional.ofNullable(s.getGcs()).map(ImageRegistryConfigStorageGCS::getBucket)).ifPresent(out::addFindings);
    return out.build();
  }

  /** Why the key file is not a service account key; never quotes its content. */
  private static Optional<String> keyFileProblem(String json) {
    JsonNode tree;
    try {
      tree = Trees.MAPPER.readTree(json);
    } catch (IOException e) {
      return Optional.of("is not JSON");
    }
    if (tree == null || !tree.isObject()) {
      return Optional.of("is not a JSON object");
    }
    if (!"service_account".equals(tree.path("type").asText())) {
      return Optional.of("is not a service account key (\"type\" is not \"service_account\")");
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    if (bucket().isBlank()) {
      throw new IllegalArgumentException("A GCS bucket needs a name: Gcs.of(\"my-bucket\")");
    }
  }
}
