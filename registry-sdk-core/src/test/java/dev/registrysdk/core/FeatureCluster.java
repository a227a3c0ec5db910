package dev.registrysdk.core;

import dev.registrysdk.core.cluster.TestFacts;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.openshift.api.model.config.v1.Image;
import io.fabric8.openshift.api.model.config.v1.ImageBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImagePrunerBuilder;
import io.fabric8.openshift.api.model.operator.v1.IngressControllerBuilder;
import io.fabric8.openshift.client.OpenShiftClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The one fixture of the cluster-wide feature tests: a bare-metal {@link MockCluster} that also
 * serves the config kinds those features write, with the objects a fresh OpenShift cluster has
 * (image config {@code cluster}, image pruner {@code cluster}, the ingress operator's CA, a project
 * {@code team-a} with service accounts {@code default} and {@code builder}).
 *
 * <p>When the testkit's fake cluster replaces the mock server, only this class changes.
 */
final class FeatureCluster implements AutoCloseable {

  static final String ROUTER_CA = TestFacts.resource("/certs/router-ca.pem");
  static final String INGRESS_DOMAIN = "apps.ocp-vmw.cie.netapp.com";

  final MockCluster mock;
  final OpenShiftClient client;

  private FeatureCluster(boolean mirrorSets) {
    mock = MockCluster.bareMetal();
    client = mock.client;
    for (CustomResourceDefinitionContext context : contexts(mirrorSets)) {
      mock.server.expectCustomResource(context);
    }
    client.config().images().resource(new ImageBuilder().withNewMetadata().withName("cluster").endMetadata()
        .withNewSpec().endSpec().build()).create();
    client.operator().imagePruners().resource(new ImagePrunerBuilder().withNewMetadata().withName("cluster").endMetadata()
        .withNewSpec().withSuspend(false).withKeepTagRevisions(3).withSuccessfulJobsHistoryLimit(3)
        .withFailedJobsHistoryLimit(3).withIgnoreInvalidImageReferences(true).endSpec().build()).create();
    client.secrets().inNamespace("openshift-ingress-operator").resource(new SecretBuilder()
        .withNewMetadata().withName("router-ca").withNamespace("openshift-ingress-operator").endMetadata()
        .withType("kubernetes.io/tls")
        .addToData("tls.crt", Base64.getEncoder().encodeToString(ROUTER_CA.getBytes(StandardCharsets.UTF_8)))
        .build()).create();
    client.operator().ingressControllers().inNamespace("openshift-ingress-operator").resource(new IngressControllerBuilder()
        .withNewMetadata().withName("default").withNamespace("openshift-ingress-operator").endMetadata()
        .withNewSpec().endSpec().withNewStatus().withDomain(INGRESS_DOMAIN).endStatus().build()).create();
    for (String account : List.of("default", "builder")) {
      client.serviceAccounts().inNamespace("team-a").resource(new ServiceAccountBuilder()
          .withNewMetadata().withName(account).withNamespace("team-a").endMetadata()
          .addNewImagePullSecret(account + "-dockercfg-x7k2p").build()).create();
    }
    mock.drainRequests();
  }

  /** A cluster of OpenShift 4.13 or later: it serves ImageDigestMirrorSet and ImageTagMirrorSet. */
  static FeatureCluster current() {
    return new FeatureCluster(true);
  }

  /** A cluster before OpenShift 4.13: it serves ImageContentSourcePolicy only. */
  static FeatureCluster beforeMirrorSets() {
    return new FeatureCluster(false);
  }

  RegistryConfigurer configurer() {
    return RegistryConfigurer.on(client).settleWindow(java.time.Duration.ZERO);
  }

  Image imageConfig() {
    return client.config().images().withName("cluster").get();
  }

  ConfigMap configMap(String name) {
    return client.configMaps().inNamespace("openshift-config").withName(name).get();
  }

  private static List<CustomResourceDefinitionContext> contexts(boolean mirrorSets) {
    List<CustomResourceDefinitionContext> contexts = new java.util.ArrayList<>(List.of(
        context("config.openshift.io", "v1", "images", "Image"),
        context("operator.openshift.io", "v1alpha1", "imagecontentsourcepolicies", "ImageContentSourcePolicy"),
        context("imageregistry.operator.openshift.io", "v1", "imagepruners", "ImagePruner")));
    if (mirrorSets) {
      contexts.add(context("config.openshift.io", "v1", "imagedigestmirrorsets", "ImageDigestMirrorSet"));
      contexts.add(context("config.openshift.io", "v1", "imagetagmirrorsets", "ImageTagMirrorSet"));
    }
    return contexts;
  }

  private static CustomResourceDefinitionContext context(String group, String version, String plural, String kind) {
    return new CustomResourceDefinitionContext.Builder().withGroup(group).withVersion(version).withPlural(plural)
        .withKind(kind).withScope("Cluster").withStatusSubresource(true).build();
  }

  @Override
  public void close() {
    mock.close();
  }
}
