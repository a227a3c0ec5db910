package dev.registrysdk.testkit.operator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.server.Json;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategyBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.openshift.api.model.RouteBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects the operator creates for a Managed registry, built from the Config spec as the real
 * operator builds them (names, labels, ports, strategy rules).
 */
final class RegistryResources {

  static final String NS = ClusterReader.NAMESPACE;
  static final String NAME = "image-registry";
  static final Map<String, String> LABELS = Map.of("docker-registry", "default");
  static final String IMAGE = "quay.io/openshift/origin-docker-registry:latest";

  private static final java.util.Map<String, ObjectNode> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  private RegistryResources() {
  }

  /** Builds an object once per key and hands out copies; the builders and Jackson are slow on a hot path. */
  static ObjectNode cached(String key, java.util.function.Supplier<ObjectNode> build) {
    if (CACHE.size() > 512) {
      CACHE.clear();
    }
    return CACHE.computeIfAbsent(key, k -> build.get()).deepCopy();
  }

  static ObjectNode serviceAccount() {
    return Json.toTree(new ServiceAccountBuilder().withNewMetadata().withName("registry").withNamespace(NS)
        .endMetadata().build());
  }

  static ObjectNode clusterRole() {
    return Json.toTree(new ClusterRoleBuilder().withNewMetadata().withName("system:registry").endMetadata()
        .addNewRule().withApiGroups("", "image.openshift.io").withResources("imagestreams", "imagestreamimages",
            "imagestreamtags", "images").withVerbs("get", "list", "watch").endRule().build());
  }

  static ObjectNode clusterRoleBinding() {
    return Json.toTree(new ClusterRoleBindingBuilder().withNewMetadata().withName("registry-registry-role")
        .endMetadata().withNewRoleRef().withApiGroup("rbac.authorization.k8s.io").withKind("ClusterRole")
        .withName("system:registry").endRoleRef().addNewSubject().withKind("ServiceAccount").withName("registry")
        .withNamespace(NS).endSubject().build());
  }

  static ObjectNode privateConfiguration(Map<String, String> credentials, String httpSecret) {
    Map<String, String> data = new LinkedHashMap<>();
    credentials.forEach((k, v) -> data.put(k, base64(v)));
    data.put("REGISTRY_HTTP_SECRET", base64(httpSecret));
    return Json.toTree(new SecretBuilder().withNewMetadata().withName("image-registry-private-configuration")
        .withNamespace(NS).endMetadata().withType("Opaque").withData(data).build());
  }

  static ObjectNode certificates(String caBundle) {
    return Json.toTree(new ConfigMapBuilder().withNewMetadata().withName("image-registry-certificates")
        .withNamespace(NS).endMetadata()
        .addToData("image-registry.openshift-image-registry.svc..5000", caBundle)
        .addToData("image-registry.openshift-image-registry.svc.cluster.local..5000", caBundle).build());
  }

  static ObjectNode service() {
    return Json.toTree(new ServiceBuilder().withNewMetadata().withName(NAME).withNamespace(NS).withLabels(LABELS)
        .addToAnnotations("service.alpha.openshift.io/serving-cert-secret-name", "image-registry-tls")
        .endMetadata().withNewSpec().withSelector(LABELS).withType("ClusterIP").withSessionAffinity("None")
        .addNewPort().withName("5000-tcp").withPort(5000).withProtocol("TCP").withTargetPort(new IntOrString(5000))
        .endPort().endSpec().build());
  }

  static ObjectNode deployment(JsonNode spec, String releaseVersion) {
    int replicas = spec.path("replicas").asInt(1);
    String strategyType = spec.path("rolloutStrategy").asText("");
    DeploymentStrategy strategy;
    if (strategyType.equals("Recreate")) {
      strategy = new DeploymentStrategyBuilder().withType("Recreate").build();
    } else {
      IntOrString maxUnavailable = replicas == 2 ? new IntOrString(1) : new IntOrString(Math.max(0, replicas - 1));
      IntOrString maxSurge = replicas == 2 ? new IntOrString(1) : new IntOrString("25%");
      strategy = new DeploymentStrategyBuilder().withType("RollingUpdate").withNewRollingUpdate()
          .withMaxUnavailable(maxUnavailable).withMaxSurge(maxSurge).endRollingUpdate().build();
    }
    List<EnvVar> env = new ArrayList<>();
    env.add(new EnvVar("REGISTRY_HTTP_ADDR", ":5000", null));
    env.add(new EnvVar("REGISTRY_HTTP_NET", "tcp", null));
    env.add(new EnvVarBuilder().withName("REGISTRY_HTTP_SECRET").withNewValueFrom().withNewSecretKeyRef()
        .withName("image-registry-private-configuration").withKey("REGISTRY_HTTP_SECRET").endSecretKeyRef()
        .endValueFrom().build());
    List<Volume> volumes = new ArrayList<>();
    JsonNode storage = spec.path("storage");
    List<String> drivers = StorageSync.configuredDrivers(storage);
    String driver = drivers.isEmpty() ? "" : drivers.get(0);
    switch (driver) {
      case "emptyDir" -> {
        env.add(new EnvVar("REGISTRY_STORAGE", "filesystem", null));
        env.add(new EnvVar("REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY", "/registry", null));
        volumes.add(new VolumeBuilder().withName("registry-storage").withNewEmptyDir().endEmptyDir().build());
      }
      case "pvc" -> {
        env.add(new EnvVar("REGISTRY_STORAGE", "filesystem", null));
        env.add(new EnvVar("REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY", "/registry", null));
        volumes.add(new VolumeBuilder().withName("registry-storage").withNewPersistentVolumeClaim()
            .withClaimName(storage.path("pvc").path("claim").asText(StorageSync.DEFAULT_CLAIM))
            .endPersistentVolumeClaim().build());
      }
      case "s3", "ibmcos" -> {
        env.add(new EnvVar("REGISTRY_STORAGE", "s3", null));
        env.add(new EnvVar("REGISTRY_STORAGE_S3_BUCKET", storage.path(driver).path("bucket").asText(""), null));
        String region = storage.path(driver).path(driver.equals("s3") ? "region" : "location").asText("");
        env.add(new EnvVar("REGISTRY_STORAGE_S3_REGION", region, null));
        String endpoint = driver.equals("s3") ? storage.path("s3").path("regionEndpoint").asText("")
            : "https://s3." + region + ".cloud-object-storage.appdomain.cloud";
        if (!endpoint.isEmpty()) {
          env.add(new EnvVar("REGISTRY_STORAGE_S3_REGIONENDPOINT", endpoint, null));
        }
        boolean pathStyle = driver.equals("ibmcos") || !storage.path("s3").path("virtualHostedStyle").asBoolean();
        env.add(new EnvVar("REGISTRY_STORAGE_S3_FORCEPATHSTYLE", Boolean.toString(pathStyle), null));
        int chunk = storage.path("s3").path("chunkSizeMiB").asInt(0);
        if (chunk >= 5 && chunk <= 5120) {
          env.add(new EnvVar("REGISTRY_STORAGE_S3_CHUNKSIZE", Long.toString(chunk * 1024L * 1024L), null));
        }
        env.add(new EnvVar("REGISTRY_STORAGE_S3_ENCRYPT", Boolean.toString(storage.path("s3").path("encrypt")
            .asBoolean()), null));
      }
      case "gcs" -> {
        env.add(new EnvVar("REGISTRY_STORAGE", "gcs", null));
        env.add(new EnvVar("REGISTRY_STORAGE_GCS_BUCKET", storage.path("gcs").path("bucket").asText(""), null));
        env.add(new EnvVar("REGISTRY_STORAGE_GCS_KEYFILE", "/gcs/keyfile", null));
      }
      case "swift" -> {
        env.add(new EnvVar("REGISTRY_STORAGE", "swift", null));
        env.add(new EnvVar("REGISTRY_STORAGE_SWIFT_CONTAINER", storage.path("swift").path("container").asText(""),
            null));
      }
      case "azure" -> {
        env.add(new EnvVar("REGISTRY_STORAGE", "azure", null));
        env.add(new EnvVar("REGISTRY_STORAGE_AZURE_ACCOUNTNAME", storage.path("azure").path("accountName")
            .asText(""), null));
        env.add(new EnvVar("REGISTRY_STORAGE_AZURE_CONTAINER", storage.path("azure").path("container").asText(""),
            null));
      }
      default -> {
      }
    }
    String logLevel = spec.path("logLevel").asText("Normal");
    env.add(new EnvVar("REGISTRY_LOG_LEVEL", logLevel.equals("Debug") || logLevel.startsWith("Trace") ? "debug"
        : "info", null));
    if (spec.path("readOnly").asBoolean()) {
      env.add(new EnvVar("REGISTRY_STORAGE_MAINTENANCE_READONLY", "{enabled: true}", null));
    }
    if (spec.path("disableRedirect").asBoolean()) {
      env.add(new EnvVar("REGISTRY_STORAGE_REDIRECT_DISABLE", "true", null));
    }
    volumes.add(new VolumeBuilder().withName("registry-tls").withNewProjected().addNewSource().withNewSecret()
        .withName("image-registry-tls").endSecret().endSource().endProjected().build());
    volumes.add(new VolumeBuilder().withName("registry-certificates").withNewConfigMap()
        .withName("image-registry-certificates").endConfigMap().build());
    Map<String, String> nodeSelector = new LinkedHashMap<>();
    JsonNode selector = spec.get("nodeSelector");
    if (selector != null) {
      selector.properties().forEach(e -> nodeSelector.put(e.getKey(), e.getValue().asText()));
    }
    nodeSelector.putIfAbsent("kubernetes.io/os", "linux");
    DeploymentBuilder deployment = new DeploymentBuilder().withNewMetadata().withName(NAME).withNamespace(NS)
        .withLabels(LABELS).addToAnnotations("release.openshift.io/version", releaseVersion).endMetadata()
        .withNewSpec().withReplicas(replicas).withNewSelector().withMatchLabels(LABELS).endSelector()
        .withStrategy(strategy).withProgressDeadlineSeconds(120).withRevisionHistoryLimit(10)
        .withNewTemplate().withNewMetadata().withLabels(LABELS)
        .addToAnnotations("target.workload.openshift.io/management", "{\"effect\": \"PreferredDuringScheduling\"}")
        .addToAnnotations("openshift.io/required-scc", "restricted-v2").endMetadata()
        .withNewSpec().withServiceAccountName("registry").withPriorityClassName("system-cluster-critical")
        .withTerminationGracePeriodSeconds(55L).withNodeSelector(nodeSelector).withVolumes(volumes)
        .addNewContainer().withName("registry").withImage(IMAGE)
        .withCommand("/bin/sh", "-c", "update-ca-trust extract && exec /usr/bin/dockerregistry")
        .addNewPort().withContainerPort(5000).withProtocol("TCP").endPort().withEnv(env)
        .withNewResources().addToRequests("cpu", new io.fabric8.kubernetes.api.model.Quantity("100m"))
        .addToRequests("memory", new io.fabric8.kubernetes.api.model.Quantity("256Mi")).endResources()
        .addNewVolumeMount().withName("registry-tls").withMountPath("/etc/secrets").endVolumeMount()
        .addNewVolumeMount().withName("registry-certificates").withMountPath("/etc/pki/ca-trust/source/anchors")
        .endVolumeMount().endContainer().endSpec().endTemplate().endSpec();
    if (driver.equals("emptyDir") || driver.equals("pvc")) {
      deployment.editSpec().editTemplate().editSpec().editFirstContainer().addNewVolumeMount()
          .withName("registry-storage").withMountPath("/registry").endVolumeMount().endContainer().endSpec()
          .endTemplate().endSpec();
    }
    ObjectNode tree = Json.toTree(deployment.build());
    copyIfPresent(spec, tree, "spec.template.spec", "tolerations");
    copyIfPresent(spec, tree, "spec.template.spec", "affinity");
    copyIfPresent(spec, tree, "spec.template.spec", "topologySpreadConstraints");
    return tree;
  }

  private static void copyIfPresent(JsonNode spec, ObjectNode deployment, String path, String field) {
    if (spec.hasNonNull(field)) {
      ObjectNode target = (ObjectNode) Json.at(deployment, path);
      target.set(field, spec.get(field).deepCopy());
    }
  }

  static ObjectNode podDisruptionBudget(int replicas) {
    return Json.toTree(new PodDisruptionBudgetBuilder().withNewMetadata().withName(NAME).withNamespace(NS)
        .endMetadata().withNewSpec().withMinAvailable(new IntOrString(replicas <= 1 ? 0 : 1))
        .withNewSelector().withMatchLabels(LABELS).endSelector().withUnhealthyPodEvictionPolicy("AlwaysAllow")
        .endSpec().build());
  }

  static ObjectNode route(String name, String host, Map<String, String> tls) {
    RouteBuilder route = new RouteBuilder().withNewMetadata().withName(name).withNamespace(NS)
        .addToAnnotations(StorageSync.OWNED_ANNOTATION, "true").endMetadata()
        .withNewSpec().withHost(host).withNewTo().withKind("Service").withName(NAME).withWeight(100).endTo()
        .withNewPort().withTargetPort(new IntOrString("5000-tcp")).endPort()
        .withNewTls().withTermination("reencrypt").endTls().withWildcardPolicy("None").endSpec();
    if (tls != null) {
      route.editSpec().editTls().withCertificate(tls.get("tls.crt")).withKey(tls.get("tls.key"))
          .withCaCertificate(tls.get("tls.cacrt")).endTls().endSpec();
    }
    return Json.toTree(route.build());
  }

  private static String base64(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }
}
