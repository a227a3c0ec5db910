package dev.registrysdk.core.observe;

import dev.registrysdk.api.error.ClusterNotReadyException;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.core.apply.Resources;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.fabric8.openshift.api.model.config.v1.ClusterOperator;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import io.fabric8.openshift.client.OpenShiftClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a cluster into {@link ClusterFacts}: the registry's Config (waiting for it when it does not
 * exist yet, as right after install), the platform, the ClusterOperator, storage classes, the
 * ingress certificate, and every object the features asked for.
 *
 * <p>A cluster without the ImageRegistry capability fails at once with a
 * {@link ClusterNotReadyException}, rather than waiting for a Config that will never come. A missing
 * ClusterOperator {@code image-registry} alone does not prove that: on a cluster seconds old it may
 * not exist yet. The capability counts as disabled only when ClusterVersion {@code version} lists the
 * enabled capabilities without {@code ImageRegistry}; when it lists it, or cannot tell, the observer
 * waits for the Config as on any young cluster.
 */
public final class ClusterObserver {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterObserver.class);
  private static final String INGRESS_OPERATOR_NAMESPACE = "openshift-ingress-operator";
  private static final String INGRESS_NAMESPACE = "openshift-ingress";
  private static final String IMAGE_REGISTRY_CAPABILITY = "ImageRegistry";

  private final OpenShiftClient client;
  private final Resources resources;
  private final Duration configTimeout;

  /** An observer that waits up to {@code configTimeout} for the Config to appear. */
  public ClusterObserver(KubernetesClient client, Duration configTimeout) {
    this.client = client.adapt(OpenShiftClient.class);
    this.resources = new Resources(client);
    this.configTimeout = configTimeout;
  }

  /** Observes the cluster, including the given objects and whether the given kinds are served. */
  public ClusterFacts observe(Set<ResourceKey> keys, Set<String> kinds) {
    Config config = config();
    ClusterFacts.Builder facts = ClusterFacts.builder().registryConfig(config);
    infrastructure().ifPresent(infra -> {
      Object type = Optional.ofNullable(infra.get("status", "platformStatus", "type"))
          .orElseGet(() -> infra.get("status", "platform"));
      facts.platformType(Objects.toString(type, ""));
      facts.infrastructureTopology(Optional.ofNullable(infra.get("status", "infrastructureTopology")).map(Object::toString));
    });
    facts.clusterOperator(Optional.ofNullable(
        resources.call(RegistryObjects.CONFIG, () -> client.config().clusterOperators()
            .withName(RegistryObjects.CLUSTER_OPERATOR).get())));
    facts.storageClasses(resources.call(RegistryObjects.CONFIG,
        () -> client.storage().v1().storageClasses().list().getItems()));
    Map<ResourceKey, HasMetadata> objects = new HashMap<>();
    if (keys.contains(RegistryObjects.DEFAULT_INGRESS_CONTROLLER)) {
      ingress(facts).ifPresent(controller -> objects.put(RegistryObjects.DEFAULT_INGRESS_CONTROLLER, controller));
    }

    Set<ResourceKey> wanted = new LinkedHashSet<>(keys);
    currentClaim(config).ifPresent(wanted::add);
    for (ResourceKey key : wanted) {
      if (key.equals(RegistryObjects.DEFAULT_INGRESS_CONTROLLER)) {
        continue;
      }
      resources.get(key).ifPresent(object -> objects.put(key, object));
    }
    facts.objects(objects).lookedUp(wanted);
    facts.servedKinds(served(kinds));
    return facts.build();
  }

  /** {@code facts} with these objects observed too: those that exist, and all as looked up. */
  public ClusterFacts observeMore(ClusterFacts facts, Set<ResourceKey> keys) {
    Map<ResourceKey, HasMetadata> objects = new HashMap<>(facts.objects());
    Set<ResourceKey> lookedUp = new LinkedHashSet<>(facts.lookedUp());
    for (ResourceKey key : keys) {
      resources.get(key).ifPresent(object -> objects.put(key, object));
      lookedUp.add(key);
    }
    return facts.toBuilder().objects(objects).lookedUp(lookedUp).build();
  }

  private Config config() {
    var resource = client.imageRegistryOperatorConfigs().withName(RegistryObjects.CONFIG_NAME);
    Config config = resources.call(RegistryObjects.CONFIG, resource::get);
    if (config != null) {
      return config;
    }
    ClusterOperator operator = resources.call(RegistryObjects.CONFIG,
        () -> client.config().clusterOperators().withName(RegistryObjects.CLUSTER_OPERATOR).get());
    Optional<Boolean> enabled = operator != null ? Optional.of(true) : imageRegistryCapabilityEnabled();
    if (enabled.filter(e -> !e).isPresent()) {
      throw new ClusterNotReadyException(ClusterNotReadyException.Reason.CAPABILITY_DISABLED, Duration.ZERO,
          "This cluster has no configs.imageregistry.operator.openshift.io/cluster and ClusterVersion version does not "
              + "list ImageRegistry among status.capabilities.enabledCapabilities: the ImageRegistry capability is "
              + "disabled, so there is no integrated registry to configure. Enable the capability (ClusterVersion "
              + "spec.capabilities.additionalEnabledCapabilities: [ImageRegistry]) or use an external registry.");
    }
    String missingOperator = operator != null ? ""
        : enabled.isPresent()
            ? " ClusterOperator image-registry does not exist yet either, although ClusterVersion lists the ImageRegistry capability as enabled."
            : " ClusterOperator image-registry does not exist either, and ClusterVersion could not tell whether the ImageRegistry "
                + "capability is enabled; if it is disabled (`oc get clusterversion version -o jsonpath='{.status.capabilities}'`), "
                + "there is no integrated registry to configure.";
    if (configTimeout.isZero()) {
      throw notFound(Duration.ZERO, missingOperator);
    }
    LOG.debug("Waiting up to {} for configs.imageregistry.operator.openshift.io/cluster", configTimeout);
    try {
      return resource.waitUntilCondition(Objects::nonNull, configTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (KubernetesClientTimeoutException e) {
      throw notFound(configTimeout, missingOperator);
    }
  }

  /**
   * Whether ClusterVersion {@code version} lists ImageRegistry among its enabled capabilities; empty
   * when it cannot tell (no ClusterVersion, no capabilities in its status, or not readable).
   */
  private Optional<Boolean> imageRegistryCapabilityEnabled() {
    GenericKubernetesResource version = quietly(() -> client
        .genericKubernetesResources("config.openshift.io/v1", "ClusterVersion").withName("version").get());
    Object enabled = version == null ? null : version.get("status", "capabilities", "enabledCapabilities");
    if (!(enabled instanceof Collection<?> capabilities)) {
      return Optional.empty();
    }
    return Optional.of(capabilities.contains(IMAGE_REGISTRY_CAPABILITY));
  }

  private static ClusterNotReadyException notFound(Duration waited, String missingOperator) {
    return new ClusterNotReadyException(ClusterNotReadyException.Reason.CONFIG_NOT_FOUND, waited,
        "configs.imageregistry.operator.openshift.io \"cluster\" was not found after waiting " + waited
            + ": the Image Registry Operator has not initialised yet, as happens in the first minutes after install. "
            + "Retry later, or wait longer with waitForConfig(Duration.ofMinutes(10))." + missingOperator);
  }

  /**
   * Infrastructure {@code cluster}, read as a generic resource: only three of its fields are used,
   * and its typed model (every cloud's platform status) costs a run more to deserialise than the
   * request itself.
   */
  private Optional<GenericKubernetesResource> infrastructure() {
    return Optional.ofNullable(resources.call(RegistryObjects.CONFIG,
        () -> client.genericKubernetesResources("config.openshift.io/v1", "Infrastructure").withName("cluster").get()));
  }

  /** Observes the ingress domain and certificates; returns the default IngressController, if readable. */
  private Optional<GenericKubernetesResource> ingress(ClusterFacts.Builder facts) {
    // Generic for the same reason as Infrastructure: two fields of a large model.
    GenericKubernetesResource controller = quietly(() -> client
        .genericKubernetesResources("operator.openshift.io/v1", "IngressController")
        .inNamespace(INGRESS_OPERATOR_NAMESPACE).withName("default").get());
    String certificate = "router-certs-default";
    if (controller != null) {
      facts.ingressDomain(Optional.ofNullable(controller.get("status", "domain")).map(Object::toString));
      Object name = controller.get("spec", "defaultCertificate", "name");
      if (name != null) {
        certificate = name.toString();
      }
    }
    String name = certificate;
    facts.ingressCertificatePem(certificate(() -> client.secrets().inNamespace(INGRESS_NAMESPACE).withName(name).get()));
    facts.ingressCaPem(certificate(() -> client.secrets().inNamespace(INGRESS_OPERATOR_NAMESPACE).withName("router-ca").get()));
    return Optional.ofNullable(controller);
  }

  private Optional<String> certificate(java.util.function.Supplier<Secret> secret) {
    Secret s = quietly(secret);
    if (s == null || s.getData() == null || !s.getData().containsKey("tls.crt")) {
      return Optional.empty();
    }
    return Optional.of(new String(Base64.getDecoder().decode(s.getData().get("tls.crt")), StandardCharsets.UTF_8));
  }

  /** Reads something optional: a missing permission or kind means "not known", not failure. */
  private static <T> T quietly(java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (KubernetesClientException e) {
      LOG.debug("Optional read failed [code={}]: {}", e.getCode(), e.getMessage());
      return null;
    }
  }

  private static Optional<ResourceKey> currentClaim(Config config) {
    if (config.getSpec() == null || config.getSpec().getStorage() == null || config.getSpec().getStorage().getPvc() == null) {
      return Optional.empty();
    }
    String claim = config.getSpec().getStorage().getPvc().getClaim();
    return Optional.of(ResourceKey.persistentVolumeClaim(RegistryObjects.NAMESPACE,
        claim == null || claim.isEmpty() ? RegistryObjects.DEFAULT_CLAIM : claim));
  }

  private Set<String> served(Set<String> kinds) {
    Set<String> served = new LinkedHashSet<>();
    Map<String, APIResourceList> byVersion = new HashMap<>();
    for (String kind : kinds) {
      int slash = kind.lastIndexOf('/');
      String apiVersion = kind.substring(0, slash);
      String name = kind.substring(slash + 1);
      APIResourceList list = byVersion.computeIfAbsent(apiVersion, v -> quietly(() -> client.getApiResources(v)));
      if (list != null && list.getResources().stream().map(APIResource::getKind).anyMatch(name::equals)) {
        served.add(kind);
      }
    }
    return served;
  }
}
