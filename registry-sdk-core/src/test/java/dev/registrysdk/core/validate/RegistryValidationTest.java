package dev.registrysdk.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.api.DesiredState;
import dev.registrysdk.api.ManagementState;
import dev.registrysdk.api.RegistryProxy;
import dev.registrysdk.api.RegistryRequests;
import dev.registrysdk.api.RegistryRoute;
import dev.registrysdk.api.RequestLimits;
import dev.registrysdk.api.RolloutStrategy;
import dev.registrysdk.api.RouteTls;
import dev.registrysdk.api.error.ValidationException;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.finding.Severity;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.spi.StorageConstraints;
import dev.registrysdk.api.spi.StorageContext;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.core.engine.Engine;
import dev.registrysdk.core.engine.EngineOptions;
import dev.registrysdk.core.registry.RegistryFeature;
import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ConfigBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorage;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageBuilder;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of the registry's validation, each shown to produce its finding and nothing for the good case. */
class RegistryValidationTest {

  private static ClusterFacts cluster(String state, ImageRegistryConfigStorage spec, ImageRegistryConfigStorage status,
      String storageState, int replicas) {
    spec.setManagementState(storageState);
    return ClusterFacts.builder()
        .platformType("BareMetal")
        .registryConfig(new ConfigBuilder().withNewMetadata().withName("cluster").withGeneration(1L).withResourceVersion("7").endMetadata()
            .withNewSpec().withManagementState(state).withReplicas(replicas).withStorage(spec).endSpec()
            .withNewStatus().withStorage(status).withStorageManaged("Managed".equals(storageState)).endStatus()
            .build())
        .build();
  }

  private static final ClusterFacts BOOTSTRAP_BARE_METAL =
      cluster("Removed", new ImageRegistryConfigStorage(), new ImageRegistryConfigStorage(), null, 1);

  private static final ClusterFacts RUNNING_ON_EMPTYDIR = cluster("Managed",
      new ImageRegistryConfigStorageBuilder().withNewEmptyDir().endEmptyDir().build(),
      new ImageRegistryConfigStorageBuilder().withNewEmptyDir().endEmptyDir().build(), "Managed", 1);

  /** A cluster of the table, as facts for the rules and as a fake cluster for the engine. */
  enum Situation {
    BOOTSTRAP_BARE_METAL(RegistryValidationTest.BOOTSTRAP_BARE_METAL) {
      @Override
      FakeOpenShift start() {
        return FakeOpenShift.bareMetal().start();
      }
    },
    RUNNING_ON_EMPTYDIR(RegistryValidationTest.RUNNING_ON_EMPTYDIR) {
      @Override
      FakeOpenShift start() {
        FakeOpenShift cluster = FakeOpenShift.bareMetal().start();
        cluster.client().imageRegistryOperatorConfigs().withName("cluster").edit(config -> {
          config.getSpec().setManagementState("Managed");
          config.getSpec().setStorage(new ImageRegistryConfigStorageBuilder().withNewEmptyDir().endEmptyDir().build());
          return config;
        });
        return cluster;
      }
    };

    final ClusterFacts facts;

    Situation(ClusterFacts facts) {
      this.facts = facts;
    }

    abstract FakeOpenShift start();
  }

  /** The fake cluster of each situation, started by the first engine row that needs it. */
  private static final Map<Situation, FakeOpenShift> CLUSTERS = new EnumMap<>(Situation.class);

  @AfterAll
  static void stopClusters() {
    CLUSTERS.values().forEach(FakeOpenShift::close);
  }

  private static StorageProvider provider(String backend, UnaryOperator<StorageContribution.Builder> contribution) {
    return new StorageProvider() {
      @Override
      public String backend() {
        return backend;
      }

      @Override
      public StorageContribution contribute(StorageContext context) {
        ImageRegistryConfigStorageBuilder storage = new ImageRegistryConfigStorageBuilder();
        if (backend.equals("pvc")) {
          storage.withNewPvc().withClaim("claim").endPvc();
        } else if (backend.equals("s3")) {
          storage.withNewS3().withBucket("other").endS3();
        } else {
          storage.withNewEmptyDir().endEmptyDir();
        }
        return contribution.apply(StorageContribution.builder().storage(storage.build())).build();
      }
    };
  }

  private static final StorageProvider RWO_CLAIM = provider("pvc", c -> c.constraints(StorageConstraints.builder()
      .maxReplicas(1).requiredRolloutStrategy(RolloutStrategy.RECREATE).because("claim claim is ReadWriteOnce").build()));
  private static final StorageProvider EMPTY_DIR = provider("emptyDir", c -> c.constraints(
      StorageConstraints.builder().maxReplicas(1).because("emptyDir").build()));

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("negative replicas", Situation.BOOTSTRAP_BARE_METAL, DesiredState.builder().replicas(-1), FindingCodes.REPLICAS_NEGATIVE),
        Arguments.of("a route named default-route", Situation.BOOTSTRAP_BARE_METAL,
            DesiredState.builder().addAddedRoute(RegistryRoute.named("default-route")), FindingCodes.ROUTE_NAME_RESERVED),
        Arguments.of("two routes with one name", Situation.BOOTSTRAP_BARE_METAL,
            DesiredState.builder().addRoute(RegistryRoute.named("a")).addRoute(RegistryRoute.named("a")), FindingCodes.ROUTE_NAME_DUPLICATE),
        Arguments.of("a route name with capitals", Situation.BOOTSTRAP_BARE_METAL,
            DesiredState.builder().addRoute(RegistryRoute.named("Internal")), FindingCodes.ROUTE_NAME_INVALID),
        Arguments.of("a host name with a scheme", Situation.BOOTSTRAP_BARE_METAL,
            DesiredState.builder().addRoute(RegistryRoute.named("r").hostname("https://registry.example.com")), FindingCodes.ROUTE_HOSTNAME_INVALID),
        Arguments.of("a route secret that does not exist", Situation.BOOTSTRAP_BARE_METAL,
            DesiredState.builder().addRoute(RegistryRoute.named("r").tls(RouteTls.fromSecret("missing"))), FindingCodes.ROUTE_TLS_SECRET_MISSING),
        Arguments.of("a route certificate that is not PEM", Situation.BOOTSTRAP_BARE_METAL,
            DesiredState.builder().addRoute(RegistryRoute.named("r").tls(RouteTls.fromPem("nonsense", "-----BEGIN PRIVATE KEY-----"))),
            FindingCodes.ROUTE_TLS_PEM_INVALID),
        Arguments.of("emptyDir with two replicas", Situation.BOOTSTRAP_BARE_METAL,
            DesiredState.builder().managementState(ManagementState.MANAGED).replicas(2).storage(EMPTY_DIR), FindingCodes.STORAGE_MAX_REPLICAS),
        Arguments.of("a ReadWriteOnce claim with two replicas", Situation.BOOTSTRAP_BARE_METAL,
            DesiredState.builder().managementState(ManagementState.MANAGED).replicas(2)
                .rolloutStrategy(RolloutStrategy.RECREATE).storage(RWO_CLAIM), FindingCodes.STORAGE_MAX_REPLICAS),
        Arguments.of("a ReadWriteOnce claim with RollingUpdate", Situation.BOOTSTRAP_BARE_METAL,
            DesiredState.builder().managementState(ManagementState.MANAGED).storage(RWO_CLAIM), FindingCodes.STORAGE_ROLLOUT_STRATEGY),
        Arguments.of("Managed without storage on bare metal", Situation.BOOTSTRAP_BARE_METAL,
            DesiredState.builder().managementState(ManagementState.MANAGED), FindingCodes.STORAGE_NOT_CONFIGURED),
        Arguments.of("switching a running emptyDir registry to a claim", Situation.RUNNING_ON_EMPTYDIR,
            DesiredState.builder().storage(provider("pvc", c -> c)), FindingCodes.DATA_LOSS_STORAGE_SWITCH),
        Arguments.of("Removed while storage is Managed", Situation.RUNNING_ON_EMPTYDIR,
            DesiredState.builder().managementState(ManagementState.REMOVED), FindingCodes.DATA_LOSS_REMOVE_MANAGED_STORAGE),
        Arguments.of("negative read limits", Situation.BOOTSTRAP_BARE_METAL,
            DesiredState.builder().requests(RegistryRequests.none().read(RequestLimits.create().maxRunning(-1))), FindingCodes.REQUESTS_NEGATIVE),
        Arguments.of("a proxy that is not a URL", Situation.BOOTSTRAP_BARE_METAL,
            DesiredState.builder().proxy(RegistryProxy.empty().https("proxy:3128")), FindingCodes.PROXY_URL_INVALID));
  }

  @ParameterizedTest(name = "{0} is refused with {3}")
  @MethodSource("refusals")
  void refused(String what, Situation situation, DesiredState.Builder desired, String code) {
    List<Finding> findings = new RegistryFeature(desired.build()).evaluate(situation.facts).findings();
    assertThat(findings).filteredOn(Finding::isError).extracting(Finding::code).contains(code);
    assertThat(findings).filteredOn(f -> f.code().equals(code)).allSatisfy(f -> {
      assertThat(f.path()).startsWith("spec.");
      assertThat(f.remedy()).isNotBlank();
    });
  }

  static Stream<Arguments> warnings() {
    ClusterFacts unmanaged = cluster("Unmanaged", new ImageRegistryConfigStorage(), new ImageRegistryConfigStorage(), null, 1);
    ClusterFacts singleNode = BOOTSTRAP_BARE_METAL.toBuilder().infrastructureTopology("SingleReplica").build();
    return Stream.of(
        Arguments.of("storage on a registry that stays Removed", BOOTSTRAP_BARE_METAL,
            DesiredState.builder().storage(provider("pvc", c -> c)), FindingCodes.REGISTRY_REMOVED, "spec.managementState"),
        Arguments.of("replicas on an Unmanaged registry", unmanaged,
            DesiredState.builder().replicas(2), FindingCodes.REGISTRY_UNMANAGED, "spec.managementState"),
        Arguments.of("two replicas on a single node", singleNode,
            DesiredState.builder().managementState(ManagementState.MANAGED).storage(provider("pvc", c -> c)).replicas(2),
            FindingCodes.REPLICAS_SINGLE_NODE, "spec.replicas"));
  }

  @ParameterizedTest(name = "{0} warns with {3}")
  @MethodSource("warnings")
  void warns(String what, ClusterFacts facts, DesiredState.Builder desired, String code, String path) {
    List<Finding> findings = new RegistryFeature(desired.build()).evaluate(facts).findings();
    assertThat(findings).filteredOn(f -> f.code().equals(code)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.path()).isEqualTo(path);
      assertThat(f.message()).isNotBlank();
      assertThat(f.remedy()).isNotBlank();
    });
    assertThat(findings).noneMatch(Finding::isError);
  }

  @ParameterizedTest(name = "apply() refuses {0} with {3} and writes nothing")
  @MethodSource("refusals")
  void applyRefuses(String what, Situation situation, DesiredState.Builder desired, String code) {
    // Refused applies write nothing, so the rows of one situation can share its cluster.
    FakeOpenShift cluster = CLUSTERS.computeIfAbsent(situation, Situation::start);
    cluster.requests().clear();
    Engine engine = new Engine(cluster.client(), EngineOptions.builder().configTimeout(Duration.ZERO).build());

    assertThatThrownBy(() -> engine.apply(List.of(new RegistryFeature(desired.build()))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(code)
        .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(Finding::code).contains(code));
    assertThat(cluster.requests().writes()).isEmpty();
  }

  @Test
  @DisplayName("the seed's bare-metal procedure (Managed on the operator's claim) passes without errors")
  void goodCase() {
    DesiredState desired = DesiredState.builder().managementState(ManagementState.MANAGED).storage(provider("pvc", c -> c)).build();
    assertThat(new RegistryFeature(desired).evaluate(BOOTSTRAP_BARE_METAL).findings()).noneMatch(Finding::isError)
        .extracting(Finding::code).doesNotContain(FindingCodes.REGISTRY_REMOVED, FindingCodes.REPLICAS_SINGLE_NODE);
  }

  @Test
  @DisplayName("allowDataLoss() permits switching the storage of a running registry")
  void consent() {
    DesiredState desired = DesiredState.builder().storage(provider("pvc", c -> c)).allowDataLoss(true).build();
    assertThat(new RegistryFeature(desired).evaluate(RUNNING_ON_EMPTYDIR).findings()).noneMatch(Finding::isError);
  }

  @Test
  @DisplayName("changing the bucket of an S3 registry in use is a switch too")
  void bucketChange() {
    ClusterFacts onS3 = cluster("Managed", new ImageRegistryConfigStorageBuilder().withNewS3().withBucket("images").endS3().build(),
        new ImageRegistryConfigStorageBuilder().withNewS3().withBucket("images").endS3().build(), "Unmanaged", 2);
    DesiredState desired = DesiredState.builder().storage(provider("s3", c -> c)).build();
    assertThat(new RegistryFeature(desired).evaluate(onS3).findings()).extracting(Finding::code)
        .contains(FindingCodes.DATA_LOSS_STORAGE_SWITCH);
  }

  @Test
  @DisplayName("a pre-existing ReadWriteOnce mismatch only warns when the caller changes something unrelated")
  void preExistingViolationWarns() {
    ClusterFacts rwo = cluster("Managed", new ImageRegistryConfigStorageBuilder().withNewPvc().withClaim("block").endPvc().build(),
        new ImageRegistryConfigStorage(), "Unmanaged", 2).toBuilder()
        .putObject(ResourceKey.persistentVolumeClaim("openshift-image-registry", "block"),
            new PersistentVolumeClaimBuilder().withNewMetadata().withName("block").withNamespace("openshift-image-registry").endMetadata()
                .withNewSpec().withAccessModes("ReadWriteOnce").endSpec().build())
        .addLookedUp(ResourceKey.persistentVolumeClaim("openshift-image-registry", "block"))
        .build();
    List<Finding> unrelated = new RegistryFeature(DesiredState.builder().nodeSelector(Map.of("a", "b")).build()).evaluate(rwo).findings();
    assertThat(unrelated).extracting(Finding::code).contains(FindingCodes.STORAGE_MAX_REPLICAS);
    assertThat(unrelated).filteredOn(f -> f.code().equals(FindingCodes.STORAGE_MAX_REPLICAS))
        .extracting(Finding::severity).containsOnly(Severity.WARNING);
    List<Finding> scaling = new RegistryFeature(DesiredState.builder().replicas(3).build()).evaluate(rwo).findings();
    assertThat(scaling).filteredOn(f -> f.code().equals(FindingCodes.STORAGE_MAX_REPLICAS))
        .extracting(Finding::severity).containsOnly(Severity.ERROR);
  }
}
