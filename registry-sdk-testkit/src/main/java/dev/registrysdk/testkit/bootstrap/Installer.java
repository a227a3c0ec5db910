package dev.registrysdk.testkit.bootstrap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.server.Json;
import dev.registrysdk.testkit.server.ObjectApi;
import dev.registrysdk.testkit.server.TestkitInternal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates what an OpenShift installation leaves behind before the image registry operator runs:
 * namespaces, Infrastructure, ClusterVersion (with its capabilities), the ingress configuration and the
 * router's certificate, the platform's storage classes, cloud credentials, Image config {@code
 * cluster}, ClusterOperator {@code image-registry} and, optionally, OpenShift Data Foundation.
 */
@TestkitInternal
public final class Installer {

  /** Capabilities a current cluster knows. */
  public static final List<String> KNOWN_CAPABILITIES = List.of("Build", "CSISnapshot", "CloudControllerManager",
      "CloudCredential", "Console", "DeploymentConfig", "ImageRegistry", "Ingress", "Insights",
      "MachineAPI", "NodeTuning", "OperatorLifecycleManager", "Storage", "baremetal", "marketplace",
      "openshift-samples");

  private static final String RESOURCES = "/dev/registrysdk/testkit/ingress/";

  private static final Map<ClusterSpec, List<ObjectNode>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  private final ClusterSpec spec;
  private final Seeder seeder;
  private final List<ObjectNode> built = new ArrayList<>();

  /** Creates an installer for a cluster. */
  public Installer(ClusterSpec spec, ObjectApi api) {
    this.spec = spec;
    this.seeder = new Seeder(api, "cluster-bootstrap");
  }

  /**
   * Creates the objects. They are built as Jackson trees (see {@link Trees}) once per cluster shape and
   * copied into each cluster.
   */
  public void install() {
    List<ObjectNode> objects = CACHE.get(spec);
    if (objects == null) {
      build();
      objects = List.copyOf(built);
      if (CACHE.size() < 256) {
        CACHE.put(spec, objects);
      }
    }
    for (ObjectNode object : objects) {
      seeder.create(object.deepCopy());
    }
  }

  private void create(ObjectNode object) {
    built.add(object);
  }

  private void build() {
    List<String> namespaces = new ArrayList<>(List.of("default", "kube-system", "kube-public", "openshift",
        "openshift-config", "openshift-config-managed", "openshift-image-registry", "openshift-ingress",
        "openshift-ingress-operator"));
    if (spec.odf()) {
      namespaces.add("openshift-storage");
    }
    for (String name : namespaces) {
      ObjectNode namespace = Trees.object("v1", "Namespace", null, name);
      namespace.putObject("spec").putArray("finalizers").add("kubernetes");
      namespace.putObject("status").put("phase", "Active");
      create(namespace);
    }
    infrastructure();
    clusterVersion();
    ObjectNode proxy = Trees.object("config.openshift.io/v1", "Proxy", null, "cluster");
    proxy.putObject("spec");
    create(proxy);
    ObjectNode ingressConfig = Trees.object("config.openshift.io/v1", "Ingress", null, "cluster");
    ingressConfig.putObject("spec").put("domain", ClusterSpec.APPS_DOMAIN);
    create(ingressConfig);
    ingress();
    storageClasses(StorageClassProfile.of(spec.platform()));
    cloudCredentials();
    create(Trees.secret("openshift-config", "pull-secret", "kubernetes.io/dockerconfigjson",
        Map.of(".dockerconfigjson", pullSecret())));
    ObjectNode image = Trees.putAll(Trees.object("config.openshift.io/v1", "Image", null, "cluster"), "annotations",
        Map.of("release.openshift.io/create-only", "true"));
    image.putObject("spec");
    create(image);
    if (spec.imageRegistryCapability()) {
      ObjectNode co = Trees.putAll(Trees.object("config.openshift.io/v1", "ClusterOperator", null, "image-registry"),
          "annotations", Map.of("capability.openshift.io/name", "ImageRegistry",
              "include.release.openshift.io/self-managed-high-availability", "true",
              "include.release.openshift.io/single-node-developer", "true"));
      co.putObject("spec");
      ObjectNode version = co.putObject("status").putArray("versions").addObject();
      version.put("name", "operator");
      version.put("version", "0.0.1-snapshot");
      create(co);
    }
    if (spec.odf()) {
      odf();
    }
  }

  private void infrastructure() {
    String type = spec.platform().platformType();
    ObjectNode infrastructure = Trees.object("config.openshift.io/v1", "Infrastructure", null, "cluster");
    infrastructure.putObject("spec").putObject("platformSpec").put("type", type);
    ObjectNode status = infrastructure.putObject("status");
    status.put("platform", type);
    ObjectNode platform = status.putObject("platformStatus");
    platform.put("type", type);
    switch (spec.platform()) {
      case AWS -> platform.putObject("aws").put("region", PlatformDefaults.AWS_REGION);
      case GCP -> platform.putObject("gcp").put("projectID", PlatformDefaults.GCP_PROJECT)
          .put("region", PlatformDefaults.GCP_REGION);
      case AZURE -> platform.putObject("azure").put("cloudName", "AzurePublicCloud")
          .put("resourceGroupName", spec.infrastructureName() + "-rg");
      case IBM_CLOUD -> platform.putObject("ibmcloud").put("location", PlatformDefaults.IBM_LOCATION)
          .put("resourceGroupName", spec.infrastructureName()).put("providerType", "VPC");
      case POWER_VS -> platform.putObject("powervs").put("region", "dal").put("zone", "dal10")
          .put("resourceGroup", spec.infrastructureName());
      case OPENSTACK -> platform.putObject("openstack").put("cloudName", "openstack");
      default -> {
      }
    }
    String topology = spec.singleNode() ? "SingleReplica" : "HighlyAvailable";
    status.put("infrastructureName", spec.infrastructureName());
    status.put("apiServerURL", spec.apiServerUrl());
    status.put("apiServerInternalURI", spec.apiServerUrl().replace("https://api.", "https://api-int."));
    status.put("etcdDiscoveryDomain", "");
    status.put("infrastructureTopology", topology);
    status.put("controlPlaneTopology", topology);
    status.put("cpuPartitioning", "None");
    create(infrastructure);
  }

  private void clusterVersion() {
    List<String> enabled = new ArrayList<>(KNOWN_CAPABILITIES);
    if (!spec.imageRegistryCapability()) {
      enabled.remove("ImageRegistry");
    }
    ObjectNode version = Trees.object("config.openshift.io/v1", "ClusterVersion", null, "version");
    ObjectNode versionSpec = version.putObject("spec");
    versionSpec.put("clusterID", "00000000-0000-4000-8000-000000000001");
    versionSpec.put("channel", "stable-4.18");
    ObjectNode capabilities = versionSpec.putObject("capabilities");
    capabilities.put("baselineCapabilitySet", spec.imageRegistryCapability() ? "vCurrent" : "None");
    if (!spec.imageRegistryCapability()) {
      capabilities.set("additionalEnabledCapabilities", Trees.strings(enabled));
    }
    ObjectNode status = version.putObject("status");
    ObjectNode desired = status.putObject("desired");
    desired.put("version", spec.releaseVersion());
    desired.put("image", "quay.io/openshift-release-dev/ocp-release:" + spec.releaseVersion() + "-x86_64");
    ObjectNode statusCapabilities = status.putObject("capabilities");
    statusCapabilities.set("enabledCapabilities", Trees.strings(enabled));
    statusCapabilities.set("knownCapabilities", Trees.strings(KNOWN_CAPABILITIES));
    status.put("observedGeneration", 1);
    status.put("versionHash", "testkit");
    create(version);
  }

  private void ingress() {
    String caCrt = resource("router-ca.crt");
    int replicas = spec.singleNode() ? 1 : 2;
    ObjectNode controller = Trees.object("operator.openshift.io/v1", "IngressController",
        "openshift-ingress-operator", "default");
    controller.putObject("spec").put("replicas", replicas);
    ObjectNode status = controller.putObject("status");
    status.put("domain", ClusterSpec.APPS_DOMAIN);
    status.put("availableReplicas", replicas);
    status.put("selector", "ingresscontroller.operator.openshift.io/deployment-ingresscontroller=default");
    create(controller);
    create(Trees.secret("openshift-ingress", "router-certs-default", "kubernetes.io/tls",
        Map.of("tls.crt", resource("router.crt") + caCrt, "tls.key", resource("router.key"))));
    create(Trees.secret("openshift-ingress-operator", "router-ca", "kubernetes.io/tls",
        Map.of("tls.crt", caCrt, "tls.key", resource("router-ca.key"))));
    ObjectNode bundle = Trees.object("v1", "ConfigMap", "openshift-config-managed", "default-ingress-cert");
    bundle.putObject("data").put("ca-bundle.crt", caCrt);
    create(bundle);
  }

  private void storageClasses(List<StorageClassProfile> classes) {
    for (StorageClassProfile profile : classes) {
      ObjectNode sc = Trees.putAll(Trees.object("storage.k8s.io/v1", "StorageClass", null, profile.name()),
          "annotations", Map.of(PlatformDefaults.RWX_ANNOTATION, Boolean.toString(profile.readWriteMany())));
      if (profile.isDefault()) {
        Trees.putAll(sc, "annotations", Map.of("storageclass.kubernetes.io/is-default-class", "true"));
      }
      sc.put("provisioner", profile.provisioner());
      sc.put("reclaimPolicy", "Delete");
      sc.put("volumeBindingMode", profile.provisioner().contains("bucket") || profile.provisioner().endsWith("/obc")
          ? "Immediate" : "WaitForFirstConsumer");
      sc.put("allowVolumeExpansion", true);
      create(sc);
    }
  }

  private void cloudCredentials() {
    Map<String, String> data = PlatformDefaults.installerCredentials(spec.platform(), spec.swift());
    if (!data.isEmpty()) {
      create(Trees.secret(ClusterSpec.REGISTRY_NAMESPACE, "installer-cloud-credentials", "Opaque", data));
    }
  }

  private void odf() {
    storageClasses(StorageClassProfile.odf());
    Map<String, String> routes = new LinkedHashMap<>();
    routes.put("ocs-storagecluster-cephobjectstore", "rook-ceph-rgw-ocs-storagecluster-cephobjectstore");
    routes.put("s3", "s3");
    routes.forEach((routeName, serviceName) -> {
      ObjectNode service = Trees.object("v1", "Service", "openshift-storage", serviceName);
      ObjectNode port = service.putObject("spec").putArray("ports").addObject();
      port.put("name", "https");
      port.put("port", 443);
      port.put("targetPort", 443);
      create(service);
      ObjectNode route = Trees.object("route.openshift.io/v1", "Route", "openshift-storage", routeName);
      ObjectNode routeSpec = route.putObject("spec");
      routeSpec.put("host", routeName + "-openshift-storage." + ClusterSpec.APPS_DOMAIN);
      ObjectNode to = routeSpec.putObject("to");
      to.put("kind", "Service");
      to.put("name", serviceName);
      to.put("weight", 100);
      ObjectNode tls = routeSpec.putObject("tls");
      tls.put("termination", "reencrypt");
      tls.put("insecureEdgeTerminationPolicy", "Redirect");
      create(route);
    });
  }

  private static String pullSecret() {
    ObjectNode config = Json.object();
    ObjectNode auths = config.putObject("auths");
    for (String registry : List.of("cloud.openshift.com", "quay.io", "registry.redhat.io")) {
      auths.putObject(registry).put("auth", "dGVzdGtpdDpub3QtYS1yZWFsLXRva2Vu").put("email", "testkit@example.com");
    }
    return Json.write(config);
  }

  /** Reads a shipped PEM file. */
  public static String resource(String name) {
    try (InputStream in = Installer.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCES + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
