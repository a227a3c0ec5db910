package dev.registrysdk.core.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.DesiredState;
import dev.registrysdk.api.ManagementState;
import dev.registrysdk.api.RegistryRoute;
import dev.registrysdk.api.RolloutStrategy;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.spi.DesiredObject;
import dev.registrysdk.api.spi.ProvisioningContext;
import dev.registrysdk.api.spi.ProvisioningStorageProvider;
import dev.registrysdk.api.spi.StorageContext;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.core.feature.DesiredObjects;
import dev.registrysdk.core.feature.Feature;
import dev.registrysdk.core.feature.FeatureResult;
import dev.registrysdk.core.feature.ProvisioningFeature;
import dev.registrysdk.core.plan.CurrentObjects;
import dev.registrysdk.core.plan.IntentPolicy;
import dev.registrysdk.core.plan.ObjectIntent;
import dev.registrysdk.core.plan.Phase;
import dev.registrysdk.core.validate.RegistryValidator;
import dev.registrysdk.core.validate.ValidationInput;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistrySpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registry's own configuration: the {@code Config} named {@code cluster}, its storage through a
 * {@link StorageProvider}, and the secrets of routes given as PEM.
 */
public final class RegistryFeature implements ProvisioningFeature {

  private static final RegistryValidator VALIDATOR = new RegistryValidator();

  private final DesiredState desired;
  private final Optional<StorageContribution> provisioned;

  /** The feature for a desired state. */
  public RegistryFeature(DesiredState desired) {
    this(desired, Optional.empty());
  }

  private RegistryFeature(DesiredState desired, Optional<StorageContribution> provisioned) {
    this.desired = desired;
    this.provisioned = provisioned;
  }

  @Override
  public String name() {
    return "registry";
  }

  @Override
  public Set<ResourceKey> observedObjects() {
    Set<ResourceKey> keys = new HashSet<>();
    desired.storage().ifPresent(p -> keys.addAll(p.observedObjects()));
    // After provisioning, the contribution may name objects the provider could not know before
    // (the bucket's credentials, the CA of its endpoint); they are observed so they can be planned.
    provisioned.ifPresent(c -> c.objects().forEach(o -> keys.add(DesiredObjects.key(o.object()))));
    for (RegistryRoute route : routes()) {
      route.tls().ifPresent(tls -> keys.add(ResourceKey.secret(RegistryObjects.NAMESPACE,
          tls.secretName().orElse(RouteSecrets.secretName(route)))));
    }
    return keys;
  }

  @Override
  public Set<String> kindsToCheck() {
    return desired.storage().map(StorageProvider::observedKinds).orElse(Set.of());
  }

  @Override
  public FeatureResult evaluate(ClusterFacts facts) {
    Optional<ImageRegistrySpec> current = facts.registryConfig().map(Config::getSpec);
    Optional<StorageContribution> storage = provisioned.isPresent()
        ? provisioned
        : desired.storage().map(p -> p.contribute(
            StorageContext.of(facts, desired.replicas(), desired.rolloutStrategy())));

    Optional<Integer> replicas = desired.replicas().or(() -> storage.flatMap(StorageContribution::suggestedReplicas)
        .map(suggested -> singleNode(facts) ? Math.min(suggested, 1) : suggested));
    Optional<RolloutStrategy> rollout =
        desired.rolloutStrategy().or(() -> storage.flatMap(StorageContribution::suggestedRolloutStrategy));
    int finalReplicas = replicas.orElseGet(() -> current.map(ImageRegistrySpec::getReplicas).orElse(1));
    Optional<RolloutStrategy> finalRollout = rollout.or(() -> current
        .map(ImageRegistrySpec::getRolloutStrategy)
        .flatMap(RolloutStrategy::fromWireValue));
    Optional<ManagementState> currentState =
        current.map(ImageRegistrySpec::getManagementState).flatMap(ManagementState::fromWireValue);

    List<Finding> findings = VALIDATOR.validate(ValidationInput.builder()
        .desired(desired)
        .facts(facts)
        .storage(storage)
        .storageBackend(desired.storage().map(StorageProvider::backend))
        .finalReplicas(finalReplicas)
        .finalRolloutStrategy(finalRollout)
        .finalManagementState(desired.managementState().or(() -> currentState))
        .currentManagementState(currentState)
        .build());

    List<ObjectIntent> intents = new ArrayList<>();
    Map<String, String> routeSecrets = new LinkedHashMap<>();
    for (RegistryRoute route : routes()) {
      route.tls().ifPresent(tls -> {
        if (tls.fromPem()) {
          intents.add(RouteSecrets.intent(route, tls));
          routeSecrets.put(route.name(), RouteSecrets.secretName(route));
        } else {
          routeSecrets.put(route.name(), tls.secretName().orElseThrow());
        }
      });
    }
    storage.ifPresent(s -> {
      for (DesiredObject object : s.objects()) {
        intents.add(DesiredObjects.intent(object, Phase.PREREQUISITE));
      }
    });
    JsonNode currentSpec = facts.registryConfig()
        .map(c -> CurrentObjects.toTree(c).path("spec"))
        .orElse(JsonNodeFactory.instance.objectNode());
    ObjectNode document = ConfigDocument.build(desired, currentSpec,
        storage.map(StorageContribution::storage), replicas, rollout, routeSecrets);
    intents.add(ObjectIntent.builder()
        .key(RegistryObjects.CONFIG)
        .document(document)
        .policy(IntentPolicy.PATCH_EXISTING)
        .phase(Phase.REGISTRY)
        .purpose(purpose(storage.isPresent()))
        .resolvedAtApply(storage.map(StorageContribution::resolvedAtApply).orElse(List.of()))
        .build());
    return FeatureResult.of(intents, findings);
  }

  /**
   * Whether the cluster is a single node: a provider's suggestion of more replicas is then clamped
   * to 1, as the operator's bootstrap does, because with 2 replicas the operator adds a required
   * anti-affinity on the host name that one node cannot satisfy. A caller's explicit count is kept.
   */
  private static boolean singleNode(ClusterFacts facts) {
    return facts.infrastructureTopology().filter("SingleReplica"::equals).isPresent();
  }

  @Override
  public boolean needsProvisioning() {
    return provisioned.isEmpty() && desired.storage().orElse(null) instanceof ProvisioningStorageProvider;
  }

  @Override
  public Feature provision(ProvisioningContext context) {
    if (provisioned.isEmpty() && desired.storage().orElse(null) instanceof ProvisioningStorageProvider p) {
      StorageContext storage = StorageContext.of(context.facts(), desired.replicas(), desired.rolloutStrategy());
      ProvisioningContext withRequest = new ProvisioningContext() {
        @Override
        public ClusterFacts facts() {
          return context.facts();
        }

        @Override
        public dev.registrysdk.api.spi.ClusterAccess access() {
          return context.access();
        }

        @Override
        public java.time.Duration timeout() {
          return context.timeout();
        }

        @Override
        public dev.registrysdk.api.progress.ProgressListener listener() {
          return context.listener();
        }

        @Override
        public StorageContext storageContext() {
          return storage;
        }
      };
      return new RegistryFeature(desired, Optional.of(p.provision(withRequest)));
    }
    return this;
  }

  private String purpose(boolean storage) {
    return "configure the image registry" + desired.storage().filter(s -> storage)
        .map(s -> " on " + s.description()).orElse("");
  }

  private List<RegistryRoute> routes() {
    return desired.allRoutes();
  }

  /** Secrets created for routes whose certificate is given as PEM. */
  static final class RouteSecrets {
    private RouteSecrets() {}

    static String secretName(RegistryRoute route) {
      return route.name() + "-tls";
    }

    static ObjectIntent intent(RegistryRoute route, dev.registrysdk.api.RouteTls tls) {
      ObjectNode document = JsonNodeFactory.instance.objectNode();
      document.put("type", "kubernetes.io/tls");
      ObjectNode data = document.putObject("data");
      data.put("tls.crt", base64(tls.certificatePem().orElseThrow()));
      data.put("tls.key", base64(tls.privateKeyPem().orElseThrow()));
      tls.caCertificatePem().ifPresent(ca -> data.put("tls.cacrt", base64(ca)));
      return ObjectIntent.builder()
          .key(ResourceKey.secret(RegistryObjects.NAMESPACE, secretName(route)))
          .document(document)
          .policy(IntentPolicy.MERGE)
          .phase(Phase.PREREQUISITE)
          .purpose("certificate of route " + route.name())
          .sensitive(true)
          .build();
    }

    private static String base64(String text) {
      return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
