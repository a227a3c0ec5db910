package dev.registrysdk.storage.swift;

import static dev.registrysdk.storage.Twins.spec;
import static dev.registrysdk.storage.Twins.userSecret;
import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.StorageManagementState;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.plan.Change;
import dev.registrysdk.api.plan.ChangeAction;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.AppliedOnCluster;
import dev.registrysdk.storage.Fixtures;
import dev.registrysdk.storage.SeedProcedureContract.HandlesSecrets;
import dev.registrysdk.storage.StorageFindingCodes;
import dev.registrysdk.storage.Twins;
import dev.registrysdk.testkit.FakeOpenShift;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link Swift} through the engine on fake clusters: planned, applied, awaited and applied again,
 * with each of the three credential forms, on OpenStack and off it.
 */
@DisplayName("Swift applied to a fake cluster")
class SwiftApplyTest {

  private static final String CONTAINER = "registry";
  private static final String AUTH_URL = "https://keystone.example.com:5000/v3";

  /** A user's container, with every connection field set. */
  private static Swift container(SwiftCredentials credentials) {
    return Swift.of(CONTAINER).authUrl(AUTH_URL).authVersion("3").domain("Default").tenant("ocp")
        .regionName("RegionOne").credentials(credentials).managementState(StorageManagementState.UNMANAGED);
  }

  /**
   * On OpenStack, which bootstraps {@code Managed} on a container the operator created: the call
   * moves the registry to the user's container with one credential form, over a user secret that
   * holds a key of an earlier backend.
   */
  abstract class OnOpenStack extends AppliedOnCluster implements HandlesSecrets {

    OnOpenStack() {
      super(FakeOpenShift.openStack());
    }

    /** The credentials of this form. */
    abstract SwiftCredentials credentials();

    /** The keys and values the form writes, as the operator names them. */
    abstract Map<String, String> operatorKeys();

    @Override
    protected void before() {
      givenEarlierUserSecret();
    }

    @Override
    protected RegistryConfigurer call() {
      return configurer().storage(container(credentials())).allowDataLoss();
    }

    @Override
    public Set<String> secretValues() {
      Set<String> values = new HashSet<>(credentials().values().values());
      values.addAll(EARLIER_KEY.values());
      return values;
    }

    @Test
    @DisplayName("merges the form's keys into the user secret under the operator's names and keeps its other key")
    void userSecretMerged() {
      Map<String, String> expected = new TreeMap<>(operatorKeys());
      expected.putAll(EARLIER_KEY);

      assertThat(userSecret(cluster())).isEqualTo(expected);
      Change secretPatch = plan().changes().stream().filter(c -> c.target().kind().equals("Secret")).findFirst()
          .orElseThrow();
      assertThat(secretPatch.action()).isEqualTo(ChangeAction.PATCH);
    }

    @Test
    @DisplayName("the API server admits the swift stanza with every field as written")
    void stanzaAdmitted() {
      assertThat(spec(cluster()).at("/storage")).isEqualTo(Fixtures.json("""
          {"managementState":"Unmanaged","swift":{"container":"registry",
            "authURL":"https://keystone.example.com:5000/v3","authVersion":"3","domain":"Default","tenant":"ocp",
            "regionName":"RegionOne"}}"""));
    }

    @Test
    @DisplayName("the operator reaches ready on the user's container alone, which it leaves Unmanaged")
    void ready() {
      assertThat(cluster()).registry().isReady().hasStorage("swift").hasStorageManagementState("Unmanaged");
      assertThat(plan().findings()).extracting(Finding::code).noneMatch(code -> code.startsWith("SWIFT_"));
    }
  }

  @Nested
  @DisplayName("on OpenStack with a user name and password")
  class Password extends OnOpenStack {

    @Override
    SwiftCredentials credentials() {
      return SwiftCredentials.password("swift-user", "CANARY-SWIFT-PASSWORD");
    }

    @Override
    Map<String, String> operatorKeys() {
      return Map.of("REGISTRY_STORAGE_SWIFT_USERNAME", "swift-user",
          "REGISTRY_STORAGE_SWIFT_PASSWORD", "CANARY-SWIFT-PASSWORD");
    }
  }

  @Nested
  @DisplayName("on OpenStack with an application credential")
  class ApplicationCredential extends OnOpenStack {

    @Override
    SwiftCredentials credentials() {
      return SwiftCredentials.applicationCredential("CANARY-APP-ID", "registry-app", "CANARY-APP-SECRET");
    }

    @Override
    Map<String, String> operatorKeys() {
      return Map.of("REGISTRY_STORAGE_SWIFT_APPLICATIONCREDENTIALID", "CANARY-APP-ID",
          "REGISTRY_STORAGE_SWIFT_APPLICATIONCREDENTIALNAME", "registry-app",
          "REGISTRY_STORAGE_SWIFT_APPLICATIONCREDENTIALSECRET", "CANARY-APP-SECRET");
    }
  }

  @Nested
  @DisplayName("on OpenStack with a token")
  class Token extends OnOpenStack {

    @Override
    SwiftCredentials credentials() {
      return SwiftCredentials.token("CANARY-SWIFT-TOKEN");
    }

    @Override
    Map<String, String> operatorKeys() {
      return Map.of("REGISTRY_STORAGE_SWIFT_TOKENID", "CANARY-SWIFT-TOKEN");
    }
  }

  /** Off OpenStack there is no clouds.yaml: the registry goes from Removed to Managed on Swift with credentials. */
  @Nested
  @DisplayName("on bare metal, with credentials")
  class OffPlatform extends AppliedOnCluster implements HandlesSecrets {

    OffPlatform() {
      super(FakeOpenShift.bareMetal());
    }

    @Override
    protected RegistryConfigurer call() {
      return configurer().managed()
          .storage(container(SwiftCredentials.password("swift-user", "CANARY-SWIFT-PASSWORD")));
    }

    @Override
    public Set<String> secretValues() {
      return Set.of("CANARY-SWIFT-PASSWORD");
    }

    @Test
    @DisplayName("creates the user secret with the password's keys alone")
    void userSecretCreated() {
      assertThat(userSecret(cluster())).isEqualTo(Map.of("REGISTRY_STORAGE_SWIFT_USERNAME", "swift-user",
          "REGISTRY_STORAGE_SWIFT_PASSWORD", "CANARY-SWIFT-PASSWORD"));
    }

    @Test
    @DisplayName("the operator reaches ready on Swift, and the plan has no finding about credentials")
    void ready() {
      assertThat(cluster()).registry().isReady().hasStorage("swift");
      assertThat(plan().findings()).extracting(Finding::code).doesNotContain(StorageFindingCodes.SWIFT_NO_CREDENTIALS);
    }
  }

  @Test
  @DisplayName("on bare metal without credentials the plan warns, and the operator then fails for want of them")
  void offPlatformWithoutCredentials() {
    try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
      RegistryConfigurer call = Twins.configurer(cluster).managed().storage(Swift.of(CONTAINER).authUrl(AUTH_URL));

      assertThat(call.plan().findings()).extracting(Finding::code).contains(StorageFindingCodes.SWIFT_NO_CREDENTIALS);
      call.apply();

      assertThat(cluster).registry().hasConditionMessageContaining("StorageExists",
          "unable to get cluster minted credentials");
    }
  }
}
