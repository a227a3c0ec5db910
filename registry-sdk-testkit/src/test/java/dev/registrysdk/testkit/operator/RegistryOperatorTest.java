package dev.registrysdk.testkit.operator;

import static dev.registrysdk.testkit.assertj.FakeOpenShiftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.openshift.api.model.Route;
import io.fabric8.openshift.api.model.RouteBuilder;
import io.fabric8.openshift.api.model.config.v1.ClusterOperator;
import io.fabric8.openshift.api.model.config.v1.ClusterOperatorStatusCondition;
import io.fabric8.openshift.api.model.config.v1.Image;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import io.fabric8.openshift.api.model.operator.v1.OperatorConditionBuilder;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The simulated Image Registry Operator")
class RegistryOperatorTest {

  private static final String NS = "openshift-image-registry";

  private static void mergePatch(FakeOpenShift cluster, String patch) {
    cluster.client().imageRegistryOperatorConfigs().withName("cluster").patch(PatchContext.of(PatchType.JSON_MERGE),
        patch);
  }

  private static Deployment deployment(FakeOpenShift cluster) {
    return cluster.client().apps().deployments().inNamespace(NS).withName("image-registry").get();
  }

  private static Config config(FakeOpenShift cluster) {
    return cluster.client().imageRegistryOperatorConfigs().withName("cluster").get();
  }

  private static void userSecret(FakeOpenShift cluster, String... keys) {
    SecretBuilder secret = new SecretBuilder().withNewMetadata().withName("image-registry-private-configuration-user")
        .withNamespace(NS).endMetadata();
    for (String key : keys) {
      secret.addToStringData(key, "value-of-" + key);
    }
    cluster.client().secrets().inNamespace(NS).resource(secret.build()).create();
  }

  @Nested
  @DisplayName("on a Managed registry with valid storage")
  class Managed {

    @Test
    @DisplayName("reports the new generation ready right after the write")
    void readyAfterWrite() {
      try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
        mergePatch(cluster, "{\"spec\":{\"managementState\":\"Managed\",\"storage\":{\"emptyDir\":{}}}}");
        assertThat(cluster).registry().isReady().hasStorage("emptyDir").hasStorageManagementState("Managed");
        assertThat(config(cluster).getStatus().getReadyReplicas()).isEqualTo(1);
      }
    }

    @Test
    @DisplayName("writes back a 128-hex-character httpSecret and its finalizer")
    void writeBacks() {
      try (FakeOpenShift cluster = FakeOpenShift.libvirt().start()) {
        Config config = config(cluster);
        assertThat(config.getSpec().getHttpSecret()).matches("[0-9a-f]{128}");
        assertThat(config.getMetadata().getFinalizers()).contains("imageregistry.operator.openshift.io/finalizer");
      }
    }

    @Test
    @DisplayName("creates the deployment, the service and the default route on the ingress domain")
    void createsObjects() {
      try (FakeOpenShift cluster = FakeOpenShift.libvirt().start()) {
        mergePatch(cluster, "{\"spec\":{\"defaultRoute\":true}}");
        assertThat(cluster.client().apps().deployments().inNamespace(NS).withName("image-registry").get()).isNotNull();
        assertThat(cluster.client().services().inNamespace(NS).withName("image-registry").get().getSpec().getPorts())
            .singleElement().satisfies(p -> assertThat(p.getPort()).isEqualTo(5000));
        Route route = cluster.client().routes().inNamespace(NS).withName("default-route").get();
        assertThat(route.getSpec().getHost()).isEqualTo("default-route-openshift-image-registry.apps.testkit.example.com");
        Image image = cluster.client().config().images().withName("cluster").get();
        assertThat(image.getStatus().getInternalRegistryHostname()).isEqualTo("image-registry.openshift-image-registry.svc:5000");
        assertThat(image.getStatus().getExternalRegistryHostnames()).containsExactly(route.getSpec().getHost());
      }
    }

    @Test
    @DisplayName("creates image-registry-storage (RWX, 100Gi, owned) when pvc.claim is empty")
    void defaultClaim() {
      try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
        mergePatch(cluster, "{\"spec\":{\"managementState\":\"Managed\",\"storage\":{\"pvc\":{}}}}");
        PersistentVolumeClaim claim = cluster.client().persistentVolumeClaims().inNamespace(NS)
            .withName("image-registry-storage").get();
        assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteMany");
        assertThat(claim.getSpec().getResources().getRequests()).containsEntry("storage", new Quantity("100Gi"));
        assertThat(claim.getMetadata().getAnnotations()).containsEntry("imageregistry.openshift.io", "true");
        assertThat(config(cluster).getSpec().getStorage().getPvc().getClaim()).isEqualTo("image-registry-storage");
        assertThat(cluster).registry().hasStorageManagementState("Managed");
      }
    }

    @Test
    @DisplayName("mirrors the conditions onto ClusterOperator image-registry")
    void clusterOperator() {
      try (FakeOpenShift cluster = FakeOpenShift.libvirt().start()) {
        ClusterOperator co = cluster.client().config().clusterOperators().withName("image-registry").get();
        assertThat(co.getStatus().getConditions()).extracting(ClusterOperatorStatusCondition::getType)
            .containsExactly("Available", "Progressing", "Degraded");
        assertThat(co.getStatus().getConditions().get(0).getReason()).isEqualTo("Ready");
        assertThat(co.getStatus().getConditions().get(0).getMessage())
            .contains("Available: The registry is ready", "ImagePrunerAvailable: Pruner CronJob has been created");
        assertThat(co.getStatus().getConditions().get(2).getReason()).isEqualTo("AsExpected");
        assertThat(co.getStatus().getVersions()).singleElement().satisfies(v -> assertThat(v.getVersion())
            .isEqualTo("4.18.0"));
      }
    }
  }

  @Nested
  @DisplayName("with invalid configuration")
  class Invalid {

    @Test
    @DisplayName("reports more than one storage backend as an error while progressing")
    void multipleBackends() {
      try (FakeOpenShift cluster = FakeOpenShift.libvirt().start()) {
        mergePatch(cluster, "{\"spec\":{\"storage\":{\"pvc\":{\"claim\":\"x\"}}}}");
        assertThat(cluster).registry().hasCondition("Progressing", "True", "Error")
            .hasConditionMessageContaining("Progressing", "Unable to apply resources: unable to sync storage"
                + " configuration: exactly one storage type should be configured at the same time, got 2:"
                + " [EmptyDir PVC]");
      }
    }

    @Test
    @DisplayName("reports a Managed registry without storage on bare metal as StorageNotConfigured")
    void storageNotConfigured() {
      try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
        mergePatch(cluster, "{\"spec\":{\"managementState\":\"Managed\"}}");
        assertThat(cluster).registry().hasCondition("Degraded", "True", "StorageNotConfigured")
            .hasCondition("Available", "False", "StorageNotConfigured")
            .hasConditionMessageContaining("Degraded", "storage backend not configured");
        assertThat(cluster).clusterOperator().hasCondition("Degraded", "True", "StorageNotConfigured");
      }
    }

    @Test
    @DisplayName("rejects a ReadWriteOnce claim with the RollingUpdate strategy")
    void readWriteOnceRollingUpdate() {
      try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
        cluster.client().persistentVolumeClaims().inNamespace(NS).resource(new PersistentVolumeClaimBuilder()
            .withNewMetadata().withName("mine").endMetadata().withNewSpec().withAccessModes("ReadWriteOnce")
            .withNewResources().addToRequests("storage", new Quantity("10Gi")).endResources().endSpec().build())
            .create();
        mergePatch(cluster, "{\"spec\":{\"managementState\":\"Managed\",\"rolloutStrategy\":\"RollingUpdate\","
            + "\"storage\":{\"pvc\":{\"claim\":\"mine\"}}}}");
        assertThat(cluster).registry().hasCondition("StorageExists", "False", "PVC Issues Found")
            .hasConditionMessageContaining("Progressing",
                "cannot use ReadWriteOnce access mode with RollingUpdate rollout strategy");
      }
    }

    static Stream<Arguments> claimChecks() {
      return Stream.of(
          Arguments.of("ReadWriteOnce", "\"replicas\":2,\"rolloutStrategy\":\"Recreate\"",
              "cannot use ReadWriteOnce access mode with more than one replica of the image registry"),
          Arguments.of("ReadWriteOnce", "\"replicas\":1,\"rolloutStrategy\":null",
              "cannot use ReadWriteOnce access mode with  rollout strategy"),
          Arguments.of("ReadOnlyMany", "\"replicas\":1",
              "PVC mine does not contain the necessary access modes: ReadWriteMany or ReadWriteOnce"));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("claimChecks")
    @DisplayName("checks the access modes of the claim against replicas and rollout strategy")
    void claimChecks(String accessMode, String specFields, String message) {
      try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
        cluster.client().persistentVolumeClaims().inNamespace(NS).resource(new PersistentVolumeClaimBuilder()
            .withNewMetadata().withName("mine").endMetadata().withNewSpec().withAccessModes(accessMode)
            .withNewResources().addToRequests("storage", new Quantity("10Gi")).endResources().endSpec().build())
            .create();
        mergePatch(cluster, "{\"spec\":{\"managementState\":\"Managed\"," + specFields
            + ",\"storage\":{\"pvc\":{\"claim\":\"mine\"}}}}");
        assertThat(cluster).registry().hasCondition("StorageExists", "False", "PVC Issues Found")
            .hasConditionMessageContaining("StorageExists", message)
            .hasCondition("Progressing", "True", "Error")
            .hasConditionMessageContaining("Progressing", "Unable to apply resources: unable to sync storage"
                + " configuration: " + message);
      }
    }

    @Test
    @DisplayName("refuses to adopt an image-registry-storage claim it did not create")
    void claimNotOwned() {
      try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
        cluster.client().persistentVolumeClaims().inNamespace(NS).resource(new PersistentVolumeClaimBuilder()
            .withNewMetadata().withName("image-registry-storage").endMetadata().withNewSpec()
            .withAccessModes("ReadWriteMany").endSpec().build()).create();
        mergePatch(cluster, "{\"spec\":{\"managementState\":\"Managed\",\"storage\":{\"pvc\":{}}}}");
        assertThat(cluster).registry().hasCondition("StorageExists", "False", "PVC Already Exists")
            .hasConditionMessageContaining("Progressing",
                "could not create default PVC, it already exists and is not owned by the operator");
      }
    }

    @Test
    @DisplayName("names the missing S3 key of the user's credentials secret")
    void missingS3Key() {
      try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
        userSecret(cluster, "REGISTRY_STORAGE_S3_ACCESSKEY");
        mergePatch(cluster, "{\"spec\":{\"managementState\":\"Managed\",\"storage\":{\"s3\":{\"bucket\":\"b\","
            + "\"region\":\"us-east-1\"}}}}");
        assertThat(cluster).registry().hasConditionMessageContaining("Progressing",
            "secret \"openshift-image-registry/image-registry-private-configuration-user\" does not contain"
                + " required key \"REGISTRY_STORAGE_S3_SECRETKEY\"");
      }
    }

    @Test
    @DisplayName("names the missing ca-bundle.crt key of the S3 trusted CA config map")
    void trustedCaKey() {
      try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
        userSecret(cluster, "REGISTRY_STORAGE_S3_ACCESSKEY", "REGISTRY_STORAGE_S3_SECRETKEY");
        cluster.client().configMaps().inNamespace("openshift-config").resource(new ConfigMapBuilder()
            .withNewMetadata().withName("s3-ca").endMetadata().addToData("ca.crt", "x").build()).create();
        mergePatch(cluster, "{\"spec\":{\"managementState\":\"Managed\",\"storage\":{\"s3\":{\"bucket\":\"b\","
            + "\"region\":\"us-east-1\",\"trustedCA\":{\"name\":\"s3-ca\"}}}}}");
        assertThat(cluster).registry().hasConditionMessageContaining("Progressing",
            "trusted CA config map \"s3-ca\" does not contain required key \"ca-bundle.crt\"");
      }
    }

    @Test
    @DisplayName("fails verification for negative replicas, permanently")
    void negativeReplicas() {
      try (FakeOpenShift cluster = FakeOpenShift.libvirt().start()) {
        mergePatch(cluster, "{\"spec\":{\"replicas\":-1}}");
        assertThat(cluster).registry().hasCondition("Degraded", "True", "VerificationFailed")
            .hasCondition("Progressing", "False", "Error")
            .hasConditionMessageContaining("Degraded",
                "unable to complete resource: replicas must be greater than or equal to 0");
      }
    }

    @Test
    @DisplayName("fails verification for a route named default-route")
    void defaultRouteName() {
      try (FakeOpenShift cluster = FakeOpenShift.libvirt().start()) {
        mergePatch(cluster, "{\"spec\":{\"routes\":[{\"name\":\"default-route\"}]}}");
        assertThat(cluster).registry().hasCondition("Degraded", "True", "VerificationFailed")
            .hasConditionMessageContaining("Degraded",
                "duplication of names has been detected in the additional routes");
      }
    }
  }

  @Nested
  @DisplayName("with spec.routes")
  class Routes {

    private Route route(FakeOpenShift cluster, String name) {
      return cluster.client().routes().inNamespace(NS).withName(name).get();
    }

    @Test
    @DisplayName("creates a route with the given hostname and publishes it on Image config")
    void hostname() {
      try (FakeOpenShift cluster = FakeOpenShift.libvirt().start()) {
        mergePatch(cluster, "{\"spec\":{\"routes\":[{\"name\":\"public\",\"hostname\":\"registry.example.com\"}]}}");
        Route route = route(cluster, "public");
        assertThat(route.getSpec().getHost()).isEqualTo("registry.example.com");
        assertThat(route.getSpec().getTls().getTermination()).isEqualTo("reencrypt");
        assertThat(route.getMetadata().getAnnotations()).containsEntry("imageregistry.openshift.io", "true");
        assertThat(cluster.client().config().images().withName("cluster").get().getStatus()
            .getExternalRegistryHostnames()).containsExactly("registry.example.com");
        assertThat(cluster).registry().isReady();
      }
    }

    @Test
    @DisplayName("reports a route whose TLS secret is missing with the operator's error, and creates no route")
    void missingSecret() {
      try (FakeOpenShift cluster = FakeOpenShift.libvirt().start()) {
        mergePatch(cluster, "{\"spec\":{\"routes\":[{\"name\":\"public\",\"secretName\":\"public-tls\"}]}}");
        assertThat(cluster).registry().hasCondition("Progressing", "True", "Error")
            .hasConditionMessageContaining("Progressing", "Unable to apply resources: unable to apply objects:"
                + " failed to create object *v1.Route, Namespace=openshift-image-registry, Name=public: secret"
                + " \"public-tls\" not found");
        assertThat(route(cluster, "public")).isNull();
      }
    }

    @Test
    @DisplayName("deletes the routes it created once they are no longer listed, and keeps the others")
    void deletesUnlistedRoutes() {
      try (FakeOpenShift cluster = FakeOpenShift.libvirt().start()) {
        cluster.client().routes().inNamespace(NS).resource(new RouteBuilder().withNewMetadata().withName("mine")
            .endMetadata().withNewSpec().withNewTo().withKind("Service").withName("image-registry").endTo()
            .endSpec().build()).create();
        mergePatch(cluster, "{\"spec\":{\"routes\":[{\"name\":\"first\"},{\"name\":\"second\"}]}}");
        assertThat(route(cluster, "second")).isNotNull();
        mergePatch(cluster, "{\"spec\":{\"routes\":[{\"name\":\"first\"}]}}");
        assertThat(route(cluster, "second")).isNull();
        assertThat(route(cluster, "first")).isNotNull();
        assertThat(route(cluster, "mine")).isNotNull();
      }
    }

    @Test
    @DisplayName("reports Degraded=True/RouteDegraded when the router does not admit one of its routes")
    void routeNotAdmitted() {
      try (FakeOpenShift cluster = FakeOpenShift.libvirt().start()) {
        cluster.client().routes().inNamespace("default").resource(new RouteBuilder().withNewMetadata()
            .withName("claimer").endMetadata().withNewSpec().withHost("registry.apps.testkit.example.com")
            .withNewTo().withKind("Service").withName("web").endTo().endSpec().build()).create();
        cluster.clock().advance(Duration.ofSeconds(1));
        mergePatch(cluster, "{\"spec\":{\"routes\":[{\"name\":\"public\","
            + "\"hostname\":\"registry.apps.testkit.example.com\"}]}}");
        assertThat(cluster).registry().isAvailable().hasCondition("Degraded", "True", "RouteDegraded")
            .hasConditionMessageContaining("Degraded", "route public (host registry.apps.testkit.example.com,"
                + " router default) not admitted: a route in another namespace holds"
                + " registry.apps.testkit.example.com and is older than public");
        assertThat(cluster).clusterOperator().hasCondition("Degraded", "True", "RouteDegraded");
        cluster.client().routes().inNamespace("default").withName("claimer").delete();
        assertThat(cluster).registry().isReady();
      }
    }
  }

  @Nested
  @DisplayName("on ClusterOperator image-registry")
  class ClusterOperatorConditions {

    @Test
    @DisplayName("joins the prefixed reasons of every controller that reports a condition with ::")
    void joinsReasons() {
      try (FakeOpenShift cluster = FakeOpenShift.libvirt().start()) {
        cluster.client().imageRegistryOperatorConfigs().withName("cluster").editStatus(config -> {
          config.getStatus().getConditions().add(new OperatorConditionBuilder()
              .withType("ImageRegistryCertificatesControllerDegraded").withStatus("True").withReason("Error")
              .withMessage("unable to sync certificates").withLastTransitionTime("2025-01-01T00:00:00Z").build());
          return config;
        });
        cluster.faults().operatorDegraded("ProgressDeadlineExceeded", "Registry deployment has timed out progressing");
        ClusterOperatorStatusCondition degraded = cluster.client().config().clusterOperators()
            .withName("image-registry").get().getStatus().getConditions().stream()
            .filter(c -> c.getType().equals("Degraded")).findFirst().orElseThrow();
        assertThat(degraded.getStatus()).isEqualTo("True");
        assertThat(degraded.getReason()).isEqualTo("ImageRegistryCertificatesControllerError::ProgressDeadlineExceeded");
        assertThat(degraded.getMessage()).contains("Degraded: Registry deployment has timed out progressing",
            "ImageRegistryCertificatesControllerDegraded: unable to sync certificates");
      }
    }
  }

  @Nested
  @DisplayName("over time")
  class OverTime {

    @Test
    @DisplayName("turns Degraded=True/Unavailable only after five minutes without availability")
    void degradedInertia() {
      try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
        mergePatch(cluster, "{\"spec\":{\"managementState\":\"Managed\",\"storage\":{\"pvc\":{\"claim\":\"none\"}}}}");
        assertThat(cluster).registry().isNotAvailable().isNotDegraded();
        cluster.clock().advance(Duration.ofMinutes(4));
        assertThat(cluster).registry().isNotDegraded();
        cluster.clock().advance(Duration.ofMinutes(2));
        assertThat(cluster).registry().hasCondition("Degraded", "True", "Unavailable")
            .hasConditionMessageContaining("Degraded", "The deployment does not exist");
      }
    }

    @Test
    @DisplayName("shows Progressing during a rollout of the configured duration, with the old replicas available")
    void rolloutDuration() {
      try (FakeOpenShift cluster = FakeOpenShift.libvirt().rolloutDuration(Duration.ofSeconds(30)).start()) {
        cluster.clock().advance(Duration.ofSeconds(30));
        assertThat(cluster).registry().isReady();
        mergePatch(cluster, "{\"spec\":{\"logLevel\":\"Debug\"}}");
        assertThat(cluster).registry().hasCondition("Progressing", "True", "DeploymentNotCompleted")
            .hasCondition("Available", "True", "MinimumAvailability");
        cluster.clock().advance(Duration.ofSeconds(30));
        assertThat(cluster).registry().isReady();
      }
    }

    @Test
    @DisplayName("while its deployment is deleted in the foreground, reports DeploymentDeleted and"
        + " FinalizingDeployment, then recreates it")
    void deploymentDeletedInForeground() {
      try (FakeOpenShift cluster = FakeOpenShift.libvirt().rolloutDuration(Duration.ofSeconds(30)).start()) {
        cluster.clock().advance(Duration.ofSeconds(30));
        String uid = deployment(cluster).getMetadata().getUid();
        cluster.client().apps().deployments().inNamespace(NS).withName("image-registry")
            .withPropagationPolicy(DeletionPropagation.FOREGROUND).delete();
        assertThat(deployment(cluster).getMetadata().getDeletionTimestamp()).isNotNull();
        assertThat(cluster).registry().hasCondition("Available", "False", "DeploymentDeleted")
            .hasConditionMessageContaining("Available", "The deployment is being deleted")
            .hasCondition("Progressing", "True", "FinalizingDeployment");
        cluster.clock().advance(Duration.ofSeconds(30));
        assertThat(deployment(cluster).getMetadata().getUid()).isNotEqualTo(uid);
        assertThat(cluster).registry().hasCondition("Available", "False", "NoReplicasAvailable");
        cluster.clock().advance(Duration.ofSeconds(30));
        assertThat(cluster).registry().isReady();
      }
    }

    @Test
    @DisplayName("in real time, finishes a rollout by itself once its duration has passed")
    void rolloutInRealTime() {
      try (FakeOpenShift cluster = FakeOpenShift.libvirt().realTime().rolloutDuration(Duration.ofMillis(300)).start()) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(cluster).registry().isReady());
        mergePatch(cluster, "{\"spec\":{\"logLevel\":\"Debug\"}}");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(cluster).registry().isReady()
            .hasObservedCurrentGeneration());
      }
    }

    @Test
    @DisplayName("with a status delay, keeps reporting the old generation as Available until the step passes")
    void statusDelay() {
      try (FakeOpenShift cluster = FakeOpenShift.libvirt().operatorStatusDelay(Duration.ofSeconds(10)).start()) {
        cluster.clock().advance(Duration.ofSeconds(10));
        long generation = config(cluster).getMetadata().getGeneration();
        mergePatch(cluster, "{\"spec\":{\"logLevel\":\"Debug\"}}");
        Config during = config(cluster);
        assertThat(during.getMetadata().getGeneration()).isEqualTo(generation + 1);
        assertThat(during.getStatus().getObservedGeneration()).isEqualTo(generation);
        assertThat(cluster).registry().isAvailable();
        cluster.clock().advance(Duration.ofSeconds(10));
        assertThat(cluster).registry().hasObservedCurrentGeneration();
      }
    }

    @Test
    @DisplayName("when paused, acts on writes only after resume or reconcileNow")
    void pauseAndResume() {
      try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
        cluster.operator().pause();
        mergePatch(cluster, "{\"spec\":{\"managementState\":\"Managed\",\"storage\":{\"emptyDir\":{}}}}");
        assertThat(cluster).registry().isRemoved();
        cluster.operator().reconcileNow();
        assertThat(cluster.operator().isPaused()).isTrue();
        assertThat(cluster).registry().isReady();
        cluster.operator().resume();
        assertThat(cluster.operator().isPaused()).isFalse();
      }
    }
  }

  @Nested
  @DisplayName("when set to Removed")
  class Removed {

    @Test
    @DisplayName("deletes the deployment and a Managed claim")
    void deletesManagedClaim() {
      try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
        mergePatch(cluster, "{\"spec\":{\"managementState\":\"Managed\",\"storage\":{\"pvc\":{}}}}");
        mergePatch(cluster, "{\"spec\":{\"managementState\":\"Removed\"}}");
        assertThat(cluster).registry().isRemoved().isAvailable();
        assertThat(cluster.client().apps().deployments().inNamespace(NS).withName("image-registry").get()).isNull();
        assertThat(cluster.client().persistentVolumeClaims().inNamespace(NS).withName("image-registry-storage").get())
            .isNull();
      }
    }

    @Test
    @DisplayName("with a rollout duration, reports DeploymentDeleted and DeletingDeployment until the pods are gone")
    void removingTakesTheRolloutDuration() {
      try (FakeOpenShift cluster = FakeOpenShift.libvirt().rolloutDuration(Duration.ofSeconds(30)).start()) {
        cluster.clock().advance(Duration.ofSeconds(30));
        mergePatch(cluster, "{\"spec\":{\"managementState\":\"Removed\"}}");
        assertThat(cluster).registry().isRemoved().hasCondition("Available", "False", "DeploymentDeleted")
            .hasCondition("Progressing", "True", "DeletingDeployment")
            .hasConditionMessageContaining("Progressing", "The deployment is being removed")
            .hasCondition("Degraded", "False", "Removed");
        assertThat(cluster).clusterOperator().hasCondition("Available", "False", "DeploymentDeleted");
        assertThat(deployment(cluster).getMetadata().getFinalizers()).contains("foregroundDeletion");
        cluster.clock().advance(Duration.ofSeconds(30));
        assertThat(deployment(cluster)).isNull();
        assertThat(cluster).registry().hasCondition("Available", "True", "Removed")
            .hasCondition("Progressing", "False", "Removed");
      }
    }

    @Test
    @DisplayName("keeps an Unmanaged claim")
    void keepsUnmanagedClaim() {
      try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
        mergePatch(cluster, "{\"spec\":{\"managementState\":\"Managed\",\"storage\":{\"managementState\":"
            + "\"Unmanaged\",\"pvc\":{}}}}");
        mergePatch(cluster, "{\"spec\":{\"managementState\":\"Removed\"}}");
        assertThat(cluster.client().persistentVolumeClaims().inNamespace(NS).withName("image-registry-storage").get())
            .isNotNull();
      }
    }

    @Test
    @DisplayName("deletes a bucket it created")
    void deletesBucket() {
      try (FakeOpenShift cluster = FakeOpenShift.aws().start()) {
        String bucket = config(cluster).getSpec().getStorage().getS3().getBucket();
        assertThat(cluster.operator().buckets()).contains(bucket);
        mergePatch(cluster, "{\"spec\":{\"managementState\":\"Removed\"}}");
        assertThat(cluster.operator().deletedBuckets()).contains(bucket);
      }
    }
  }
}
