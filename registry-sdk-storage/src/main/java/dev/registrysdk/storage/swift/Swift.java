package dev.registrysdk.storage.swift;

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
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageSwift;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageSwiftBuilder;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Stores images in an OpenStack Swift container ({@code spec.storage.swift}).
 *
 * <pre>{@code
 * Swift.of("registry").authUrl("https://keystone.example.com:5000/v3").authVersion("3")
 *     .domain("Default").tenant("ocp").regionName("RegionOne")
 *     .credentials(SwiftCredentials.applicationCredential(id, "registry", secret))
 * }</pre>
 *
 * <p>Credentials go into the registry's user secret under the operator's key names
 * ({@code REGISTRY_STORAGE_SWIFT_USERNAME} and {@code ..._PASSWORD}; or
 * {@code ..._APPLICATIONCREDENTIALID}, {@code ..._APPLICATIONCREDENTIALNAME} and
 * {@code ..._APPLICATIONCREDENTIALSECRET}; or {@code ..._TOKENID}), merged and sensitive. Fields not
 * set are taken by the operator from the cluster's {@code clouds.yaml}.
 *
 * <p>Immutable and thread-safe: each method returns a new instance.
 */
@Value.Immutable
public abstract class Swift implements StorageProvider {

  Swift() {}

  /** The container; the operator creates one with a generated name when absent. */
  public abstract Optional<String> container();

  /** {@code authURL}: the Keystone URL, e.g. {@code https://keystone.example.com:5000/v3}. */
  public abstract Optional<String> authUrl();

  /** {@code authVersion}: the Identity API version, e.g. {@code 3}. */
  public abstract Optional<String> authVersion();

  /** {@code domain}: the Keystone domain name. */
  public abstract Optional<String> domain();

  /** {@code domainID}: the Keystone domain ID. */
  public abstract Optional<String> domainId();

  /** {@code tenant}: the project name. */
  public abstract Optional<String> tenant();

  /** {@code tenantID}: the project ID. */
  public abstract Optional<String> tenantId();

  /** {@code regionName}: the OpenStack region. */
  public abstract Optional<String> regionName();

  /** {@code spec.storage.managementState}; absent lets the operator decide. */
  public abstract Optional<StorageManagementState> managementState();

  @Value.Redacted
  abstract Optional<SwiftCredentials> credentials();

  /** An existing container. */
  public static Swift of(String container) {
    if (container.isBlank()) {
      throw new IllegalArgumentException("A Swift container needs a name: Swift.of(\"registry\")");
    }
    return ImmutableSwift.builder().container(container).build();
  }

  /** A container the operator creates, with a generated name. */
  public static Swift operatorManaged() {
    return ImmutableSwift.builder().build();
  }

  /** A copy with this Keystone URL. */
  public Swift authUrl(String authUrl) {
    return ImmutableSwift.builder().from(this).authUrl(authUrl).build();
  }

  /** A copy with this Identity API version. */
  public Swift authVersion(String authVersion) {
    return ImmutableSwift.builder().from(this).authVersion(authVersion).build();
  }

  /** A copy with this domain name. */
  public Swift domain(String domain) {
    return ImmutableSwift.builder().from(this).domain(domain).build();
  }

  /** A copy with this domain ID. */
  public Swift domainId(String domainId) {
    return ImmutableSwift.builder().from(this).domainId(domainId).build();
  }

  /** A copy with this project name. */
  public Swift tenant(String tenant) {
    return ImmutableSwift.builder().from(this).tenant(tenant).build();
  }

  /** A copy with this project ID. */
  public Swift tenantId(String tenantId) {
    return ImmutableSwift.builder().from(this).tenantId(tenantId).build();
  }

  /** A copy with this region. */
  public Swift regionName(String regionName) {
    return ImmutableSwift.builder().from(this).regionName(regionName).build();
  }

  /** A copy with these credentials, merged into the user secret; never printed. */
  public Swift credentials(SwiftCredentials credentials) {
    return ImmutableSwift.builder().from(this).credentials(credentials).build();
  }

  /** A copy that sets {@code spec.storage.managementState}. */
  public Swift managementState(StorageManagementState managementState) {
    return ImmutableSwift.builder().from(this).managementState(managementState).build();
  }

  @Override
  public String backend() {
    return "swift";
  }

  @Override
  public String description() {
    return "Swift container " + container().orElse("(created by the operator)");
  }

  @Override
  public Set<ResourceKey> observedObjects() {
    return Set.of(RegistryObjects.USER_CREDENTIALS);
  }

  @Override
  public StorageContribution contribute(StorageContext context) {
    ClusterFacts facts = context.facts();
    ImageRegistryConfigStorageSwiftBuilder swift = new ImageRegistryConfigStorageSwiftBuilder();
    container().ifPresent(swift::withContainer);
    authUrl().ifPresent(swift::withAuthURL);
    authVersion().ifPresent(swift::withAuthVersion);
    domain().ifPresent(swift::withDomain);
    domainId().ifPresent(swift::withDomainID);
    tenant().ifPresent(swift::withTenant);
    tenantId().ifPresent(swift::withTenantID);
    regionName().ifPresent(swift::withRegionName);
    ImageRegistryConfigStorageBuilder storage = new ImageRegistryConfigStorageBuilder().withSwift(swift.build());
    managementState().ifPresent(m -> storage.withManagementState(m.wireValue()));
    StorageContribution.Builder out = StorageContribution.builder().storage(storage.build());

    authVersion().filter(v -> !v.matches("\\d+")).ifPresent(v -> out.addFindings(
        Finding.error(
            StorageFindingCodes.SWIFT_AUTH_VERSION_INVALID,
            "spec.storage.swift.authVersion",
            "unable to parse authVersion: \"" + v + "\" is not a number",
            "Use the Identity API's major version: .authVersion(\"3\")")));
    authUrl().flatMap(Swift::authUrlProblem).ifPresent(problem -> out.addFindings(
        Finding.error(
            StorageFindingCodes.SWIFT_AUTH_URL_INVALID,
            "spec.storage.swift.authURL",
            problem,
            "Use the Keystone URL with an empty path or a version path: .authUrl(\"https://keystone.example.com:5000/v3\")")));
    credentialFindings(facts, out);
    InheritedManagement.check(facts, managementState(), container(), "Swift container",
        s -> Optional.ofNullable(s.getSwift()).map(ImageRegistryConfigStorageSwift::getContainer))
        .ifPresent(out::addFindings);
    return out.build();
  }

  /** The operator's check ({@code ensureAuthURLHasAPIVersion}): a URL whose path is empty or a version. */
  private static Optional<String> authUrlProblem(String authUrl) {
    URI uri;
    try {
      uri = new URI(authUrl);
    } catch (URISyntaxException e) {
      return Optional.of("authURL \"" + authUrl + "\" is not a URL");
    }
    if (uri.getScheme() == null || uri.getHost() == null) {
      return Optional.of("authURL \"" + authUrl + "\" is not a URL with scheme and host");
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    if (!(path.isEmpty() || path.equals("/") || path.startsWith("/v1") || path.startsWith("/v2")
        || path.startsWith("/v3"))) {
      return Optional.of("Incorrect Auth URL: " + path);
    }
    return Optional.empty();
  }

  private void credentialFindings(ClusterFacts facts, StorageContribution.Builder out) {
    Optional<Secret> userSecret = UserSecret.observed(facts);
    if (credentials().isPresent()) {
      SwiftCredentials c = credentials().get();
      out.addObjects(UserSecret.merge(c.values(), "Swift credentials"));
      List<String> others = userSecret.map(s -> SwiftCredentials.KEY_SETS.stream().flatMap(List::stream)
          .filter(k -> !c.keys().contains(k) && UserSecret.has(s, k)).toList()).orElse(List.of());
      if (!others.isEmpty()) {
        out.addFindings(
            Finding.warning(
                StorageFindingCodes.SWIFT_CREDENTIALS_MIXED,
                "spec.storage.swift",
                "The user secret keeps " + others + " of other Swift credentials next to the new " + c.keys()
                    + "; merging never deletes keys, and the operator passes all of them to the registry",
                "Remove " + others.stream().collect(Collectors.joining(", ")) + " from secret "
                    + RegistryObjects.NAMESPACE + "/" + RegistryObjects.USER_CREDENTIALS_SECRET));
      }
      return;
    }
    if (userSecret.isPresent()) {
      boolean complete = SwiftCredentials.KEY_SETS.stream()
          .anyMatch(set -> set.stream().allMatch(k -> UserSecret.has(userSecret.get(), k)));
      if (!complete) {
        out.addFindings(
            Finding.error(
                StorageFindingCodes.SWIFT_CREDENTIALS_INCOMPLETE,
                "spec.storage.swift",
                "secret \"" + RegistryObjects.NAMESPACE + "/" + RegistryObjects.USER_CREDENTIALS_SECRET
                    + "\" does not contain required keys 'REGISTRY_STORAGE_SWIFT_USERNAME' and "
                    + "'REGISTRY_STORAGE_SWIFT_PASSWORD'; or 'REGISTRY_STORAGE_SWIFT_APPLICATIONCREDENTIALID', "
                    + "'REGISTRY_STORAGE_SWIFT_APPLICATIONCREDENTIALNAME' and "
                    + "'REGISTRY_STORAGE_SWIFT_APPLICATIONCREDENTIALSECRET'; or 'REGISTRY_STORAGE_SWIFT_TOKENID'",
                "Add .credentials(SwiftCredentials.password(user, password))"));
      }
    } else if (!facts.platformType().isEmpty() && !"OpenStack".equals(facts.platformType())) {
      out.addFindings(
          Finding.warning(
              StorageFindingCodes.SWIFT_NO_CREDENTIALS,
              "spec.storage.swift",
              "No Swift credentials: the secret " + RegistryObjects.NAMESPACE + "/"
                  + RegistryObjects.USER_CREDENTIALS_SECRET + " does not exist, and on platform " + facts.platformType()
                  + " there is no clouds.yaml for the registry",
              "Add .credentials(SwiftCredentials.password(user, password))"));
    }
  }
}
