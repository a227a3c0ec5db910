package dev.registrysdk.storage.azure;

import dev.registrysdk.api.StorageManagementState;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.spi.StorageContext;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.storage.StorageFindingCodes;
import dev.registrysdk.storage.internal.InheritedManagement;
import dev.registrysdk.storage.internal.UserSecret;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorage;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageAzure;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageAzureBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageBuilder;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Stores images in an Azure Blob Storage container ({@code spec.storage.azure}).
 *
 * <pre>{@code
 * Azure.of("registrystorage", "registry").accountKey(accountKey)                // user-provisioned
 * Azure.operatorManaged().networkAccess(AzureNetworkAccess.internal())          // installer-provisioned
 * }</pre>
 *
 * <p>An account key goes into the registry's user secret as {@code REGISTRY_STORAGE_AZURE_ACCOUNTKEY}
 * (merged; sensitive, never printed). With a key, the operator needs both the account name and the
 * container and leaves them {@code Unmanaged}; without one it uses the cluster's Azure credentials
 * and creates what is missing.
 *
 * <p>Rules reported as findings: container 3..63 characters of {@code ^[0-9a-z]+(-[0-9a-z]+)*$};
 * account name 3..24 lower case letters and digits; a key needs account name and container; the
 * key must not be empty; the network access rules of {@link AzureNetworkAccess}.
 *
 * <p>Immutable and thread-safe: each method returns a new instance.
 */
@Value.Immutable
public abstract class Azure implements StorageProvider {

  /** The key the operator reads the account key from. */
  public static final String ACCOUNT_KEY = "REGISTRY_STORAGE_AZURE_ACCOUNTKEY";

  /** The Azure clouds the operator knows for {@code cloudName}. */
  public static final Set<String> CLOUD_NAMES = Set.of(
      "AzurePublicCloud", "AzureUSGovernmentCloud", "AzureChinaCloud", "AzureGermanCloud", "AzureStackCloud");

  private static final Pattern CONTAINER = Pattern.compile("^[0-9a-z]+(-[0-9a-z]+)*$");
  private static final Pattern ACCOUNT = Pattern.compile("^[0-9a-z]{3,24}$");

  Azure() {}

  /** The storage account's name. */
  public abstract Optional<String> accountName();

  /** The blob container's name. */
  public abstract Optional<String> container();

  /** The Azure cloud, e.g. {@code AzureUSGovernmentCloud}; the operator takes it from the cluster when absent. */
  public abstract Optional<String> cloudName();

  /** How the registry reaches the account; {@code External} (the API's default) when absent. */
  public abstract Optional<AzureNetworkAccess> networkAccess();

  /** {@code spec.storage.managementState}; absent lets the operator decide. */
  public abstract Optional<StorageManagementState> managementState();

  @Value.Redacted
  abstract Optional<String> accountKey();

  /** An existing container in an existing storage account. */
  public static Azure of(String accountName, String container) {
    return ImmutableAzure.builder().accountName(accountName).container(container).build();
  }

  /** A storage account; the operator creates a container in it unless {@link #container(String)} names one. */
  public static Azure account(String accountName) {
    return ImmutableAzure.builder().accountName(accountName).build();
  }

  /** Account and container created by the operator with the cluster's Azure credentials (installer-provisioned). */
  public static Azure operatorManaged() {
    return ImmutableAzure.builder().build();
  }

  /** A copy with this container. */
  public Azure container(String container) {
    return ImmutableAzure.builder().from(this).container(container).build();
  }

  /** A copy for this Azure cloud. */
  public Azure cloudName(String cloudName) {
    return ImmutableAzure.builder().from(this).cloudName(cloudName).build();
  }

  /** A copy with this network access. */
  public Azure networkAccess(AzureNetworkAccess networkAccess) {
    return ImmutableAzure.builder().from(this).networkAccess(networkAccess).build();
  }

  /** A copy with the storage account's access key, merged into the user secret; never printed. */
  public Azure accountKey(String accountKey) {
    return ImmutableAzure.builder().from(this).accountKey(accountKey).build();
  }

  /** A copy that sets {@code spec.storage.managementState}. */
  public Azure managementState(StorageManagementState managementState) {
    return ImmutableAzure.builder().from(this).managementState(managementState).build();
  }

  @Override
  public String backend() {
    return "azure";
  }

  @Override
  public String description() {
    return "Azure container " + container().orElse("(created by the operator)") + " in account "
        + accountName().orElse("(created by the operator)");
  }

  @Override
  public Set<ResourceKey> observedObjects() {
    return Set.of(RegistryObjects.USER_CREDENTIALS);
  }

  @Override
  public StorageContribution contribute(StorageContext context) {
    ClusterFacts facts = context.facts();
    ImageRegistryConfigStorageAzureBuilder azure = new ImageRegistryConfigStorageAzureBuilder();
    accountName().ifPresent(azure::withAccountName);
    container().ifPresent(azure::withContainer);
    cloudName().ifPresent(azure::withCloudName);
    networkAccess().ifPresent(n -> azure.withNetworkAccess(n.stanza()));
    ImageRegistryConfigStorageBuilder storage = new ImageRegistryConfigStorageBuilder().withAzure(azure.build());
    managementState().ifPresent(m -> storage.withManagementState(m.wireValue()));
    StorageContribution.Builder out = StorageContribution.builder().storage(storage.build());

    container().ifPresent(c -> containerFindings(c, out));
    accountName().filter(a -> !ACCOUNT.matcher(a).matches()).ifPresent(a -> out.addFindings(
        Finding.error(
            StorageFindingCodes.AZURE_ACCOUNT_NAME_INVALID,
            "spec.storage.azure.accountName",
            "Storage account name \"" + a + "\" is not 3 to 24 lower case letters and digits, as Azure requires",
            "Use the account's exact name: Azure.of(\"registrystorage\", \"registry\")")));
    cloudName().filter(c -> !CLOUD_NAMES.contains(c)).ifPresent(c -> out.addFindings(
        Finding.warning(
            StorageFindingCodes.AZURE_CLOUD_NAME_UNKNOWN,
            "spec.storage.azure.cloudName",
            "cloudName \"" + c + "\" is none of " + CLOUD_NAMES.stream().sorted().toList(),
            "Use one of those names, or leave cloudName out to take the cluster's")));
    networkAccess().ifPresent(n -> out.addAllFindings(n.findings()));
    keyFindings(facts, out);
    InheritedManagement.check(facts, managementState(), container().map(c -> accountName().orElse("") + "/" + c),
        "Azure container", s -> Optional.ofNullable(s.getAzure()).filter(a -> a.getContainer() != null)
            .map(a -> Optional.ofNullable(a.getAccountName()).orElse("") + "/" + a.getContainer()))
        .ifPresent(out::addFindings);
    return out.build();
  }

  private static void containerFindings(String container, StorageContribution.Builder out) {
    String path = "spec.storage.azure.container";
    String problem = container.length() < 3 ? "should be at least 3 chars long"
        : container.length() > 63 ? "may not be more than 63 bytes"
        : !CONTAINER.matcher(container).matches() ? "should match '" + CONTAINER.pattern() + "'"
        : null;
    if (problem != null) {
      out.addFindings(
          Finding.error(
              StorageFindingCodes.AZURE_CONTAINER_INVALID,
              path,
              path + " in body " + problem + " (got \"" + container + "\")",
              "Use 3 to 63 lower case letters, digits and single dashes, e.g. .container(\"image-registry\")"));
    }
  }

  private void keyFindings(ClusterFacts facts, StorageContribution.Builder out) {
    Optional<Secret> userSecret = UserSecret.observed(facts);
    boolean keyProvided;
    if (accountKey().isPresent()) {
      keyProvided = true;
      if (accountKey().get().isBlank()) {
        out.addFindings(
            Finding.error(
                StorageFindingCodes.AZURE_ACCOUNT_KEY_EMPTY,
                "spec.storage.azure",
                "The account key is empty; the operator would fail on the secret's empty "
                    + ACCOUNT_KEY,
                "Pass the storage account's access key: .accountKey(key)"));
      } else {
        out.addObjects(UserSecret.merge(Map.of(ACCOUNT_KEY, accountKey().get()), "Azure storage account key"));
      }
    } else if (userSecret.isPresent() && UserSecret.has(userSecret.get(), ACCOUNT_KEY)) {
      keyProvided = true;
      if (UserSecret.value(userSecret.get(), ACCOUNT_KEY).map(String::isEmpty).orElse(true)) {
        out.addFindings(
            Finding.error(
                StorageFindingCodes.AZURE_ACCOUNT_KEY_EMPTY,
                "spec.storage.azure",
                "the secret " + RegistryObjects.NAMESPACE + "/" + RegistryObjects.USER_CREDENTIALS_SECRET
                    + " has an empty value for " + ACCOUNT_KEY + "; the secret should be removed so that the operator "
                    + "can use cluster-wide secrets or it should contain a valid storage account access key",
                "Pass the key: .accountKey(key)"));
      }
    } else {
      keyProvided = false;
      if (userSecret.isPresent()) {
        out.addFindings(
            Finding.error(
                StorageFindingCodes.AZURE_CREDENTIALS_INCOMPLETE,
                "spec.storage.azure",
                UserSecret.missingKeyMessage(ACCOUNT_KEY)
                    + ": when this secret exists the operator reads the account key from it only",
                "Pass the key: .accountKey(key)"));
      } else if (!facts.platformType().isEmpty() && !"Azure".equals(facts.platformType())) {
        out.addFindings(
            Finding.warning(
                StorageFindingCodes.AZURE_NO_CREDENTIALS,
                "spec.storage.azure",
                "No account key: the secret " + RegistryObjects.NAMESPACE + "/"
                    + RegistryObjects.USER_CREDENTIALS_SECRET + " does not exist, and on platform "
                    + facts.platformType() + " no Azure credentials are minted for the registry",
                "Pass the key: .accountKey(key)"));
      }
    }
    if (!keyProvided) {
      return;
    }
    Optional<ImageRegistryConfigStorageAzure> current = facts.currentStorage().map(ImageRegistryConfigStorage::getAzure);
    boolean hasAccount = accountName().or(() -> current.map(ImageRegistryConfigStorageAzure::getAccountName))
        .filter(s -> !s.isEmpty()).isPresent();
    boolean hasContainer = container().or(() -> current.map(ImageRegistryConfigStorageAzure::getContainer))
        .filter(s -> !s.isEmpty()).isPresent();
    if (!hasAccount) {
      out.addFindings(
          Finding.error(
              StorageFindingCodes.AZURE_ACCOUNT_NAME_MISSING,
              "spec.storage.azure.accountName",
              "Storage account key is provided, but account name is not specified",
              "Name the account and container: Azure.of(\"account\", \"container\")"));
    } else if (!hasContainer) {
      out.addFindings(
          Finding.error(
              StorageFindingCodes.AZURE_CONTAINER_MISSING,
              "spec.storage.azure.container",
              "Storage account is provided, but container is not specified",
              "Name the container: .container(\"image-registry\")"));
    }
  }
}
