package dev.registrysdk.testkit;

import static dev.registrysdk.testkit.assertj.FakeOpenShiftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.openshift.api.model.config.v1.Infrastructure;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImagePruner;
import io.fabric8.openshift.api.model.operator.v1.IngressController;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("A fake cluster boots like a fresh installation")
class PlatformBootstrapTest {

  static Stream<Arguments> bootstrap() {
    return Stream.of(
        Arguments.of(FakeOpenShift.bareMetal(), "Removed", null, 1, "RollingUpdate"),
        Arguments.of(FakeOpenShift.vSphere(), "Removed", null, 1, "RollingUpdate"),
        Arguments.of(FakeOpenShift.none(), "Removed", null, 1, "RollingUpdate"),
        Arguments.of(FakeOpenShift.nutanix(), "Removed", null, 1, "RollingUpdate"),
        Arguments.of(FakeOpenShift.builder(Platform.KUBEVIRT), "Removed", null, 1, "RollingUpdate"),
        Arguments.of(FakeOpenShift.builder(Platform.EQUINIX_METAL), "Removed", null, 1, "RollingUpdate"),
        Arguments.of(FakeOpenShift.builder(Platform.ALIBABA_CLOUD), "Removed", null, 1, "RollingUpdate"),
        Arguments.of(FakeOpenShift.builder(Platform.EXTERNAL), "Removed", null, 1, "RollingUpdate"),
        Arguments.of(FakeOpenShift.aws(), "Managed", "s3", 2, "RollingUpdate"),
        Arguments.of(FakeOpenShift.azure(), "Managed", "azure", 2, "RollingUpdate"),
        Arguments.of(FakeOpenShift.gcp(), "Managed", "gcs", 2, "RollingUpdate"),
        Arguments.of(FakeOpenShift.ibmCloud(), "Managed", "ibmcos", 2, "RollingUpdate"),
        Arguments.of(FakeOpenShift.powerVs(), "Managed", "ibmcos", 2, "RollingUpdate"),
        Arguments.of(FakeOpenShift.openStack(), "Managed", "swift", 2, "RollingUpdate"),
        Arguments.of(FakeOpenShift.openStackWithoutSwift(), "Managed", "pvc", 1, "Recreate"),
        Arguments.of(FakeOpenShift.oVirt(), "Managed", "pvc", 1, "Recreate"),
        Arguments.of(FakeOpenShift.libvirt(), "Managed", "emptyDir", 1, "RollingUpdate"));
  }

  @ParameterizedTest(name = "{0}: {1}, storage {2}, {3} replica(s), {4}")
  @MethodSource("bootstrap")
  @DisplayName("bootstraps Config cluster as the operator does on the platform")
  void bootstrapsConfig(FakeOpenShift.Builder builder, String state, String storage, int replicas, String strategy) {
    try (FakeOpenShift cluster = builder.start()) {
      Config config = cluster.client().imageRegistryOperatorConfigs().withName("cluster").get();
      assertThat(config.getSpec().getManagementState()).isEqualTo(state);
      assertThat(config.getSpec().getReplicas()).isEqualTo(replicas);
      assertThat(config.getSpec().getRolloutStrategy()).isEqualTo(strategy);
      assertThat(config.getSpec().getLogLevel()).isEqualTo("Normal");
      assertThat(config.getSpec().getOperatorLogLevel()).isEqualTo("Normal");
      if (storage == null) {
        assertThat(config.getSpec().getStorage().getAdditionalProperties()).isEmpty();
        assertThat(cluster).registry().isRemoved().isAvailable();
      } else {
        assertThat(cluster).registry().hasStorage(storage).isReady();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Platform.class)
  @DisplayName("has storage classes with exactly one default, and Infrastructure with the platform type")
  void storageClassesAndInfrastructure(Platform platform) {
    try (FakeOpenShift cluster = FakeOpenShift.builder(platform).start()) {
      assertThat(cluster.client().storage().v1().storageClasses().list().getItems())
          .filteredOn(sc -> "true".equals(sc.getMetadata().getAnnotations()
              .get("storageclass.kubernetes.io/is-default-class")))
          .hasSize(1);
      Infrastructure infra = cluster.client().config().infrastructures().withName("cluster").get();
      assertThat(infra.getStatus().getPlatformStatus().getType()).isEqualTo(platform.platformType());
      assertThat(infra.getStatus().getInfrastructureTopology()).isEqualTo("HighlyAvailable");
      assertThat(infra.getStatus().getApiServerURL()).isEqualTo("https://api.testkit.example.com:6443");
    }
  }

  static Stream<Arguments> bootstrapClaim() {
    return Stream.of(
        Arguments.of(FakeOpenShift.openStackWithoutSwift(), "standard-csi"),
        Arguments.of(FakeOpenShift.oVirt(), "ovirt-csi-sc"));
  }

  @ParameterizedTest(name = "{0}: class {1}")
  @MethodSource("bootstrapClaim")
  @DisplayName("without object storage the operator creates its own ReadWriteOnce 100Gi claim and names it")
  void bootstrapClaim(FakeOpenShift.Builder builder, String storageClass) {
    try (FakeOpenShift cluster = builder.start()) {
      var claim = cluster.client().persistentVolumeClaims().inNamespace("openshift-image-registry")
          .withName("image-registry-storage").get();
      assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
      assertThat(claim.getSpec().getResources().getRequests().get("storage").toString()).isEqualTo("100Gi");
      assertThat(claim.getSpec().getStorageClassName()).isEqualTo(storageClass);
      assertThat(claim.getMetadata().getAnnotations()).containsEntry("imageregistry.openshift.io", "true");
      assertThat(claim.getStatus().getPhase()).isEqualTo("Bound");
      Config config = cluster.client().imageRegistryOperatorConfigs().withName("cluster").get();
      assertThat(config.getSpec().getStorage().getPvc().getClaim()).isEqualTo("image-registry-storage");
    }
  }

  @Test
  @DisplayName("the single-node topology clamps bootstrap replicas to 1")
  void singleNode() {
    try (FakeOpenShift cluster = FakeOpenShift.aws().singleNode().start()) {
      assertThat(cluster).registry().hasReplicas(1);
      assertThat(cluster.client().config().infrastructures().withName("cluster").get().getStatus()
          .getInfrastructureTopology()).isEqualTo("SingleReplica");
    }
  }

  @Test
  @DisplayName("bootstraps ImagePruner cluster with the operator's values")
  void imagePruner() {
    try (FakeOpenShift cluster = FakeOpenShift.vSphere().start()) {
      ImagePruner pruner = cluster.client().operator().imagePruners().withName("cluster").get();
      assertThat(pruner.getSpec().getKeepTagRevisions()).isEqualTo(3);
      assertThat(pruner.getSpec().getSuccessfulJobsHistoryLimit()).isEqualTo(3);
      assertThat(pruner.getSpec().getFailedJobsHistoryLimit()).isEqualTo(3);
      assertThat(pruner.getSpec().getIgnoreInvalidImageReferences()).isTrue();
      assertThat(pruner.getSpec().getSuspend()).isFalse();
      assertThat(pruner.getSpec().getLogLevel()).isEqualTo("Normal");
    }
  }

  @Test
  @DisplayName("ships a real, parseable router certificate for the ingress domain")
  void routerCertificate() throws Exception {
    try (FakeOpenShift cluster = FakeOpenShift.vSphere().start()) {
      Secret secret = cluster.client().secrets().inNamespace("openshift-ingress").withName("router-certs-default").get();
      byte[] pem = Base64.getDecoder().decode(secret.getData().get("tls.crt"));
      X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(pem));
      assertThat(cert.getSubjectAlternativeNames()).anySatisfy(san -> assertThat(san.get(1))
          .isEqualTo("*." + cluster.ingressDomain()));
      assertThat(secret.getData()).containsKey("tls.key");
      assertThat(cluster).secret("openshift-ingress-operator", "router-ca").hasKeys("tls.crt", "tls.key");
      IngressController ingress = cluster.client().operator().ingressControllers()
          .inNamespace("openshift-ingress-operator").withName("default").get();
      assertThat(ingress.getStatus().getDomain()).isEqualTo("apps.testkit.example.com");
    }
  }

  @Nested
  @DisplayName("right after installation")
  class AfterInstall {

    @Test
    @DisplayName("Config cluster appears only once the configured delay has passed")
    void delayedConfig() {
      try (FakeOpenShift cluster = FakeOpenShift.aws().configAppearsAfter(Duration.ofMinutes(2)).start()) {
        assertThat(cluster.client().imageRegistryOperatorConfigs().withName("cluster").get()).isNull();
        cluster.clock().advance(Duration.ofMinutes(2));
        assertThat(cluster).registry().isReady();
      }
    }

    @Test
    @DisplayName("in real time, Config cluster appears by itself once the delay has passed")
    void delayedConfigInRealTime() {
      try (FakeOpenShift cluster = FakeOpenShift.aws().realTime()
          .configAppearsAfter(Duration.ofMillis(300)).start()) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(cluster).registry().isReady());
      }
    }

    @Test
    @DisplayName("without the ImageRegistry capability there is no Config and no ClusterOperator")
    void capabilityDisabled() {
      try (FakeOpenShift cluster = FakeOpenShift.aws().withoutImageRegistryCapability().start()) {
        cluster.clock().advance(Duration.ofHours(1));
        assertThat(cluster.client().imageRegistryOperatorConfigs().withName("cluster").get()).isNull();
        assertThat(cluster.client().config().clusterOperators().withName("image-registry").get()).isNull();
        assertThat(cluster.client().config().clusterVersions().withName("version").get().getStatus()
            .getCapabilities().getEnabledCapabilities()).doesNotContain("ImageRegistry");
      }
    }
  }

  @Test
  @DisplayName("the ODF add-on brings its storage classes, namespace and S3 routes")
  void odf() {
    try (FakeOpenShift cluster = FakeOpenShift.bareMetal().withOdf().start()) {
      assertThat(cluster.client().storage().v1().storageClasses().list().getItems())
          .extracting(StorageClass::getMetadata).extracting(m -> m.getName())
          .contains("ocs-storagecluster-ceph-rbd", "ocs-storagecluster-cephfs", "ocs-storagecluster-ceph-rgw",
              "openshift-storage.noobaa.io");
      assertThat(cluster.client().routes().inNamespace("openshift-storage").list().getItems())
          .extracting(r -> r.getMetadata().getName()).containsExactlyInAnyOrder("ocs-storagecluster-cephobjectstore", "s3");
    }
  }
}
