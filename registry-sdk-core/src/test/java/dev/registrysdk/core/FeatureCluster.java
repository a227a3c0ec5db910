package dev.registrysdk.core;

import dev.registrysdk.testkit.FakeOpenShift;
import dev.registrysdk.testkit.requests.ApiCall;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.openshift.api.model.config.v1.Image;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import io.fabric8.openshift.client.OpenShiftClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * The one fixture of the cluster-wide feature tests: a bare-metal {@link FakeOpenShift} (which
 * already holds the image config {@code cluster}, the image pruner {@code cluster} and the ingress
 * operator's CA, as a fresh OpenShift cluster does) plus a project {@code team-a} with service
 * accounts {@code default} and {@code builder}.
 */
final class FeatureCluster implements AutoCloseable {

  final FakeOpenShift fake;
  final OpenShiftClient client;

  private FeatureCluster(String releaseVersion) {
    fake = FakeOpenShift.bareMetal().releaseVersion(releaseVersion).start();
    client = fake.client();
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("team-a").endMetadata().build()).create();
    for (String account : List.of("default", "builder")) {
      client.serviceAccounts().inNamespace("team-a").resource(new ServiceAccountBuilder()
          .withNewMetadata().withName(account).withNamespace("team-a").endMetadata()
          .addNewImagePullSecret(account + "-dockercfg-x7k2p").build()).create();
    }
    fake.requests().clear();
  }

  /** A cluster of OpenShift 4.13 or later: it serves ImageDigestMirrorSet and ImageTagMirrorSet. */
  static FeatureCluster current() {
    return new FeatureCluster("4.18.0");
  }

  /** A cluster before OpenShift 4.13: it serves ImageContentSourcePolicy only. */
  static FeatureCluster beforeMirrorSets() {
    return new FeatureCluster("4.12.0");
  }

  RegistryConfigurer configurer() {
    return RegistryConfigurer.on(client).settleWindow(Duration.ZERO);
  }

  /** The base domain of the default ingress controller. */
  String ingressDomain() {
    return fake.ingressDomain();
  }

  /** The ingress operator's CA certificate, PEM, as {@code oc extract secret/router-ca --keys=tls.crt} prints it. */
  String routerCa() {
    Secret secret = client.secrets().inNamespace("openshift-ingress-operator").withName("router-ca").get();
    return new String(Base64.getDecoder().decode(secret.getData().get("tls.crt")), StandardCharsets.UTF_8);
  }

  Config registryConfig() {
    return client.imageRegistryOperatorConfigs().withName("cluster").get();
  }

  Image imageConfig() {
    return client.config().images().withName("cluster").get();
  }

  ConfigMap configMap(String name) {
    return client.configMaps().inNamespace("openshift-config").withName(name).get();
  }

  /** Forgets the requests so far. */
  void clearRequests() {
    fake.requests().clear();
  }

  /** The writes since the requests were last cleared. */
  List<ApiCall> writes() {
    return fake.requests().writes();
  }

  @Override
  public void close() {
    fake.close();
  }
}
