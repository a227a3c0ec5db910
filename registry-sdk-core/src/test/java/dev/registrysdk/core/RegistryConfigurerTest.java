package dev.registrysdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.registrysdk.api.RegistryRoute;
import dev.registrysdk.api.RolloutStrategy;
import dev.registrysdk.api.RouteTls;
import dev.registrysdk.api.error.ApiException;
import dev.registrysdk.api.error.ApplyFailedException;
import dev.registrysdk.api.error.ClusterNotReadyException;
import dev.registrysdk.api.error.RegistryNotReadyException;
import dev.registrysdk.api.error.ValidationException;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.plan.ChangeAction;
import dev.registrysdk.api.plan.Plan;
import dev.registrysdk.api.progress.ProgressEvent;
import dev.registrysdk.api.progress.Stage;
import dev.registrysdk.api.readiness.Readiness;
import dev.registrysdk.api.readiness.ReadinessState;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.spi.DesiredObject;
import dev.registrysdk.api.spi.StorageContext;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.core.feature.FeatureResult;
import dev.registrysdk.core.plan.ObjectIntent;
import dev.registrysdk.core.validate.FindingCodes;
import dev.registrysdk.testkit.FakeOpenShift;
import dev.registrysdk.testkit.requests.ApiCall;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RegistryConfigurerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FakeOpenShift cluster;

  @BeforeEach
  void start() {
    cluster = FakeOpenShift.bareMetal().start();
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private RegistryConfigurer configurer() {
    return RegistryConfigurer.on(cluster.client()).settleWindow(Duration.ZERO);
  }

  private Config config() {
    return cluster.client().imageRegistryOperatorConfigs().withName("cluster").get();
  }

  private List<ApiCall> writes() {
    return cluster.requests().writes();
  }

  /** The body of the last Config patch the server received. */
  private JsonNode configPatch() throws Exception {
    return JSON.readTree(cluster.requests().last("PATCH", "configs").orElseThrow().body());
  }

  @Nested
  @DisplayName("intents()")
  class Intents {
    @Test
    @DisplayName("names every field set, also one the cluster already has, and writes nothing")
    void intentsNameFieldsTheClusterAlreadyHas() {
      cluster.requests().clear();
      FeatureResult result = configurer().managed().replicas(1).storage(TestStorage.operatorClaim()).intents();

      assertThat(writes()).isEmpty();
      ObjectIntent config = result.intents().stream()
          .filter(i -> i.key().equals(RegistryObjects.CONFIG)).findFirst().orElseThrow();
      assertThat(config.document().at("/spec/replicas").asInt()).isEqualTo(1);
      assertThat(config.document().at("/spec/managementState").asText()).isEqualTo("Managed");
      assertThat(configurer().managed().replicas(1).storage(TestStorage.operatorClaim()).plan().changes())
          .singleElement().satisfies(c -> assertThat(c.diff()).noneMatch(d -> d.startsWith("spec.replicas")));
    }

    @Test
    @DisplayName("carries the findings of validation instead of throwing")
    void intentsCarryFindings() {
      FeatureResult result = configurer().managed().replicas(-1).intents();

      assertThat(result.findings()).extracting(Finding::code).contains(FindingCodes.REPLICAS_NEGATIVE);
    }
  }

  @Nested
  @DisplayName("plan()")
  class Planning {
    @Test
    @DisplayName("writes nothing and shows the Config patch with a readable diff")
    void planWritesNothing() {
      cluster.requests().clear();
      Plan plan = configurer().managed().storage(TestStorage.operatorClaim()).plan();

      assertThat(writes()).isEmpty();
      assertThat(plan.changes()).singleElement().satisfies(change -> {
        assertThat(change.action()).isEqualTo(ChangeAction.PATCH);
        assertThat(change.diff()).containsExactly("spec.managementState: \"Removed\" -> \"Managed\"",
            "spec.storage.pvc: (unset) -> {}");
      });
    }

    @Test
    @DisplayName("is empty when nothing is asked for")
    void emptyPlan() {
      assertThat(configurer().plan().isEmpty()).isTrue();
    }
  }

  @Nested
  @DisplayName("apply()")
  class Applying {
    @Test
    @DisplayName("sends one merge patch with only the fields set and the resourceVersion it planned against")
    void onePatchOnlyNamedFields() throws Exception {
      String version = config().getMetadata().getResourceVersion();
      cluster.requests().clear();

      ApplyResult result = configurer().managed().storage(TestStorage.operatorClaim()).apply();

      assertThat(result.changes()).hasSize(1);
      assertThat(writes()).singleElement().satisfies(patch -> {
        assertThat(patch.method()).isEqualTo("PATCH");
        assertThat(patch.contentType()).startsWith("application/merge-patch+json");
      });
      assertThat(configPatch()).isEqualTo(JSON.readTree(
          "{\"spec\":{\"managementState\":\"Managed\",\"storage\":{\"pvc\":{}}},"
              + "\"metadata\":{\"resourceVersion\":\"" + version + "\"}}"));
      assertThat(config().getSpec().getManagementState()).isEqualTo("Managed");
    }

    @Test
    @DisplayName("writes the objects a provider names only once provisioned, such as the CA of a new endpoint")
    void writesObjectsKnownAfterProvisioning() {
      ApplyResult result = configurer().managed().storage(TestStorage.provisionedS3("bucket-1", "CA-PEM")).apply();

      assertThat(result.changes()).extracting(c -> c.target().kind()).containsExactly("ConfigMap", "Config");
      assertThat(cluster.client().configMaps().inNamespace("openshift-config").withName("provisioned-ca").get()
          .getData()).containsEntry("ca-bundle.crt", "CA-PEM");
      assertThat(config().getSpec().getStorage().getS3().getBucket()).isEqualTo("bucket-1");
    }

    @Test
    @DisplayName("switching emptyDir to a claim removes emptyDir in the same patch")
    void switchRemovesOldBackend() throws Exception {
      configurer().managed().storage(TestStorage.emptyDir()).apply();
      cluster.requests().clear();

      cluster.client().persistentVolumeClaims().inNamespace("openshift-image-registry").resource(
          new io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder().withNewMetadata().withName("registry-storage").endMetadata()
              .withNewSpec().withAccessModes("ReadWriteMany").withNewResources().addToRequests("storage", new io.fabric8.kubernetes.api.model.Quantity("100Gi"))
              .endResources().endSpec().build()).create();
      configurer().storage(TestStorage.claim("registry-storage")).allowDataLoss().apply();
      JsonNode patch = configPatch();
      assertThat(patch.at("/spec/storage/emptyDir").isNull()).isTrue();
      assertThat(patch.at("/spec/storage/pvc/claim").asText()).isEqualTo("registry-storage");
      Config stored = config();
      assertThat(stored.getSpec().getStorage().getEmptyDir()).isNull();
      assertThat(stored.getSpec().getStorage().getPvc().getClaim()).isEqualTo("registry-storage");
    }

    @Test
    @DisplayName("a repeated apply of the same state makes no write")
    void idempotent() {
      RegistryConfigurer desired = configurer().managed().replicas(1).storage(TestStorage.s3("b", "AK", "SK"));
      assertThat(desired.apply().changes()).hasSize(2);
      cluster.requests().clear();

      ApplyResult again = desired.apply();

      assertThat(again.changed()).isFalse();
      assertThat(writes()).isEmpty();
    }

    @Test
    @DisplayName("a conflicting write by someone else is re-read, re-planned and kept")
    void conflictRetried() {
      AtomicBoolean interfered = new AtomicBoolean();
      ApplyResult result = configurer().managed().storage(TestStorage.operatorClaim())
          .listener(event -> {
            if (event instanceof ProgressEvent.StageFinished f && f.stage() == Stage.PLAN && interfered.compareAndSet(false, true)) {
              Config other = config();
              other.getSpec().setLogLevel("Debug");
              cluster.client().imageRegistryOperatorConfigs().resource(other).update();
            }
          })
          .apply();

      assertThat(result.attempts()).as(cluster.requests().describe()).isEqualTo(2);
      Config stored = config();
      assertThat(stored.getSpec().getManagementState()).isEqualTo("Managed");
      assertThat(stored.getSpec().getLogLevel()).isEqualTo("Debug");
    }

    @Test
    @DisplayName("gives up after repeated conflicts without overwriting the other writer")
    void conflictsExhausted() {
      cluster.faults().failAlways("PATCH", "configs", 409);
      assertThatThrownBy(() -> configurer().maxConflictRetries(2).managed().storage(TestStorage.operatorClaim()).apply())
          .isInstanceOf(dev.registrysdk.api.error.ConflictException.class)
          .hasMessageContaining("changed by another writer 3 times");
      assertThat(config().getSpec().getManagementState()).isEqualTo("Removed");
    }

    @Test
    @DisplayName("when conflicts never end, the writes made before are undone and the conflict is thrown")
    void conflictsExhaustedUndone() {
      cluster.faults().failAlways("PATCH", "configs", 409);
      assertThatThrownBy(() -> configurer().maxConflictRetries(1).managed().storage(TestStorage.s3("b", "AK", "SK"))
          .apply())
          .isInstanceOf(dev.registrysdk.api.error.ConflictException.class);
      assertThat(cluster.client().secrets().inNamespace("openshift-image-registry")
          .withName("image-registry-private-configuration-user").get()).as("undone").isNull();
    }

    @Test
    @DisplayName("when conflicts never end and an undo fails, what remains is reported, caused by the conflict")
    void conflictsExhaustedUndoFails() {
      cluster.faults().failAlways("PATCH", "configs", 409).failNext("DELETE", "secrets", 500);
      assertThatThrownBy(() -> configurer().maxConflictRetries(1).managed().storage(TestStorage.s3("b", "AK", "SK"))
          .apply())
          .isInstanceOf(ApplyFailedException.class)
          .hasCauseInstanceOf(dev.registrysdk.api.error.ConflictException.class)
          .hasMessageContaining("changed by another writer 2 times")
          .satisfies(e -> assertThat(((ApplyFailedException) e).left()).extracting(c -> c.target().toString())
              .containsExactly("Secret openshift-image-registry/image-registry-private-configuration-user"));
      assertThat(cluster.client().secrets().inNamespace("openshift-image-registry")
          .withName("image-registry-private-configuration-user").get()).as("left, as reported").isNotNull();
    }

    @Test
    @DisplayName("a failed write undoes what was written before it")
    void undoOnFailure() {
      cluster.faults().failAlways("PATCH", "configs", 403);

      assertThatThrownBy(() -> configurer().managed().storage(TestStorage.s3("b", "AK", "SK")).apply())
          .isInstanceOf(ApplyFailedException.class)
          .hasMessageContaining("HTTP 403")
          .satisfies(e -> {
            ApplyFailedException failure = (ApplyFailedException) e;
            assertThat(failure.fullyUndone()).isTrue();
            assertThat(failure.undone()).extracting(c -> c.target().name())
                .containsExactly("image-registry-private-configuration-user");
          });
      assertThat(cluster.client().secrets().inNamespace("openshift-image-registry")
          .withName("image-registry-private-configuration-user").get()).isNull();
      assertThat(config().getSpec().getManagementState()).isEqualTo("Removed");
    }

    @Test
    @DisplayName("an undo that fails too is reported: the secret left on the cluster, and why its undo failed")
    void undoFails() {
      cluster.faults().failAlways("PATCH", "configs", 500).failNext("DELETE", "secrets", 500);

      assertThatThrownBy(() -> configurer().managed().storage(TestStorage.s3("b", "AK", "SK")).apply())
          .isInstanceOf(ApplyFailedException.class)
          .hasMessageContaining("Applying failed at PATCH Config cluster: Request about Config cluster failed with HTTP 500")
          .hasMessageContaining("These earlier changes could not be undone and remain: "
              + "CREATE Secret openshift-image-registry/image-registry-private-configuration-user (undo failed: "
              + "Request about Secret openshift-image-registry/image-registry-private-configuration-user failed with HTTP 500: "
              + "Internal error occurred: injected fault). Undone: nothing")
          .satisfies(e -> {
            ApplyFailedException failure = (ApplyFailedException) e;
            assertThat(failure.fullyUndone()).isFalse();
            assertThat(failure.undone()).isEmpty();
            assertThat(failure.left()).extracting(c -> c.target().toString())
                .containsExactly("Secret openshift-image-registry/image-registry-private-configuration-user");
            assertThat(failure.undoFailures().values()).singleElement().asString().contains("HTTP 500");
          });
      assertThat(cluster.client().secrets().inNamespace("openshift-image-registry")
          .withName("image-registry-private-configuration-user").get()).as("left, as reported").isNotNull();
      assertThat(config().getSpec().getManagementState()).isEqualTo("Removed");
    }

    @Test
    @DisplayName("a desired state with errors is refused with every error, and nothing is written")
    void validationRefuses() {
      cluster.requests().clear();
      assertThatThrownBy(() -> configurer().managed().replicas(-1)
              .route(RegistryRoute.named("default-route")).storage(TestStorage.operatorClaim()).apply())
          .isInstanceOf(ValidationException.class)
          .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(Finding::code)
              .contains(FindingCodes.REPLICAS_NEGATIVE, FindingCodes.ROUTE_NAME_RESERVED));
      assertThat(writes()).isEmpty();
    }

    @Test
    @DisplayName("a block claim brings replicas 1 and Recreate in the same patch")
    void suggestedSettings() throws Exception {
      configurer().managed().storage(TestStorage.blockClaim()).apply();
      JsonNode patch = configPatch();
      assertThat(patch.at("/spec/rolloutStrategy").asText()).isEqualTo("Recreate");
      assertThat(patch.at("/spec/replicas").isMissingNode())
          .as("replicas is already 1, so the suggestion changes nothing and is not sent").isTrue();
    }
  }

  @Nested
  @DisplayName("API errors")
  class ApiErrors {
    @Test
    @DisplayName("a refused read surfaces as ApiException with the status, the object and what to do")
    void forbiddenRead() {
      cluster.faults().failAlways("GET", "configs", 403);

      assertThatThrownBy(() -> configurer().managed().storage(TestStorage.emptyDir()).plan())
          .isInstanceOf(ApiException.class)
          .hasMessage("Request about Config cluster failed with HTTP 403: configs.imageregistry.operator.openshift.io "
              + "\"cluster\" is forbidden: injected fault. The user needs permission for it (cluster-admin configures the registry)")
          .satisfies(e -> {
            ApiException api = (ApiException) e;
            assertThat(api.statusCode()).isEqualTo(403);
            assertThat(api.target()).contains(RegistryObjects.CONFIG);
            assertThat(api.retryable()).isFalse();
          });
    }

    @Test
    @DisplayName("a server error on the Config patch fails the apply with the ApiException as cause, retryable")
    void serverErrorOnPatch() {
      cluster.faults().failNext("PATCH", "configs", 500);

      assertThatThrownBy(() -> configurer().managed().storage(TestStorage.emptyDir()).apply())
          .isInstanceOf(ApplyFailedException.class)
          .hasMessage("Applying failed at PATCH Config cluster: Request about Config cluster failed with HTTP 500: "
              + "Internal error occurred: injected fault. Nothing had been written.")
          .cause()
          .isInstanceOfSatisfying(ApiException.class, api -> {
            assertThat(api.statusCode()).isEqualTo(500);
            assertThat(api.target()).contains(RegistryObjects.CONFIG);
            assertThat(api.retryable()).isTrue();
          });
      assertThat(config().getSpec().getManagementState()).isEqualTo("Removed");
    }
  }

  @Nested
  @DisplayName("the Config does not exist")
  class MissingConfig {
    /** Plans after waiting up to {@code wait} for the Config, and expects a refusal for {@code reason} saying each fragment. */
    private void assertNotReady(FakeOpenShift cluster, Duration wait, ClusterNotReadyException.Reason reason, String... fragments) {
      assertThatThrownBy(() -> RegistryConfigurer.on(cluster.client()).waitForConfig(wait).managed().plan())
          .isInstanceOfSatisfying(ClusterNotReadyException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).contains(fragments);
          });
    }

    /** A cluster seconds old: the Config appears in three minutes, and ClusterOperator image-registry is not there yet. */
    private FakeOpenShift withoutOperatorYet() {
      FakeOpenShift young = FakeOpenShift.bareMetal().configAppearsAfter(Duration.ofMinutes(3)).start();
      young.client().config().clusterOperators().withName("image-registry").delete();
      return young;
    }

    @Test
    @DisplayName("a cluster without the ImageRegistry capability fails at once with a clear reason")
    void capabilityDisabled() {
      try (FakeOpenShift bare = FakeOpenShift.bareMetal().withoutImageRegistryCapability().start()) {
        assertNotReady(bare, Duration.ofMinutes(5), ClusterNotReadyException.Reason.CAPABILITY_DISABLED,
            "ClusterVersion version does not list ImageRegistry", "ImageRegistry capability is disabled");
      }
    }

    @Test
    @DisplayName("a cluster seconds old, without the ClusterOperator yet but with ImageRegistry enabled in ClusterVersion, is waited for")
    void youngClusterWithoutOperator() {
      try (FakeOpenShift young = withoutOperatorYet()) {
        assertNotReady(young, Duration.ofMillis(200), ClusterNotReadyException.Reason.CONFIG_NOT_FOUND,
            "was not found after waiting PT0.2S", "has not initialised yet",
            "ClusterOperator image-registry does not exist yet either, although ClusterVersion lists "
                + "the ImageRegistry capability as enabled");
      }
    }

    @Test
    @DisplayName("without the ClusterOperator and with ClusterVersion unreadable, it waits rather than guess the capability is disabled")
    void capabilitiesUnknown() {
      try (FakeOpenShift young = withoutOperatorYet()) {
        young.faults().failAlways("GET", "clusterversions", 403);

        assertNotReady(young, Duration.ZERO, ClusterNotReadyException.Reason.CONFIG_NOT_FOUND,
            "could not tell whether the ImageRegistry capability is enabled");
      }
    }

    @Test
    @DisplayName("waits for the operator to create the Config, then fails with a clear message after the timeout")
    void notFoundTimesOut() {
      try (FakeOpenShift young = FakeOpenShift.bareMetal().configAppearsAfter(Duration.ofMinutes(3)).start()) {
        assertNotReady(young, Duration.ofMillis(300), ClusterNotReadyException.Reason.CONFIG_NOT_FOUND,
            "has not initialised yet", "waitForConfig");
      }
    }

    @Test
    @DisplayName("proceeds once the operator creates the Config while the SDK waits")
    void configAppears() throws Exception {
      try (FakeOpenShift young = FakeOpenShift.bareMetal().configAppearsAfter(Duration.ofMinutes(3)).start()) {
        CompletableFuture<Plan> plan = CompletableFuture.supplyAsync(
            () -> RegistryConfigurer.on(young.client()).waitForConfig(Duration.ofSeconds(30)).managed()
                .storage(TestStorage.operatorClaim()).plan());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> young.requests().all().stream()
            .anyMatch(r -> "watch".equals(r.verb()) || "true".equals(r.query().get("watch"))));
        young.clock().advance(Duration.ofMinutes(3));
        assertThat(plan.get(20, java.util.concurrent.TimeUnit.SECONDS).changes()).hasSize(1);
      }
    }
  }

  @Nested
  @DisplayName("awaitReady()")
  class Awaiting {
    @Test
    @DisplayName("readiness with no time to wait reads the state directly instead of racing the watch")
    void zeroTimeout() {
      configurer().managed().storage(TestStorage.emptyDir()).apply();

      Readiness now = configurer().readiness(Duration.ZERO);

      assertThat(now.state()).isEqualTo(ReadinessState.READY);
      assertThat(now.observations()).isEqualTo(1);
    }

    @Test
    @DisplayName("a registry whose ClusterOperator image-registry is gone never reads ready, and says why")
    void clusterOperatorMissing() {
      configurer().managed().storage(TestStorage.emptyDir()).apply();
      cluster.client().config().clusterOperators().withName("image-registry").delete();

      Readiness waited = configurer().readiness(Duration.ofMillis(300));

      assertThat(waited.state()).isEqualTo(ReadinessState.PROGRESSING);
      assertThat(waited.reason()).isEqualTo("ClusterOperatorNotReported");
      assertThat(waited.message()).contains("ClusterOperator image-registry has not been reported yet");
    }

    @Test
    @DisplayName("with no time to wait and a settle window, a registry that reads ready has not settled")
    void zeroTimeoutNotSettled() {
      configurer().managed().storage(TestStorage.emptyDir()).apply();

      Readiness now = configurer().settleWindow(Duration.ofSeconds(1)).readiness(Duration.ZERO);

      assertThat(now.state()).isEqualTo(ReadinessState.PROGRESSING);
      assertThat(now.reason()).isEqualTo("NotSettled");
    }

    @Test
    @DisplayName("counts ready only once readiness has held for the whole settle window")
    void settleWindowHolds() {
      Duration window = Duration.ofMillis(300);
      List<Long> readyAt = new CopyOnWriteArrayList<>();
      ApplyResult result = configurer().settleWindow(window).managed().storage(TestStorage.emptyDir())
          .listener(event -> {
            if (event instanceof ProgressEvent.Waiting w && w.readiness().isReady()) {
              readyAt.add(System.nanoTime());
            }
          })
          .apply();

      Readiness ready = result.awaitReady(Duration.ofSeconds(10));
      long returned = System.nanoTime();

      assertThat(ready.isReady()).isTrue();
      assertThat(readyAt).isNotEmpty();
      assertThat(Duration.ofNanos(returned - readyAt.get(0))).isGreaterThanOrEqualTo(window);
      assertThat(ready.elapsed()).isGreaterThanOrEqualTo(window);
    }

    @Test
    @DisplayName("a ClusterOperator that turns Available=False inside the settle window restarts the window")
    void flipRestartsWindow() {
      Duration window = Duration.ofMillis(500);
      List<Readiness> seen = new CopyOnWriteArrayList<>();
      List<Long> seenAt = new CopyOnWriteArrayList<>();
      AtomicBoolean flipped = new AtomicBoolean();
      AtomicBoolean restored = new AtomicBoolean();
      ApplyResult result = configurer().settleWindow(window).managed().storage(TestStorage.emptyDir())
          .listener(event -> {
            if (!(event instanceof ProgressEvent.Waiting w)) {
              return;
            }
            seen.add(w.readiness());
            seenAt.add(System.nanoTime());
            if (w.readiness().isReady() && flipped.compareAndSet(false, true)) {
              // Between two syncs the operator briefly reports the registry unavailable.
              cluster.operator().pause();
              cluster.client().config().clusterOperators().withName("image-registry").editStatus(co -> {
                co.getStatus().getConditions().stream().filter(c -> c.getType().equals("Available")).forEach(c -> {
                  c.setStatus("False");
                  c.setReason("NoReplicasAvailable");
                  c.setMessage("Available: The deployment does not have available replicas");
                });
                return co;
              });
            } else if (!w.readiness().isReady() && flipped.get() && restored.compareAndSet(false, true)) {
              cluster.operator().resume();
            }
          })
          .apply();

      Readiness ready = result.awaitReady(Duration.ofSeconds(10));
      long returned = System.nanoTime();

      assertThat(ready.isReady()).isTrue();
      int firstReady = indexOf(seen, 0, true);
      int unavailable = indexOf(seen, firstReady, false);
      int readyAgain = indexOf(seen, unavailable, true);
      assertThat(seen.get(unavailable).reason()).isEqualTo("NoReplicasAvailable");
      assertThat(Duration.ofNanos(returned - seenAt.get(readyAgain)))
          .as("the window counts from the second ready snapshot, not the first").isGreaterThanOrEqualTo(window);
    }

    private int indexOf(List<Readiness> seen, int from, boolean ready) {
      for (int i = from; i < seen.size(); i++) {
        if (seen.get(i).isReady() == ready) {
          return i;
        }
      }
      throw new AssertionError("no " + (ready ? "ready" : "unready") + " snapshot after #" + from + " in " + seen);
    }

    @Test
    @DisplayName("a wait that ends inside the settle window is not ready: NotSettled, with how long readiness held")
    void timeoutInsideWindow() {
      ApplyResult result = configurer().settleWindow(Duration.ofMinutes(1)).managed().storage(TestStorage.emptyDir()).apply();

      assertThatThrownBy(() -> result.awaitReady(Duration.ofMillis(500)))
          .isInstanceOf(RegistryNotReadyException.class)
          .hasMessageContaining("NotSettled")
          .satisfies(e -> {
            Readiness last = ((RegistryNotReadyException) e).readiness();
            assertThat(last.state()).isEqualTo(ReadinessState.PROGRESSING);
            assertThat(last.message()).startsWith("the registry reported ready (").endsWith("less than the settle window of 1 min");
          });
    }

    @Test
    @DisplayName("reports a registry whose claim stays Pending as not ready, with the operator's message and a hint")
    void pendingClaimNotReady() {
      // The operator's ReadWriteMany claim on bare metal's block-only default class never binds.
      ApplyResult result = configurer().managed().storage(TestStorage.operatorClaim()).apply();

      assertThatThrownBy(() -> result.awaitReady(Duration.ofMillis(500)))
          .isInstanceOf(dev.registrysdk.api.error.RegistryNotReadyException.class)
          .hasMessageContaining("The deployment does not have available replicas")
          .hasMessageContaining("storage that cannot be mounted");
    }

    @Test
    @DisplayName("ignores an Available=True that belongs to the previous generation")
    void generationAware() {
      cluster.operator().pause();
      ApplyResult result = configurer().managed().storage(TestStorage.emptyDir()).apply();

      Readiness stale = result.await(Duration.ofMillis(500));
      assertThat(stale.state()).isEqualTo(ReadinessState.PROGRESSING);
      assertThat(stale.reason()).isEqualTo("GenerationNotObserved");

      cluster.operator().resume();
      assertThat(result.awaitReady(Duration.ofSeconds(10)).isReady()).isTrue();
    }
  }

  @Nested
  @DisplayName("secrets")
  class Secrets {
    @Test
    @DisplayName("never appear in plans, results, exceptions or logs")
    void neverLeak() {
      String canary = "CANARY-SECRET-7f3a";
      java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
      java.io.PrintStream original = System.err;
      System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
      try {
        RegistryConfigurer desired = configurer().managed()
            .storage(TestStorage.s3("bucket", "AKIA-" + canary, canary))
            .route(RegistryRoute.named("r").tls(RouteTls.fromPem("not a certificate", canary)))
            .listener(new dev.registrysdk.core.progress.LoggingProgressListener());
        Plan plan = desired.plan();
        assertThat(plan.render()).doesNotContain(canary);
        assertThat(plan.toString()).doesNotContain(canary);
        assertThat(plan.changes().toString()).doesNotContain(canary);
        assertThat(desired.toString()).doesNotContain(canary);
        assertThatThrownBy(desired::apply).isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain(canary));
        ApplyResult applied = configurer().managed().storage(TestStorage.s3("bucket", "AKIA-" + canary, canary))
            .listener(new dev.registrysdk.core.progress.LoggingProgressListener()).apply();
        assertThat(applied.toString() + applied.changes() + applied.plan()).doesNotContain(canary);
      } finally {
        System.setErr(original);
      }
      String logs = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(logs).as("the logs were captured").contains("Stage started [stage=APPLY]", "Applied [action=CREATE");
      assertThat(logs).doesNotContain(canary);
      assertThat(cluster.client().secrets().inNamespace("openshift-image-registry")
          .withName("image-registry-private-configuration-user").get().getData()).containsKey("REGISTRY_STORAGE_S3_SECRETKEY");
    }

    @Test
    @DisplayName("a Secret's values are masked even when its provider did not mark it sensitive")
    void secretMaskedWithoutMark() {
      String canary = "CANARY-UNMARKED-41c9";
      StorageProvider careless = new StorageProvider() {
        @Override
        public String backend() {
          return "s3";
        }

        @Override
        public java.util.Set<ResourceKey> observedObjects() {
          return java.util.Set.of(RegistryObjects.USER_CREDENTIALS);
        }

        @Override
        public StorageContribution contribute(StorageContext context) {
          return StorageContribution.builder()
              .storage(new ImageRegistryConfigStorageBuilder().withNewS3().withBucket("b").withRegion("local").endS3().build())
              .addObjects(DesiredObject.merge(new SecretBuilder().withNewMetadata().withNamespace("openshift-image-registry")
                  .withName("image-registry-private-configuration-user").endMetadata()
                  .addToStringData("REGISTRY_STORAGE_S3_SECRETKEY", canary).build(), "S3 credentials"))
              .build();
        }
      };

      Plan plan = configurer().managed().storage(careless).plan();

      String encoded = java.util.Base64.getEncoder().encodeToString(canary.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertThat(plan.changes()).first().satisfies(secret -> {
        assertThat(secret.target().kind()).isEqualTo("Secret");
        assertThat(secret.sensitive()).isTrue();
        assertThat(secret.diff()).containsExactly("data.REGISTRY_STORAGE_S3_SECRETKEY: (unset) -> ****");
        assertThat(secret.displayBody()).doesNotContain(encoded).contains("****");
      });
      assertThat(plan.render() + plan).doesNotContain(canary).doesNotContain(encoded);
    }
  }

  @Test
  @DisplayName("the rollout strategy a block claim requires can be set explicitly")
  void explicitRollout() {
    Plan plan = configurer().managed().rolloutStrategy(RolloutStrategy.RECREATE).replicas(1)
        .storage(TestStorage.blockClaim()).plan();
    assertThat(plan.hasErrors()).isFalse();
  }
}
