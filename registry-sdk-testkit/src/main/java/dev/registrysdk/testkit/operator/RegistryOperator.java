package dev.registrysdk.testkit.operator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.ClusterClock;
import dev.registrysdk.testkit.Platform;
import dev.registrysdk.testkit.bootstrap.ClusterSpec;
import dev.registrysdk.testkit.bootstrap.Installer;
import dev.registrysdk.testkit.controller.Controller;
import dev.registrysdk.testkit.controller.ControllerLoop;
import dev.registrysdk.testkit.server.Json;
import dev.registrysdk.testkit.server.ObjectApi;
import dev.registrysdk.testkit.server.ResourceType;
import dev.registrysdk.testkit.server.TestkitInternal;
import dev.registrysdk.testkit.server.WriteOptions;
import dev.registrysdk.testkit.bootstrap.Trees;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated cluster-image-registry-operator: bootstraps Config {@code cluster} and ImagePruner
 * {@code cluster} per platform, reconciles the Config (storage, write-backs, Deployment, Service,
 * routes, removal), writes its conditions with the operator's reasons and messages, and mirrors them
 * onto ClusterOperator {@code image-registry} and Image config {@code cluster}.
 */
@TestkitInternal
public final class RegistryOperator implements Controller, SimulatedOperator {

  /** The field manager the operator writes as. */
  public static final String MANAGER = "cluster-image-registry-operator";
  /** The finalizer the operator puts on Config {@code cluster}. */
  public static final String FINALIZER = "imageregistry.operator.openshift.io/finalizer";

  private static final Logger LOG = LoggerFactory.getLogger(RegistryOperator.class);
  private static final String IR = "imageregistry.operator.openshift.io";

  private final ObjectApi api;
  private final ClusterReader cluster;
  private final ClusterSpec spec;
  private final ClusterClock clock;
  private final OperatorTiming timing;
  private final OperatorFaultState faults;
  private final CloudBuckets buckets = new CloudBuckets();
  private final ControllerLoop loop;
  private final Instant startedAt;
  private final AtomicLong reconciles = new AtomicLong();
  private final Set<Instant> scheduled = new HashSet<>();
  private volatile boolean paused;
  private volatile boolean forced;
  private Instant pendingSince;
  private long pendingGeneration;

  /**
   * Creates the operator.
   *
   * @param api the API it writes through
   * @param spec the cluster's shape
   * @param clock the cluster clock
   * @param timing rollout and status timing
   * @param faults injected operator faults
   * @param loop the controller loop that runs it (for timers and on-demand syncs)
   * @param paused whether it starts paused
   */
  public RegistryOperator(ObjectApi api, ClusterSpec spec, ClusterClock clock, OperatorTiming timing,
      OperatorFaultState faults, ControllerLoop loop, boolean paused) {
    this.api = api;
    this.cluster = new ClusterReader(api);
    this.spec = spec;
    this.clock = clock;
    this.timing = timing;
    this.faults = faults;
    this.loop = loop;
    this.paused = paused;
    this.startedAt = clock.instant();
  }

  @Override
  public String name() {
    return "image-registry-operator";
  }

  // ------------------------------------------------------------------------------------ SimulatedOperator

  @Override
  public void pause() {
    paused = true;
  }

  @Override
  public void resume() {
    paused = false;
    loop.settle();
  }

  @Override
  public boolean isPaused() {
    return paused;
  }

  @Override
  public void reconcileNow() {
    forced = true;
    try {
      loop.settle();
    } finally {
      forced = false;
    }
  }

  @Override
  public long reconcileCount() {
    return reconciles.get();
  }

  @Override
  public Set<String> buckets() {
    return buckets.existing();
  }

  @Override
  public Set<String> deletedBuckets() {
    return buckets.deleted();
  }

  // ------------------------------------------------------------------------------------------ reconcile

  @Override
  public void reconcile() {
    if (paused && !forced) {
      return;
    }
    if (!spec.imageRegistryCapability()) {
      return;
    }
    ensurePruner();
    ObjectNode config = cluster.get(IR, "configs", null, "cluster");
    if (config == null) {
      bootstrap();
      return;
    }
    reconciles.incrementAndGet();
    if (Json.metadata(config).has("deletionTimestamp")) {
      finalizeDeletion(config);
      return;
    }
    ObjectNode desiredSpec = config.get("spec") instanceof ObjectNode s ? s.deepCopy() : Json.object();
    ObjectNode status = config.get("status") instanceof ObjectNode s ? s.deepCopy() : Json.object();
    Conditions conditions = new Conditions(status.get("conditions"), api.now());
    String state = desiredSpec.path("managementState").asText("");
    JsonNode appliedStorage = status.get("storage");
    String applyError = null;
    String permanentReason = null;
    boolean managed = false;
    switch (state) {
      case "Managed" -> {
        managed = true;
        if (desiredSpec.path("httpSecret").asText("").isEmpty()) {
          desiredSpec.put("httpSecret", api.randomHex(64));
        }
        String verification = verify(desiredSpec);
        if (verification != null) {
          applyError = "unable to complete resource: " + verification;
          permanentReason = "VerificationFailed";
        } else {
          StorageResult storage = storageSync().sync(desiredSpec, conditions);
          if (storage.ok()) {
            applyError = applyResources(desiredSpec);
            if (applyError == null) {
              appliedStorage = desiredSpec.get("storage").deepCopy();
            }
          } else {
            applyError = storage.error();
            permanentReason = storage.permanentReason();
          }
        }
      }
      case "Removed" -> {
        removeResources();
        storageSync().remove(appliedStorage, desiredSpec.get("storage"));
        appliedStorage = Json.object();
        conditions.remove("StorageExists");
      }
      case "Unmanaged" -> {
      }
      default -> LOG.debug("unknown custom resource state [managementState={}]", state);
    }
    config = writeSpecBack(config, desiredSpec);
    long generation = Json.metadata(config).path("generation").asLong(1);
    if (!statusDue(status, generation)) {
      return;
    }
    if (!List.of("Managed", "Removed", "Unmanaged").contains(state)) {
      return;
    }
    ObjectNode deployment = cluster.get("apps", "deployments", RegistryResources.NS, RegistryResources.NAME);
    String routeError = managed && applyError == null ? unadmittedRoutes() : null;
    new StatusConditions(state, deployment, applyError, permanentReason, routeError).writeTo(conditions,
        clock.instant(), faults);
    nodeCaConditions(conditions);
    status.set("conditions", conditions.toArray());
    status.put("observedGeneration", generation);
    status.put("readyReplicas", deployment == null ? 0 : deployment.path("status").path("readyReplicas").asInt(0));
    ObjectNode storageStatus = appliedStorage instanceof ObjectNode o ? o.deepCopy() : Json.object();
    status.set("storage", storageStatus);
    status.put("storageManaged", "Managed".equals(storageStatus.path("managementState").asText("")));
    status.put("version", spec.releaseVersion());
    if (!status.equals(config.get("status"))) {
      ObjectNode updated = config.deepCopy();
      updated.set("status", status);
      api.update(type("configs"), null, "cluster", "status", updated, WriteOptions.controller(MANAGER));
    }
    scheduleDegradedInertia(conditions);
    mirrorClusterOperator(conditions);
    syncImageConfig();
  }

  private StorageSync storageSync() {
    return new StorageSync(cluster, buckets, platformStorage());
  }

  private static String verify(ObjectNode spec) {
    if (spec.path("replicas").asInt(0) < 0) {
      return "replicas must be greater than or equal to 0";
    }
    Set<String> names = new HashSet<>();
    names.add("default-route");
    JsonNode routes = spec.get("routes");
    if (routes != null) {
      for (JsonNode route : routes) {
        if (!names.add(route.path("name").asText(""))) {
          return "duplication of names has been detected in the additional routes";
        }
      }
    }
    return null;
  }

  private ObjectNode writeSpecBack(ObjectNode config, ObjectNode desiredSpec) {
    ObjectNode updated = config.deepCopy();
    boolean changed = false;
    if (!desiredSpec.equals(config.get("spec"))) {
      updated.set("spec", desiredSpec);
      changed = true;
    }
    List<String> finalizers = ObjectApi.finalizers(config);
    if (!finalizers.contains(FINALIZER)) {
      ArrayNode list = Json.metadata(updated).putArray("finalizers");
      finalizers.forEach(list::add);
      list.add(FINALIZER);
      changed = true;
    }
    if (!changed) {
      return config;
    }
    return api.update(type("configs"), null, "cluster", null, updated, WriteOptions.controller(MANAGER));
  }

  private boolean statusDue(ObjectNode status, long generation) {
    if (timing.statusDelay().isZero()) {
      return true;
    }
    long observed = status.path("observedGeneration").asLong(0);
    if (observed >= generation) {
      pendingSince = null;
      return true;
    }
    Instant now = clock.instant();
    if (pendingSince == null || pendingGeneration != generation) {
      if (pendingSince == null) {
        pendingSince = now;
      }
      pendingGeneration = generation;
    }
    Instant due = pendingSince.plus(timing.statusDelay());
    if (now.isBefore(due)) {
      scheduleOnce(due);
      return false;
    }
    pendingSince = null;
    return true;
  }

  // ---------------------------------------------------------------------------------------- conditions

  private static void nodeCaConditions(Conditions c) {
    c.set("NodeCADaemonAvailable", "True", "AsExpected", "The daemon set node-ca has available replicas");
    c.set("NodeCADaemonProgressing", "False", "AsExpected", "The daemon set node-ca is deployed");
    c.set("ImageConfigControllerDegraded", "False", "AsExpected", "");
  }

  private void scheduleDegradedInertia(Conditions c) {
    if ("True".equals(c.status("Available")) || "True".equals(c.status("Degraded"))) {
      return;
    }
    String since = c.since("Available");
    if (since != null) {
      scheduleOnce(Instant.parse(since).plus(StatusConditions.UNAVAILABLE_DEGRADED_INERTIA).plusSeconds(1));
    }
  }

  private void scheduleOnce(Instant due) {
    synchronized (scheduled) {
      if (!scheduled.add(due)) {
        return;
      }
    }
    clock.schedule(due, () -> {
      synchronized (scheduled) {
        scheduled.remove(due);
      }
      loop.settle();
    });
  }

  // ----------------------------------------------------------------------------------------- resources

  private String applyResources(ObjectNode desiredSpec) {
    Ensure.object(api, cluster.type("", "serviceaccounts"),
        RegistryResources.cached("sa", RegistryResources::serviceAccount));
    Ensure.object(api, cluster.type("rbac.authorization.k8s.io", "clusterroles"),
        RegistryResources.cached("clusterrole", RegistryResources::clusterRole));
    Ensure.object(api, cluster.type("rbac.authorization.k8s.io", "clusterrolebindings"),
        RegistryResources.cached("clusterrolebinding", RegistryResources::clusterRoleBinding));
    Map<String, String> credentials = cluster.secret(ClusterReader.NAMESPACE, StorageSync.USER_SECRET);
    if (credentials == null) {
      credentials = cluster.secret(ClusterReader.NAMESPACE, StorageSync.INSTALLER_SECRET);
    }
    Ensure.object(api, cluster.type("", "secrets"), RegistryResources.privateConfiguration(
        credentials == null ? Map.of() : credentials, desiredSpec.path("httpSecret").asText("")));
    Ensure.object(api, cluster.type("", "configmaps"), RegistryResources.cached("certificates",
        () -> RegistryResources.certificates(Installer.resource("router-ca.crt"))));
    Ensure.object(api, cluster.type("", "services"), RegistryResources.cached("service", RegistryResources::service));
    int replicas = desiredSpec.path("replicas").asInt(1);
    Ensure.object(api, cluster.type("policy", "poddisruptionbudgets"),
        RegistryResources.cached("pdb-" + replicas, () -> RegistryResources.podDisruptionBudget(replicas)));
    Ensure.object(api, cluster.type("apps", "deployments"), RegistryResources.cached("deployment-"
        + spec.releaseVersion() + desiredSpec, () -> RegistryResources.deployment(desiredSpec, spec.releaseVersion())));
    return applyRoutes(desiredSpec);
  }

  /**
   * Creates or updates {@code default-route} and each {@code spec.routes} entry in order, then deletes
   * the routes the operator created that are no longer listed. A route whose TLS secret is missing stops
   * the sync with the operator's error, before the later routes and the clean-up.
   */
  private String applyRoutes(ObjectNode desiredSpec) {
    ResourceType routeType = cluster.type("route.openshift.io", "routes");
    String domain = cluster.ingressDomain();
    Set<String> wanted = new HashSet<>();
    if (desiredSpec.path("defaultRoute").asBoolean(false)) {
      wanted.add("default-route");
      Ensure.object(api, routeType, RegistryResources.route("default-route",
          "default-route-openshift-image-registry." + domain, null));
    }
    for (JsonNode route : desiredSpec.path("routes")) {
      String name = route.path("name").asText();
      String host = route.path("hostname").asText("");
      String secretName = route.path("secretName").asText("");
      Map<String, String> tls = null;
      if (!secretName.isEmpty()) {
        tls = cluster.secret(ClusterReader.NAMESPACE, secretName);
        if (tls == null) {
          boolean exists = api.find(routeType, ClusterReader.NAMESPACE, name) != null;
          return "unable to apply objects: failed to " + (exists ? "update" : "create") + " object *v1.Route,"
              + " Namespace=" + ClusterReader.NAMESPACE + ", Name=" + name + ": secret \"" + secretName
              + "\" not found";
        }
      }
      wanted.add(name);
      Ensure.object(api, routeType, RegistryResources.route(name, host.isEmpty() ? name + "-"
          + ClusterReader.NAMESPACE + "." + domain : host, tls));
    }
    for (ObjectNode existing : ownedRoutes()) {
      String name = Json.text(existing, "metadata.name").orElse("");
      if (!wanted.contains(name)) {
        delete("route.openshift.io", "routes", ClusterReader.NAMESPACE, name);
      }
    }
    return null;
  }

  /** The routes in the registry's namespace that carry the operator's ownership annotation. */
  private List<ObjectNode> ownedRoutes() {
    List<ObjectNode> owned = new ArrayList<>();
    for (ObjectNode route : api.store().view(cluster.type("route.openshift.io", "routes"), ClusterReader.NAMESPACE)) {
      JsonNode annotations = Json.at(route, "metadata.annotations");
      if (annotations != null && "true".equals(annotations.path(StorageSync.OWNED_ANNOTATION).asText())) {
        owned.add(route);
      }
    }
    return owned;
  }

  private String unadmittedRoutes() {
    return StatusConditions.unadmitted(ownedRoutes());
  }

  private void removeResources() {
    delete("apps", "deployments", RegistryResources.NS, RegistryResources.NAME);
    delete("", "services", RegistryResources.NS, RegistryResources.NAME);
    delete("policy", "poddisruptionbudgets", RegistryResources.NS, RegistryResources.NAME);
    delete("", "secrets", RegistryResources.NS, "image-registry-private-configuration");
    for (ObjectNode route : ownedRoutes()) {
      delete("route.openshift.io", "routes", RegistryResources.NS, Json.text(route, "metadata.name").orElseThrow());
    }
  }

  /** Deletes an object the operator owns as the operator does: in the foreground, without grace period. */
  private void delete(String group, String plural, String namespace, String name) {
    ResourceType t = cluster.type(group, plural);
    if (api.find(t, namespace, name) != null) {
      ObjectNode options = Json.object();
      options.put("propagationPolicy", "Foreground");
      options.put("gracePeriodSeconds", 0);
      api.delete(t, namespace, name, options, WriteOptions.controller(MANAGER));
    }
  }

  private void finalizeDeletion(ObjectNode config) {
    removeResources();
    JsonNode status = config.get("status");
    storageSync().remove(status == null ? null : status.get("storage"), Json.at(config, "spec.storage"));
    ObjectNode updated = config.deepCopy();
    ArrayNode list = Json.metadata(updated).putArray("finalizers");
    ObjectApi.finalizers(config).stream().filter(f -> !f.equals(FINALIZER)).forEach(list::add);
    api.update(type("configs"), null, "cluster", null, updated, WriteOptions.controller(MANAGER));
  }

  // ----------------------------------------------------------------------------------------- bootstrap

  private void bootstrap() {
    Instant due = startedAt.plus(spec.configDelay());
    if (clock.instant().isBefore(due)) {
      scheduleOnce(due);
      return;
    }
    ObjectNode storage = platformStorage();
    boolean pvc = storage.has("pvc");
    if (pvc && cluster.get("", "persistentvolumeclaims", ClusterReader.NAMESPACE, StorageSync.DEFAULT_CLAIM)
        == null) {
      storageSync().createClaim(StorageSync.DEFAULT_CLAIM, "ReadWriteOnce",
          spec.platform() == Platform.OVIRT ? "ovirt-csi-sc" : "standard-csi");
    }
    int replicas = platformReplicas();
    if (cluster.singleReplica()) {
      replicas = 1;
    }
    ObjectNode config = Json.object();
    config.put("apiVersion", IR + "/v1");
    config.put("kind", "Config");
    ObjectNode metadata = config.putObject("metadata");
    metadata.put("name", "cluster");
    metadata.putArray("finalizers").add(FINALIZER);
    ObjectNode configSpec = config.putObject("spec");
    configSpec.put("logLevel", "Normal");
    configSpec.put("operatorLogLevel", "Normal");
    ObjectNode observed = configSpec.putObject("observedConfig").putObject("servingInfo");
    observed.put("minTLSVersion", "VersionTLS12");
    ArrayNode ciphers = observed.putArray("cipherSuites");
    List.of("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256")
        .forEach(ciphers::add);
    configSpec.put("managementState", storage.isEmpty() ? "Removed" : "Managed");
    configSpec.put("replicas", replicas);
    configSpec.put("rolloutStrategy", pvc ? "Recreate" : "RollingUpdate");
    configSpec.set("storage", storage);
    api.create(type("configs"), null, config, WriteOptions.controller(MANAGER));
  }

  /** Returns the storage the operator picks for the platform (GetPlatformStorage). */
  ObjectNode platformStorage() {
    ObjectNode storage = Json.object();
    switch (spec.platform()) {
      case AWS -> storage.putObject("s3");
      case AZURE -> storage.putObject("azure");
      case GCP -> storage.putObject("gcs");
      case IBM_CLOUD, POWER_VS -> storage.putObject("ibmcos");
      case OPENSTACK -> {
        if (spec.swift()) {
          storage.putObject("swift");
        } else {
          storage.putObject("pvc").put("claim", StorageSync.DEFAULT_CLAIM);
        }
      }
      case OVIRT -> storage.putObject("pvc").put("claim", StorageSync.DEFAULT_CLAIM);
      case LIBVIRT -> storage.putObject("emptyDir");
      default -> {
      }
    }
    return storage;
  }

  private int platformReplicas() {
    return switch (spec.platform()) {
      case AWS, AZURE, GCP, IBM_CLOUD, POWER_VS -> 2;
      case OPENSTACK -> spec.swift() ? 2 : 1;
      default -> 1;
    };
  }

  // ---------------------------------------------------------------------------------------- pruner, CO

  private void ensurePruner() {
    ResourceType prunerType = type("imagepruners");
    ObjectNode pruner = api.find(prunerType, null, "cluster");
    if (pruner == null) {
      pruner = api.create(prunerType, null, PrunerResources.imagePruner(), WriteOptions.controller(MANAGER));
    }
    boolean suspended = pruner.path("spec").path("suspend").asBoolean(false);
    String schedule = pruner.path("spec").path("schedule").asText("");
    String effective = schedule.isEmpty() ? "0 0 * * *" : schedule;
    Ensure.object(api, cluster.type("batch", "cronjobs"), RegistryResources.cached("cronjob-" + effective + suspended,
        () -> PrunerResources.cronJob(effective, suspended)));
    ObjectNode status = pruner.get("status") instanceof ObjectNode s ? s.deepCopy() : Json.object();
    Conditions c = new Conditions(status.get("conditions"), api.now());
    c.set("Available", "True", "AsExpected", "Pruner CronJob has been created");
    if (suspended) {
      c.set("Scheduled", "False", "Suspended", "The pruner job has been suspended");
    } else {
      c.set("Scheduled", "True", "Scheduled", "The pruner job has been scheduled");
    }
    c.set("Failed", "False", "Complete", "Pruner completed successfully");
    c.set("Degraded", "False", "AsExpected", "");
    status.set("conditions", c.toArray());
    status.put("observedGeneration", Json.metadata(pruner).path("generation").asLong(1));
    if (!status.equals(pruner.get("status"))) {
      ObjectNode updated = pruner.deepCopy();
      updated.set("status", status);
      api.update(prunerType, null, "cluster", "status", updated, WriteOptions.controller(MANAGER));
    }
  }

  private void mirrorClusterOperator(Conditions registry) {
    ResourceType coType = cluster.type("config.openshift.io", "clusteroperators");
    ObjectNode co = api.find(coType, null, "image-registry");
    if (co == null) {
      return;
    }
    ObjectNode pruner = api.find(type("imagepruners"), null, "cluster");
    ObjectNode status = co.get("status") instanceof ObjectNode s ? s.deepCopy() : Json.object();
    status.set("conditions", ClusterOperatorUnion.union(registry.toArray(),
        pruner == null ? null : Json.at(pruner, "status.conditions"), status.get("conditions"), api.now()));
    ArrayNode versions = status.putArray("versions");
    ObjectNode version = versions.addObject();
    version.put("name", "operator");
    version.put("version", spec.releaseVersion());
    status.set("relatedObjects", ClusterOperatorUnion.relatedObjects());
    if (!status.equals(co.get("status"))) {
      ObjectNode updated = co.deepCopy();
      updated.set("status", status);
      api.update(coType, null, "image-registry", "status", updated, WriteOptions.controller(MANAGER));
    }
  }

  private void syncImageConfig() {
    ResourceType imageType = cluster.type("config.openshift.io", "images");
    ObjectNode image = api.find(imageType, null, "cluster");
    if (image == null) {
      ObjectNode fresh = Trees.object("config.openshift.io/v1", "Image", null, "cluster");
      fresh.putObject("spec");
      image = api.create(imageType, null, fresh, WriteOptions.controller(MANAGER));
    }
    ObjectNode status = image.get("status") instanceof ObjectNode s ? s.deepCopy() : Json.object();
    boolean service = cluster.get("", "services", RegistryResources.NS, RegistryResources.NAME) != null;
    if (service) {
      status.put("internalRegistryHostname", "image-registry.openshift-image-registry.svc:5000");
    } else {
      status.remove("internalRegistryHostname");
    }
    List<String> hosts = new ArrayList<>();
    TreeSet<String> others = new TreeSet<>();
    for (ObjectNode route : ownedRoutes()) {
      String host = Json.text(route, "spec.host").orElse("");
      if (host.isEmpty()) {
        continue;
      }
      if ("default-route".equals(Json.text(route, "metadata.name").orElse(""))) {
        hosts.add(0, host);
      } else {
        others.add(host);
      }
    }
    others.removeAll(hosts);
    hosts.addAll(others);
    if (hosts.isEmpty()) {
      status.remove("externalRegistryHostnames");
    } else {
      ArrayNode list = status.putArray("externalRegistryHostnames");
      hosts.forEach(list::add);
    }
    status.put("imageStreamImportMode", Json.text(image, "spec.imageStreamImportMode").filter(m -> !m.isEmpty())
        .orElse("Legacy"));
    if (!status.equals(image.get("status"))) {
      ObjectNode updated = image.deepCopy();
      updated.set("status", status);
      api.update(imageType, null, "cluster", "status", updated, WriteOptions.controller(MANAGER));
    }
  }

  private ResourceType type(String plural) {
    return cluster.type(IR, plural);
  }
}
