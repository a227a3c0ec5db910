package dev.registrysdk.core;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.registrysdk.api.DesiredState;
import dev.registrysdk.api.LogLevel;
import dev.registrysdk.api.ManagementState;
import dev.registrysdk.api.RegistryProxy;
import dev.registrysdk.api.RegistryRequests;
import dev.registrysdk.api.RegistryRoute;
import dev.registrysdk.api.RequestLimits;
import dev.registrysdk.api.RolloutStrategy;
import dev.registrysdk.api.access.RegistryRole;
import dev.registrysdk.api.access.RoleGrant;
import dev.registrysdk.api.access.Subject;
import dev.registrysdk.api.error.ApplyFailedException;
import dev.registrysdk.api.error.ClusterNotReadyException;
import dev.registrysdk.api.error.ConflictException;
import dev.registrysdk.api.error.ValidationException;
import dev.registrysdk.api.mirror.MirrorSet;
import dev.registrysdk.api.plan.Plan;
import dev.registrysdk.api.progress.ProgressListener;
import dev.registrysdk.api.pruner.ImagePruning;
import dev.registrysdk.api.pullsecret.PullSecret;
import dev.registrysdk.api.sources.RegistrySources;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.api.trust.RegistryCa;
import dev.registrysdk.core.access.AccessFeature;
import dev.registrysdk.core.await.ReadinessAwaiter;
import dev.registrysdk.core.engine.Engine;
import dev.registrysdk.core.engine.EngineOptions;
import dev.registrysdk.core.feature.Feature;
import dev.registrysdk.core.mirror.MirrorSetFeature;
import dev.registrysdk.core.pruner.PrunerFeature;
import dev.registrysdk.core.pullsecret.PullSecretFeature;
import dev.registrysdk.core.feature.FeatureResult;
import dev.registrysdk.core.registry.RegistryFeature;
import dev.registrysdk.core.sources.RegistrySourcesFeature;
import dev.registrysdk.core.trust.TrustedCaFeature;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Configures the OpenShift integrated image registry: the entry point of registry-sdk.
 *
 * <pre>{@code
 * try (KubernetesClient client = new KubernetesClientBuilder().build()) {
 *   ApplyResult result = RegistryConfigurer.on(client)
 *       .managed()
 *       .storage(S3.of("ocp-registry").endpoint("https://s3.example.com").region("local")
 *           .credentials(accessKey, secretKey))
 *       .replicas(2)
 *       .route(RegistryRoute.named("internal").hostname("registry-int.apps.example.com"))
 *       .apply();                      // observe -> validate -> plan -> write
 *   result.awaitReady(Duration.ofMinutes(10));
 * }
 * }</pre>
 *
 * <p>Cluster-wide registry settings go into the same plan and apply: trusted CAs for external
 * registries, registry sources, mirrors, access, pull secrets and image pruning.
 *
 * <pre>{@code
 * RegistryConfigurer.on(client)
 *     .managed()
 *     .storage(Pvc.claim("registry-storage"))
 *     .trustRegistryCa("registry.example.com:5000", caPem)
 *     .mirrors(MirrorSet.digest("release-mirrors")
 *         .mirror("quay.io/openshift-release-dev/ocp-release", "registry.example.com:5000/ocp/release"))
 *     .grant(RegistryRole.VIEWER, Subject.group("developers"), "team-a")
 *     .apply();                      // one plan, one validation, one undo
 * }</pre>
 *
 * <p>Only what is named is written: a field not set here keeps whatever value the cluster has,
 * including values the operator wrote back. {@link #plan()} shows the writes without making them;
 * {@link #apply()} refuses a desired state that validation finds wrong, before writing anything.
 *
 * <p>Immutable and thread-safe: every method returns a new configurer, so a dropped result is a
 * bug; call order does not matter.
 */
@CheckReturnValue
public final class RegistryConfigurer {

  private final KubernetesClient client;
  private final DesiredState desired;
  private final List<Feature> features;
  private final EngineOptions options;

  private RegistryConfigurer(KubernetesClient client, DesiredState desired, List<Feature> features, EngineOptions options) {
    this.client = client;
    this.desired = desired;
    this.features = List.copyOf(features);
    this.options = options;
  }

  /** A configurer for the cluster behind {@code client}, with nothing set yet. */
  public static RegistryConfigurer on(KubernetesClient client) {
    return new RegistryConfigurer(Objects.requireNonNull(client, "client"), DesiredState.empty(), List.of(), EngineOptions.defaults());
  }

  /** The desired state collected so far. */
  public DesiredState desiredState() {
    return desired;
  }

  // ---- management state

  /** {@code managementState: Managed}: the operator deploys the registry. */
  public RegistryConfigurer managed() {
    return managementState(ManagementState.MANAGED);
  }

  /** {@code managementState: Unmanaged}: the operator leaves the registry alone. */
  public RegistryConfigurer unmanaged() {
    return managementState(ManagementState.UNMANAGED);
  }

  /**
   * {@code managementState: Removed}: the operator removes the registry, and its storage if the
   * storage is {@code Managed}; refused in that case unless {@link #allowDataLoss()} is called.
   */
  public RegistryConfigurer removed() {
    return managementState(ManagementState.REMOVED);
  }

  /** Sets {@code spec.managementState}. */
  public RegistryConfigurer managementState(ManagementState state) {
    return state(b -> b.managementState(state));
  }

  // ---- deployment

  /** {@code spec.replicas}; at least 0. */
  public RegistryConfigurer replicas(int replicas) {
    return state(b -> b.replicas(replicas));
  }

  /** {@code spec.rolloutStrategy}; {@code Recreate} is required with a ReadWriteOnce claim. */
  public RegistryConfigurer rolloutStrategy(RolloutStrategy strategy) {
    return state(b -> b.rolloutStrategy(strategy));
  }

  /** {@code spec.resources}: CPU and memory of the registry pods. */
  public RegistryConfigurer resources(ResourceRequirements resources) {
    return state(b -> b.resources(resources));
  }

  /** {@code spec.nodeSelector}; replaces the whole map. */
  public RegistryConfigurer nodeSelector(Map<String, String> nodeSelector) {
    return state(b -> b.nodeSelector(nodeSelector));
  }

  /** {@code spec.tolerations}; replaces the whole list. */
  public RegistryConfigurer tolerations(List<Toleration> tolerations) {
    return state(b -> b.tolerations(tolerations));
  }

  /** {@code spec.affinity}. */
  public RegistryConfigurer affinity(Affinity affinity) {
    return state(b -> b.affinity(affinity));
  }

  /** {@code spec.topologySpreadConstraints}; replaces the whole list. */
  public RegistryConfigurer topologySpreadConstraints(List<TopologySpreadConstraint> constraints) {
    return state(b -> b.topologySpreadConstraints(constraints));
  }

  // ---- exposure

  /** {@code spec.defaultRoute}: expose the registry on the route {@code default-route}. */
  public RegistryConfigurer defaultRoute(boolean enabled) {
    return state(b -> b.defaultRoute(enabled));
  }

  /** Adds or updates one route by name, keeping the other routes already configured. */
  public RegistryConfigurer route(RegistryRoute route) {
    return state(b -> b.addAddedRoute(route));
  }

  /** Sets {@code spec.routes} to exactly these routes; an empty list removes them all. */
  public RegistryConfigurer routes(List<RegistryRoute> routes) {
    return state(b -> b.routes(routes));
  }

  // ---- behaviour

  /** {@code spec.logLevel} of the registry. */
  public RegistryConfigurer logLevel(LogLevel level) {
    return state(b -> b.logLevel(level));
  }

  /** {@code spec.operatorLogLevel}. */
  public RegistryConfigurer operatorLogLevel(LogLevel level) {
    return state(b -> b.operatorLogLevel(level));
  }

  /** {@code spec.proxy}: overrides the cluster-wide proxy for the registry. */
  public RegistryConfigurer proxy(RegistryProxy proxy) {
    return state(b -> b.proxy(proxy));
  }

  /** {@code spec.readOnly}: refuse pushes, e.g. during a storage migration. */
  public RegistryConfigurer readOnly(boolean readOnly) {
    return state(b -> b.readOnly(readOnly));
  }

  /** {@code spec.disableRedirect}: serve blobs through the registry instead of redirecting to storage. */
  public RegistryConfigurer disableRedirect(boolean disableRedirect) {
    return state(b -> b.disableRedirect(disableRedirect));
  }

  /** {@code spec.requests}: limits on concurrent pulls and pushes. */
  public RegistryConfigurer requests(RegistryRequests requests) {
    return state(b -> b.requests(requests));
  }

  /** {@code spec.requests.read}, keeping write limits already given here. */
  public RegistryConfigurer readRequests(RequestLimits limits) {
    return requests(desired.requests().orElse(RegistryRequests.none()).read(limits));
  }

  /** {@code spec.requests.write}, keeping read limits already given here. */
  public RegistryConfigurer writeRequests(RequestLimits limits) {
    return requests(desired.requests().orElse(RegistryRequests.none()).write(limits));
  }

  // ---- storage

  /**
   * The storage backend. Any other backend set on the cluster is removed in the same write, as the
   * operator requires. Switching the storage of a registry that may hold images is refused unless
   * {@link #allowDataLoss()} is called.
   */
  public RegistryConfigurer storage(StorageProvider provider) {
    return state(b -> b.storage(provider));
  }

  /** Consents to changes that can make images unreachable or deleted. */
  public RegistryConfigurer allowDataLoss() {
    return state(b -> b.allowDataLoss(true));
  }

  // ---- cluster-wide features

  /**
   * Trusts {@code pem}, a PEM bundle of CA certificates, for pulls from the registry {@code host}
   * ({@code registry.example.com} or {@code registry.example.com:5000}): the CA goes into the config
   * map in {@code openshift-config} that {@code image.config.openshift.io/cluster}
   * {@code spec.additionalTrustedCA} names, keyed {@code registry.example.com..5000}. The CAs of other
   * registries in that map are kept. Expired or unreadable certificates are refused.
   */
  public RegistryConfigurer trustRegistryCa(String host, String pem) {
    return trustRegistryCa(RegistryCa.of(host, pem));
  }

  /** Trusts the CA of one registry; see {@link #trustRegistryCa(String, String)}. */
  public RegistryConfigurer trustRegistryCa(RegistryCa ca) {
    Objects.requireNonNull(ca, "ca");
    return merged(TrustedCaFeature.class, f -> f.plus(ca), () -> TrustedCaFeature.of(List.of(ca)));
  }

  /**
   * Trusts this cluster's ingress CA for the route host {@code routeHost}, as needed to pull through
   * a route of this cluster (what {@code oc extract secret/router-ca -n openshift-ingress-operator}
   * and {@code oc create configmap} do by hand).
   */
  public RegistryConfigurer trustClusterIngressCa(String routeHost) {
    return trustRegistryCa(RegistryCa.clusterIngress(routeHost));
  }

  /**
   * The config map in {@code openshift-config} for trusted CAs when the image config names none yet;
   * {@code registry-config} by default. A map the image config already names is always used instead.
   */
  public RegistryConfigurer trustedCaConfigMap(String name) {
    return merged(TrustedCaFeature.class, f -> f.configMapName(name), () -> TrustedCaFeature.of(List.of()).configMapName(name));
  }

  /**
   * Registry sources of the image config: allowed, blocked, insecure and search registries,
   * registries allowed for import and external host names, added to the cluster's lists
   * ({@link RegistrySources#adding()}) or replacing them ({@link RegistrySources#replacing()}).
   * Several calls apply in order.
   */
  public RegistryConfigurer registrySources(RegistrySources sources) {
    Objects.requireNonNull(sources, "sources");
    return merged(RegistrySourcesFeature.class, f -> f.plus(sources), () -> RegistrySourcesFeature.of(sources));
  }

  /**
   * Mirror sets, written as ImageDigestMirrorSets and ImageTagMirrorSets, or as
   * ImageContentSourcePolicies where the cluster does not serve those. Every node gets them through a
   * MachineConfig rollout; {@code RegistriesConf} shows the result without a cluster.
   */
  public RegistryConfigurer mirrors(MirrorSet... sets) {
    List<MirrorSet> list = List.of(sets);
    return merged(MirrorSetFeature.class, f -> f.plus(list), () -> MirrorSetFeature.of(list));
  }

  /**
   * Grants {@code role} to {@code subject} in {@code namespace}, as {@code oc policy add-role-to-user}
   * (or {@code -to-group}) does: a RoleBinding named after the role, the subject added once.
   */
  public RegistryConfigurer grant(RegistryRole role, Subject subject, String namespace) {
    RoleGrant grant = RoleGrant.of(role, subject, namespace);
    return merged(AccessFeature.class, f -> f.plus(grant), () -> AccessFeature.of(List.of(grant)));
  }

  /**
   * Lets {@code subjects} read the registry's metrics: creates the ClusterRole
   * {@code prometheus-scraper} if needed and binds it to them.
   */
  public RegistryConfigurer metricsAccess(Subject... subjects) {
    AccessFeature metrics = AccessFeature.metrics(List.of(subjects));
    return merged(AccessFeature.class, f -> f.plus(metrics), () -> metrics);
  }

  /**
   * A {@code kubernetes.io/dockerconfigjson} pull secret, linked to the service accounts it names.
   * Its credentials are masked in plans and never logged.
   */
  public RegistryConfigurer pullSecret(PullSecret secret) {
    Objects.requireNonNull(secret, "secret");
    return merged(PullSecretFeature.class, f -> f.plus(secret), () -> PullSecretFeature.of(List.of(secret)));
  }

  /** Settings of the image pruner; a later call replaces an earlier one. */
  public RegistryConfigurer pruner(ImagePruning pruning) {
    Objects.requireNonNull(pruning, "pruning");
    return merged(PrunerFeature.class, f -> PrunerFeature.of(pruning), () -> PrunerFeature.of(pruning));
  }

  // ---- further features and options

  /** Adds a feature configured in the same plan and apply, such as trusted CAs or mirrors. */
  public RegistryConfigurer with(Feature feature) {
    List<Feature> more = new ArrayList<>(features);
    more.add(Objects.requireNonNull(feature, "feature"));
    return new RegistryConfigurer(client, desired, more, options);
  }

  /** Receives progress events instead of the default, which logs them through SLF4J at DEBUG. */
  public RegistryConfigurer listener(ProgressListener listener) {
    return options(o -> o.listener(listener));
  }

  /** How long to wait for the registry's Config to appear right after install; 5 minutes by default. */
  public RegistryConfigurer waitForConfig(Duration timeout) {
    return options(o -> o.configTimeout(timeout));
  }

  /** How long readiness must hold before it counts; 1 second by default. */
  public RegistryConfigurer settleWindow(Duration settle) {
    return options(o -> o.settleWindow(settle));
  }

  /** How often to retry after conflicting writes by others; 5 by default. */
  public RegistryConfigurer maxConflictRetries(int retries) {
    return options(o -> o.maxConflictRetries(retries));
  }

  /** How long storage provisioning (a bucket claim) may take; 5 minutes by default. */
  public RegistryConfigurer provisionTimeout(Duration timeout) {
    return options(o -> o.provisionTimeout(timeout));
  }

  // ---- terminal operations

  /**
   * Observes the cluster, validates and plans; writes nothing. The plan lists every finding,
   * errors included.
   *
   * @throws ClusterNotReadyException if the registry's Config does not exist, or never will
   */
  public Plan plan() {
    return engine().plan(allFeatures());
  }

  /**
   * Observes the cluster and evaluates the desired state without comparing it with the cluster or
   * writing anything: every object that would be written (once, the intents of several features for
   * one object merged), as a merge-patch document of the fields
   * named (a field set to its current value is still there, unlike in {@link #plan()}), and every
   * finding. For tools that render the desired state as manifests, e.g. for GitOps.
   *
   * <p>Storage that is provisioned while applying (a bucket claim) is evaluated as before
   * provisioning: values known only then are listed in {@code ObjectIntent#resolvedAtApply()}.
   *
   * @throws ClusterNotReadyException if the registry's Config does not exist, or never will
   */
  public FeatureResult intents() {
    return engine().intents(allFeatures());
  }

  /**
   * Observes, validates, plans and writes: prerequisites first, the Config last, in one merge patch
   * that carries the resourceVersion it was planned against.
   *
   * @throws ValidationException if validation found an error; nothing was written
   * @throws ConflictException if other writers kept changing the objects; own writes were undone
   * @throws ApplyFailedException if a write failed; it lists what was undone and what is left
   * @throws ClusterNotReadyException if the registry's Config does not exist, or never will
   */
  public ApplyResult apply() {
    Engine.Applied applied = engine().apply(allFeatures());
    return new ApplyResult(applied.plan(), applied.changes(), applied.attempts(), applied.configGeneration(), awaiter());
  }

  /** Waits for the registry to be ready as it is now, without writing anything. */
  public dev.registrysdk.api.readiness.Readiness readiness(Duration timeout) {
    return awaiter().await(0, timeout);
  }

  private ReadinessAwaiter awaiter() {
    return new ReadinessAwaiter(client, options.settleWindow(), options.listener());
  }

  private Engine engine() {
    return new Engine(client, options);
  }

  private List<Feature> allFeatures() {
    List<Feature> all = new ArrayList<>();
    all.add(new RegistryFeature(desired));
    for (Feature feature : features) {
      all.add(feature instanceof PrunerFeature pruner ? pruner.registryState(desired.managementState()) : feature);
    }
    return all;
  }

  /** Updates the feature of this type already added, or adds one: one feature per kind of setting. */
  private <F extends Feature> RegistryConfigurer merged(Class<F> type, UnaryOperator<F> update, Supplier<F> create) {
    List<Feature> more = new ArrayList<>(features);
    for (int i = 0; i < more.size(); i++) {
      if (type.isInstance(more.get(i))) {
        more.set(i, update.apply(type.cast(more.get(i))));
        return new RegistryConfigurer(client, desired, more, options);
      }
    }
    more.add(create.get());
    return new RegistryConfigurer(client, desired, more, options);
  }

  private RegistryConfigurer state(UnaryOperator<DesiredState.Builder> change) {
    return new RegistryConfigurer(client, change.apply(desired.toBuilder()).build(), features, options);
  }

  private RegistryConfigurer options(UnaryOperator<EngineOptions.Builder> change) {
    return new RegistryConfigurer(client, desired, features, change.apply(options.toBuilder()).build());
  }

  @Override
  public String toString() {
    return "RegistryConfigurer{" + desired + ", features=" + features.size() + "}";
  }
}
