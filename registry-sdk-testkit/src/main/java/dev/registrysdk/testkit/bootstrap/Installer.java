package dev.registrysdk.testkit.bootstrap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.Platform;
import dev.registrysdk.testkit.server.Json;
import dev.registrysdk.testkit.server.ObjectApi;
import dev.registrysdk.testkit.server.TestkitInternal;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.fabric8.openshift.api.model.RouteBuilder;
import io.fabric8.openshift.api.model.config.v1.ClusterOperatorBuilder;
import io.fabric8.openshift.api.model.config.v1.ClusterVersionBuilder;
import io.fabric8.openshift.api.model.config.v1.ImageBuilder;
import io.fabric8.openshift.api.model.config.v1.IngressBuilder;
import io.fabric8.openshift.api.model.config.v1.InfrastructureBuilder;
import io.fabric8.openshift.api.model.config.v1.PlatformStatus;
import io.fabric8.openshift.api.model.config.v1.PlatformStatusBuilder;
import io.fabric8.openshift.api.model.config.v1.ProxyBuilder;
import io.fabric8.openshift.api.model.operator.v1.IngressControllerBuilder;
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
   * Creates the objects. The objects of a cluster shape are built once per JVM (fabric8's builders and
   * Jackson are slow on the start path) and copied into each cluster.
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

  private void create(io.fabric8.kubernetes.api.model.HasMetadata object) {
    built.add(Json.toTree(object));
  }

  private void build() {
    List<String> namespaces = new ArrayList<>(List.of("default", "kube-system", "kube-public", "openshift",
        "openshift-config", "openshift-config-managed", "openshift-image-registry", "openshift-ingress",
        "openshift-ingress-operator"));
    if (spec.odf()) {
      namespaces.add("openshift-storage");
    }
    for (String name : namespaces) {
      create(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata()
          .withNewSpec().addToFinalizers("kubernetes").endSpec()
          .withNewStatus().withPhase("Active").endStatus().build());
    }
    infrastructure();
    clusterVersion();
    create(new ProxyBuilder().withNewMetadata().withName("cluster").endMetadata().withNewSpec().endSpec()
        .build());
    create(new IngressBuilder().withNewMetadata().withName("cluster").endMetadata()
        .withNewSpec().withDomain(ClusterSpec.APPS_DOMAIN).endSpec().build());
    ingress();
    storageClasses(StorageClassProfile.of(spec.platform()));
    cloudCredentials();
    create(new SecretBuilder().withNewMetadata().withName("pull-secret").withNamespace("openshift-config")
        .endMetadata().withType("kubernetes.io/dockerconfigjson")
        .withData(Seeder.base64(Map.of(".dockerconfigjson", pullSecret()))).build());
    create(new ImageBuilder().withNewMetadata().withName("cluster")
        .addToAnnotations("release.openshift.io/create-only", "true").endMetadata().withNewSpec().endSpec().build());
    if (spec.imageRegistryCapability()) {
      create(new ClusterOperatorBuilder().withNewMetadata().withName("image-registry")
          .addToAnnotations("capability.openshift.io/name", "ImageRegistry")
          .addToAnnotations("include.release.openshift.io/self-managed-high-availability", "true")
          .addToAnnotations("include.release.openshift.io/single-node-developer", "true")
          .endMetadata().withNewSpec().endSpec()
          .withNewStatus().addNewVersion().withName("operator").withVersion("0.0.1-snapshot").endVersion()
          .endStatus().build());
    }
    if (spec.odf()) {
      odf();
    }
  }

  private void infrastructure() {
    PlatformStatusBuilder platform = new PlatformStatusBuilder().withType(spec.platform().platformType());
    switch (spec.platform()) {
      case AWS -> platform.withNewAws().withRegion(PlatformDefaults.AWS_REGION).endAws();
      case GCP -> platform.withNewGcp().withProjectID(PlatformDefaults.GCP_PROJECT)
          .withRegion(PlatformDefaults.GCP_REGION).endGcp();
      case AZURE -> platform.withNewAzure().withCloudName("AzurePublicCloud")
          .withResourceGroupName(spec.infrastructureName() + "-rg").endAzure();
      case IBM_CLOUD -> platform.withNewIbmcloud().withLocation(PlatformDefaults.IBM_LOCATION)
          .withResourceGroupName(spec.infrastructureName()).withProviderType("VPC").endIbmcloud();
      case POWER_VS -> platform.withNewPowervs().withRegion("dal").withZone("dal10")
          .withResourceGroup(spec.infrastructureName()).endPowervs();
      case OPENSTACK -> platform.withNewOpenstack().withCloudName("openstack").endOpenstack();
      default -> {
      }
    }
    PlatformStatus status = platform.build();
    String topology = spec.singleNode() ? "SingleReplica" : "HighlyAvailable";
    create(new InfrastructureBuilder().withNewMetadata().withName("cluster").endMetadata()
        .withNewSpec().withNewPlatformSpec().withType(spec.platform().platformType()).endPlatformSpec().endSpec()
        .withNewStatus().withPlatform(spec.platform().platformType()).withPlatformStatus(status)
        .withInfrastructureName(spec.infrastructureName()).withApiServerURL(spec.apiServerUrl())
        .withApiServerInternalURI(spec.apiServerUrl().replace("https://api.", "https://api-int."))
        .withEtcdDiscoveryDomain("").withInfrastructureTopology(topology).withControlPlaneTopology(topology)
        .withCpuPartitioning("None").endStatus().build());
  }

  private void clusterVersion() {
    List<String> enabled = new ArrayList<>(KNOWN_CAPABILITIES);
    if (!spec.imageRegistryCapability()) {
      enabled.remove("ImageRegistry");
    }
    create(new ClusterVersionBuilder().withNewMetadata().withName("version").endMetadata()
        .withNewSpec().withClusterID("00000000-0000-4000-8000-000000000001").withChannel("stable-4.18")
        .withNewCapabilities().withBaselineCapabilitySet(spec.imageRegistryCapability() ? "vCurrent" : "None")
        .withAdditionalEnabledCapabilities(spec.imageRegistryCapability() ? List.of() : enabled).endCapabilities()
        .endSpec()
        .withNewStatus().withNewDesired().withVersion(spec.releaseVersion())
        .withImage("quay.io/openshift-release-dev/ocp-release:" + spec.releaseVersion() + "-x86_64").endDesired()
        .withNewCapabilities().withEnabledCapabilities(enabled).withKnownCapabilities(KNOWN_CAPABILITIES)
        .endCapabilities().withObservedGeneration(1L).withVersionHash("testkit").endStatus().build());
  }

  private void ingress() {
    String caCrt = resource("router-ca.crt");
    create(new IngressControllerBuilder().withNewMetadata().withName("default")
        .withNamespace("openshift-ingress-operator").endMetadata()
        .withNewSpec().withReplicas(spec.singleNode() ? 1 : 2).endSpec()
        .withNewStatus().withDomain(ClusterSpec.APPS_DOMAIN).withAvailableReplicas(spec.singleNode() ? 1 : 2)
        .withSelector("ingresscontroller.operator.openshift.io/deployment-ingresscontroller=default")
        .endStatus().build());
    create(new SecretBuilder().withNewMetadata().withName("router-certs-default")
        .withNamespace("openshift-ingress").endMetadata().withType("kubernetes.io/tls")
        .withData(Seeder.base64(Map.of("tls.crt", resource("router.crt") + caCrt, "tls.key", resource("router.key"))))
        .build());
    create(new SecretBuilder().withNewMetadata().withName("router-ca")
        .withNamespace("openshift-ingress-operator").endMetadata().withType("kubernetes.io/tls")
        .withData(Seeder.base64(Map.of("tls.crt", caCrt, "tls.key", resource("router-ca.key")))).build());
    create(new ConfigMapBuilder().withNewMetadata().withName("default-ingress-cert")
        .withNamespace("openshift-config-managed").endMetadata().addToData("ca-bundle.crt", caCrt).build());
  }

  private void storageClasses(List<StorageClassProfile> classes) {
    for (StorageClassProfile profile : classes) {
      StorageClassBuilder sc = new StorageClassBuilder().withNewMetadata().withName(profile.name())
          .addToAnnotations(PlatformDefaults.RWX_ANNOTATION, Boolean.toString(profile.readWriteMany()))
          .endMetadata().withProvisioner(profile.provisioner()).withReclaimPolicy("Delete")
          .withVolumeBindingMode(profile.provisioner().contains("bucket") || profile.provisioner().endsWith("/obc")
              ? "Immediate" : "WaitForFirstConsumer")
          .withAllowVolumeExpansion(true);
      if (profile.isDefault()) {
        sc.editMetadata().addToAnnotations("storageclass.kubernetes.io/is-default-class", "true").endMetadata();
      }
      create(sc.build());
    }
  }

  private void cloudCredentials() {
    Map<String, String> data = PlatformDefaults.installerCredentials(spec.platform(), spec.swift());
    if (data.isEmpty()) {
      return;
    }
    create(new SecretBuilder().withNewMetadata().withName("installer-cloud-credentials")
        .withNamespace(ClusterSpec.REGISTRY_NAMESPACE).endMetadata().withType("Opaque")
        .withData(Seeder.base64(data)).build());
  }

  private void odf() {
    storageClasses(StorageClassProfile.odf());
    Map<String, String> routes = new LinkedHashMap<>();
    routes.put("ocs-storagecluster-cephobjectstore", "rook-ceph-rgw-ocs-storagecluster-cephobjectstore");
    routes.put("s3", "s3");
    routes.forEach((route, service) -> {
      create(new ServiceBuilder().withNewMetadata().withName(service).withNamespace("openshift-storage")
          .endMetadata().withNewSpec().addNewPort().withName("https").withPort(443).withNewTargetPort(443)
          .endPort().endSpec().build());
      create(new RouteBuilder().withNewMetadata().withName(route).withNamespace("openshift-storage")
          .endMetadata().withNewSpec().withHost(route + "-openshift-storage." + ClusterSpec.APPS_DOMAIN)
          .withNewTo().withKind("Service").withName(service).withWeight(100).endTo()
          .withNewTls().withTermination("reencrypt").withInsecureEdgeTerminationPolicy("Redirect").endTls()
          .endSpec().build());
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

  /** Returns whether a platform keeps object storage in its own cloud. */
  static boolean isCloud(Platform platform) {
    return !PlatformDefaults.installerCredentials(platform, true).isEmpty();
  }
}
