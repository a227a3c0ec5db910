package dev.registrysdk.testkit;

import dev.registrysdk.testkit.assertj.FakeOpenShiftAssert;
import dev.registrysdk.testkit.assertj.FakeOpenShiftAssertions;
import dev.registrysdk.testkit.bootstrap.ClusterSpec;
import dev.registrysdk.testkit.bootstrap.Installer;
import dev.registrysdk.testkit.controller.ControllerLoop;
import dev.registrysdk.testkit.controller.CustomResourceDefinitions;
import dev.registrysdk.testkit.controller.PvcBinder;
import dev.registrysdk.testkit.controller.RouteAdmitter;
import dev.registrysdk.testkit.fault.Faults;
import dev.registrysdk.testkit.odf.ObcBehavior;
import dev.registrysdk.testkit.odf.ObcProvisioner;
import dev.registrysdk.testkit.operator.DeploymentRollout;
import dev.registrysdk.testkit.operator.OperatorFaultState;
import dev.registrysdk.testkit.operator.OperatorTiming;
import dev.registrysdk.testkit.operator.RegistryOperator;
import dev.registrysdk.testkit.operator.SimulatedOperator;
import dev.registrysdk.testkit.requests.ApiCall;
import dev.registrysdk.testkit.requests.RequestLog;
import dev.registrysdk.testkit.schema.SchemaAdmission;
import dev.registrysdk.testkit.schema.SchemaRelaxations;
import dev.registrysdk.testkit.server.ApiHooks;
import dev.registrysdk.testkit.server.ApiServer;
import dev.registrysdk.testkit.server.Json;
import dev.registrysdk.testkit.server.ObjectApi;
import dev.registrysdk.testkit.server.ObjectStore;
import dev.registrysdk.testkit.server.ResourceCatalog;
import dev.registrysdk.testkit.server.WriteOptions;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.vertx.VertxHttpClientFactory;
import io.fabric8.openshift.client.OpenShiftClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Objects;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.assertj.core.api.AssertProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fake OpenShift cluster in the JVM: an API server that behaves like the real one for the kinds the
 * integrated image registry uses, plus a simulated Image Registry Operator, reachable over plain HTTP
 * on a loopback port.
 *
 * <p>It is a plain {@link AutoCloseable}, usable from {@code main}, JBang or any test framework:
 *
 * <pre>{@code
 * try (FakeOpenShift cluster = FakeOpenShift.aws().start()) {
 *   OpenShiftClient client = cluster.client();
 *   Config config = client.imageRegistryOperatorConfigs().withName("cluster").get();
 *   // Managed, s3 with a generated bucket, 2 replicas, Available=True
 *   cluster.clock().advance(Duration.ofMinutes(6));
 *   cluster.faults().conflictOnNext("PATCH", "configs");
 *   long patches = cluster.requests().count("PATCH", "configs");
 * }
 * }</pre>
 *
 * <p>Each platform factory boots what an installation leaves behind on that platform
 * (Infrastructure, namespaces, storage classes with one default, the ingress router's certificate,
 * ClusterOperator {@code image-registry}, Image config and ImagePruner {@code cluster}) and the
 * registry Config exactly as the operator bootstraps it. With default options the operator reconciles
 * right after each client write, before the write's answer is sent, so a client that writes and then
 * watches sees Available, Progressing and Degraded for the new generation without waiting.
 *
 * <p>Thread-safe. Starting takes a few milliseconds once the JVM is warm; {@link #close()} stops the
 * server and frees its threads.
 *
 * @see Builder for the options
 */
public final class FakeOpenShift implements AutoCloseable, AssertProvider<FakeOpenShiftAssert> {

  private static final Logger LOG = LoggerFactory.getLogger(FakeOpenShift.class);

  private final ClusterSpec spec;
  private final ClusterClock clock;
  private final ObjectApi api;
  private final ApiServer server;
  private final ControllerLoop loop;
  private final RegistryOperator operator;
  private final Faults faults;
  private final RequestLog requests = new RequestLog();
  private final ClusterObjects objects;
  private final SchemaAdmission schemas;
  private volatile OpenShiftClient client;
  private final List<OpenShiftClient> clients = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  private FakeOpenShift(Builder builder) {
    this.spec = new ClusterSpec(builder.platform, builder.swift, builder.singleNode, builder.imageRegistryCapability,
        builder.odf, builder.infrastructureName, builder.releaseVersion, builder.configDelay, builder.operator);
    this.clock = builder.clock != null ? builder.clock : ClusterClock.virtual();
    ObjectStore store = new ObjectStore();
    this.api = new ObjectApi(store, ResourceCatalog.openShift(builder.releaseVersion), clock, new Random(builder.seed));
    this.schemas = builder.validation ? SchemaAdmission.standard() : SchemaAdmission.defaultsOnly();
    api.admission(schemas);
    this.loop = new ControllerLoop(store);
    OperatorFaultState operatorFaults = new OperatorFaultState();
    OperatorTiming timing = new OperatorTiming(builder.rolloutDuration, builder.statusDelay);
    this.operator = new RegistryOperator(api, spec, clock, timing, operatorFaults, loop, builder.operatorPaused);
    ObcProvisioner provisioner = new ObcProvisioner(api, builder.odf, builder.obcBehavior);
    this.faults = new Faults(operatorFaults, provisioner, loop::settle);
    this.objects = new ClusterObjects(api, loop::settle);
    ApiHooks hooks = faults.hooks(new ApiHooks() {
      @Override
      public void answered(ApiCall call) {
        requests.record(call);
      }

      @Override
      public void afterWrite() {
        loop.settle();
      }
    });
    // The HTTP server (Vert.x) starts on another thread while the cluster boots: on two cores that
    // nearly halves a cold start. Requests that arrive before the boot is done wait for it.
    FutureTask<ApiServer> listening = new FutureTask<>(() -> {
      ApiServer started = new ApiServer(api, hooks);
      started.start(builder.port);
      return started;
    });
    Thread starter = new Thread(listening, "fake-openshift-start");
    starter.setDaemon(true);
    starter.start();
    boolean booted = false;
    try {
      new Installer(spec, api).install();
      loop.add(new CustomResourceDefinitions(api, schemas));
      for (ObjectNode definition : builder.customResourceDefinitions) {
        api.create(api.catalog().require("apiextensions.k8s.io", "customresourcedefinitions"), null, definition,
            WriteOptions.controller("cluster-bootstrap"));
      }
      loop.add(new PvcBinder(api));
      loop.add(new RouteAdmitter(api, () -> ClusterSpec.APPS_DOMAIN));
      loop.add(provisioner);
      if (builder.operator) {
        loop.add(operator);
        DeploymentRollout rollout = new DeploymentRollout(api, clock, timing, operatorFaults, loop);
        loop.add(rollout);
        api.addForegroundDependents(rollout);
      }
      loop.settle();
      booted = true;
    } finally {
      ApiServer started = awaitListening(listening);
      if (!booted) {
        started.close();
      }
      this.server = started;
    }
    server.open();
    LOG.debug("Fake OpenShift cluster started [platform={}, url={}]", spec.platform().platformType(), server.url());
  }

  private static ApiServer awaitListening(FutureTask<ApiServer> listening) {
    try {
      return listening.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while the fake API server started", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("The fake API server could not start: " + e.getCause().getMessage(),
          e.getCause());
    }
  }

  // ------------------------------------------------------------------------------------------ factories

  /** Starts describing a cluster on a platform. */
  public static Builder builder(Platform platform) {
    return new Builder(platform);
  }

  /** A bare-metal cluster: the registry starts {@code Removed}, without storage, one replica. */
  public static Builder bareMetal() {
    return builder(Platform.BARE_METAL);
  }

  /** A vSphere cluster: the registry starts {@code Removed}, without storage, one replica. */
  public static Builder vSphere() {
    return builder(Platform.VSPHERE);
  }

  /** A cluster without platform integration: the registry starts {@code Removed}. */
  public static Builder none() {
    return builder(Platform.NONE);
  }

  /** An AWS cluster: {@code Managed}, {@code s3: {}} (bucket generated), two replicas. */
  public static Builder aws() {
    return builder(Platform.AWS);
  }

  /** An Azure cluster: {@code Managed}, {@code azure: {}} (account and container generated), two replicas. */
  public static Builder azure() {
    return builder(Platform.AZURE);
  }

  /** A Google Cloud cluster: {@code Managed}, {@code gcs: {}}, two replicas. */
  public static Builder gcp() {
    return builder(Platform.GCP);
  }

  /** An OpenStack cluster with Swift: {@code Managed}, {@code swift: {}}, two replicas. */
  public static Builder openStack() {
    return builder(Platform.OPENSTACK);
  }

  /**
   * An OpenStack cluster without Swift: {@code Managed} on the ReadWriteOnce claim {@code
   * image-registry-storage}, one replica, {@code Recreate}.
   */
  public static Builder openStackWithoutSwift() {
    return builder(Platform.OPENSTACK).swift(false);
  }

  /** An IBM Cloud cluster: {@code Managed}, {@code ibmcos: {}}, two replicas. */
  public static Builder ibmCloud() {
    return builder(Platform.IBM_CLOUD);
  }

  /** A PowerVS cluster: {@code Managed}, {@code ibmcos: {}}, two replicas. */
  public static Builder powerVs() {
    return builder(Platform.POWER_VS);
  }

  /** A Libvirt cluster: {@code Managed} on {@code emptyDir}, one replica. */
  public static Builder libvirt() {
    return builder(Platform.LIBVIRT);
  }

  /** A Nutanix cluster: the registry starts {@code Removed}. */
  public static Builder nutanix() {
    return builder(Platform.NUTANIX);
  }

  /** An oVirt cluster: {@code Managed} on the ReadWriteOnce claim, one replica, {@code Recreate}. */
  public static Builder oVirt() {
    return builder(Platform.OVIRT);
  }

  // ------------------------------------------------------------------------------------------- accessors

  /**
   * Returns a fabric8 client bound to this cluster (plain HTTP, namespace {@code default}). The client
   * is created on first use, shared, and closed with the cluster.
   */
  public OpenShiftClient client() {
    OpenShiftClient c = client;
    if (c == null) {
      synchronized (this) {
        if (client == null) {
          client = newClient();
        }
        c = client;
      }
    }
    return c;
  }

  /** Returns the same client as {@link #client()}, typed as a {@link KubernetesClient}. */
  public KubernetesClient kubernetesClient() {
    return client();
  }

  /**
   * Returns a new client bound to this cluster. The caller may close it; the cluster closes it anyway
   * when it closes.
   */
  public OpenShiftClient newClient() {
    if (closed) {
      throw new IllegalStateException("The fake cluster is closed; start a new one");
    }
    OpenShiftClient created = new KubernetesClientBuilder().withConfig(clientConfig())
        .withHttpClientFactory(new VertxHttpClientFactory(ClientTransport.acquire()))
        .withKubernetesSerialization(Json.kubernetes()).build().adapt(OpenShiftClient.class);
    clients.add(created);
    return created;
  }

  /**
   * Returns a fabric8 client configuration for this cluster, for callers that build their own client.
   * Request retries are off, so injected faults reach the caller instead of being retried away.
   */
  public Config clientConfig() {
    return new ConfigBuilder(Config.empty()).withMasterUrl(url()).withNamespace("default").withTrustCerts(true)
        .withHttp2Disable(true).withRequestRetryBackoffLimit(0).build();
  }

  /** Returns the base URL, e.g. {@code http://127.0.0.1:41234}. */
  public String url() {
    return server.url();
  }

  /** Returns the port the server listens on. */
  public int port() {
    return server.port();
  }

  /** Returns the platform the cluster pretends to run on. */
  public Platform platform() {
    return spec.platform();
  }

  /** Returns the cluster clock (virtual unless {@link Builder#realTime()} was chosen). */
  public ClusterClock clock() {
    return clock;
  }

  /** Returns the simulated Image Registry Operator's controls. */
  public SimulatedOperator operator() {
    return operator;
  }

  /** Returns the fault injector. */
  public Faults faults() {
    return faults;
  }

  /** Returns the log of HTTP requests clients sent. */
  public RequestLog requests() {
    return requests;
  }

  /** Returns the schema controls, to simulate objects stored under an older, laxer CRD. */
  public SchemaRelaxations schemas() {
    return schemas;
  }

  /** Returns direct access to stored objects (no HTTP, not logged). */
  public ClusterObjects objects() {
    return objects;
  }

  /** Returns the ingress domain ({@code apps.testkit.example.com}). */
  public String ingressDomain() {
    return ClusterSpec.APPS_DOMAIN;
  }

  /** Returns a readable dump of every object and its conditions (secret values left out). */
  public String describe() {
    return objects.describe();
  }

  /**
   * Returns a kubeconfig (YAML) with one cluster, user and context, all named {@code fake-openshift},
   * pointing at this cluster over plain HTTP.
   */
  public String kubeconfig() {
    // Built as a tree rather than with fabric8's kubeconfig model: data binding's first use costs half
    // a second in a fresh JVM, and the standalone server writes this file right after starting.
    ObjectNode config = Json.object();
    config.put("apiVersion", "v1");
    config.put("kind", "Config");
    ObjectNode cluster = config.putArray("clusters").addObject();
    cluster.put("name", "fake-openshift");
    cluster.putObject("cluster").put("server", url());
    ObjectNode user = config.putArray("users").addObject();
    user.put("name", "fake-openshift");
    user.putObject("user").put("token", "fake-openshift-token");
    ObjectNode context = config.putArray("contexts").addObject();
    context.put("name", "fake-openshift");
    ObjectNode contextBody = context.putObject("context");
    contextBody.put("cluster", "fake-openshift");
    contextBody.put("user", "fake-openshift");
    contextBody.put("namespace", "default");
    config.put("current-context", "fake-openshift");
    return Json.writeYaml(config);
  }

  /** Writes {@link #kubeconfig()} to a file, creating parent directories. */
  public Path writeKubeconfig(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, kubeconfig(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write kubeconfig to " + file, e);
    }
  }

  /** Stops the server, the client and the clock's timers. Idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    loop.close();
    for (OpenShiftClient c : clients) {
      c.close();
      ClientTransport.release();
    }
    clients.clear();
    server.close();
    clock.shutdown();
  }

  /** Returns AssertJ assertions on this cluster: {@code assertThat(cluster).registry().isAvailable()}. */
  @Override
  public FakeOpenShiftAssert assertThat() {
    return FakeOpenShiftAssertions.assertThat(this);
  }

  @Override
  public String toString() {
    return "FakeOpenShift[" + spec.platform().platformType() + " " + (closed ? "closed" : url()) + "]";
  }

  // -------------------------------------------------------------------------------------------- builder

  /**
   * Describes a fake cluster. Obtain one from a platform factory such as {@link FakeOpenShift#aws()},
   * set options, then {@link #start()}. Each option says why one would change it.
   *
   * <p>Not thread-safe; build on one thread.
   */
  public static final class Builder {
    private final Platform platform;
    private boolean swift = true;
    private boolean singleNode;
    private boolean imageRegistryCapability = true;
    private boolean odf;
    private ObcBehavior obcBehavior = ObcBehavior.BIND;
    private String infrastructureName = "testkit-x7k2p";
    private String releaseVersion = "4.18.0";
    private Duration configDelay = Duration.ZERO;
    private Duration rolloutDuration = Duration.ZERO;
    private Duration statusDelay = Duration.ZERO;
    private boolean operator = true;
    private boolean operatorPaused;
    private boolean validation = true;
    private ClusterClock clock;
    private int port;
    private long seed;
    private final List<ObjectNode> customResourceDefinitions = new ArrayList<>();

    private Builder(Platform platform) {
      this.platform = Objects.requireNonNull(platform, "platform");
    }

    /** On OpenStack: whether Swift is available (default true); without it the registry uses a claim. */
    public Builder swift(boolean available) {
      this.swift = available;
      return this;
    }

    /** Single-node topology ({@code SingleReplica}): the bootstrap clamps replicas to 1. */
    public Builder singleNode() {
      this.singleNode = true;
      return this;
    }

    /**
     * The ImageRegistry capability is disabled: no Config is ever created and there is no ClusterOperator
     * {@code image-registry}; ClusterVersion lists the capability as not enabled.
     */
    public Builder withoutImageRegistryCapability() {
      this.imageRegistryCapability = false;
      return this;
    }

    /** Installs OpenShift Data Foundation: its storage classes, namespace, S3 routes, and bucket claims that bind. */
    public Builder withOdf() {
      return withOdf(ObcBehavior.BIND);
    }

    /** Installs OpenShift Data Foundation with bucket claims that behave as given. */
    public Builder withOdf(ObcBehavior behavior) {
      this.odf = true;
      this.obcBehavior = Objects.requireNonNull(behavior, "behavior");
      return this;
    }

    /**
     * Config {@code cluster} appears only this long (cluster-clock time) after start, as right after an
     * installation. With the default virtual clock, advance the clock to make it appear (a test can do
     * so from its own thread while the code under test waits); with {@link #realTime()} it appears by
     * itself.
     */
    public Builder configAppearsAfter(Duration delay) {
      this.configDelay = requireNotNegative(delay);
      return this;
    }

    /** How long a registry rollout takes on the cluster clock (default: ready at once). */
    public Builder rolloutDuration(Duration duration) {
      this.rolloutDuration = requireNotNegative(duration);
      return this;
    }

    /**
     * How long the operator takes to report a new generation in the Config's status (default: at once);
     * meanwhile the status still describes the previous generation.
     */
    public Builder operatorStatusDelay(Duration delay) {
      this.statusDelay = requireNotNegative(delay);
      return this;
    }

    /** Starts with the operator paused (it still bootstraps nothing until resumed). */
    public Builder operatorPaused() {
      this.operatorPaused = true;
      return this;
    }

    /** No operator simulation at all: a plain API server with the installed objects. */
    public Builder withoutOperator() {
      this.operator = false;
      return this;
    }

    /**
     * Whether writes are validated against the registry-related schemas (default true). Defaults are
     * applied either way.
     */
    public Builder schemaValidation(boolean enabled) {
      this.validation = enabled;
      return this;
    }

    /** Follows real time instead of a virtual clock (for interactive use and shell tooling). */
    public Builder realTime() {
      this.clock = ClusterClock.realTime();
      return this;
    }

    /** Starts the virtual clock at an instant (default {@link ClusterClock#DEFAULT_START}). */
    public Builder clockStartingAt(Instant start) {
      this.clock = ClusterClock.virtual(start);
      return this;
    }

    /** The loopback port to listen on (default 0: any free port). */
    public Builder port(int listenPort) {
      if (listenPort < 0 || listenPort > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, got " + listenPort);
      }
      this.port = listenPort;
      return this;
    }

    /** Seeds uids, generated names and secrets, so runs repeat (default 0). */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * The OpenShift release reported by ClusterVersion and ClusterOperator (default {@code 4.18.0}).
     * Releases before 4.13 serve ImageContentSourcePolicy but not ImageDigestMirrorSet or
     * ImageTagMirrorSet.
     */
    public Builder releaseVersion(String version) {
      this.releaseVersion = Objects.requireNonNull(version, "version");
      return this;
    }

    /** {@code status.infrastructureName} of Infrastructure {@code cluster}, used in generated bucket names. */
    public Builder infrastructureName(String name) {
      this.infrastructureName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * CustomResourceDefinitions that exist from the start, so their kinds are served before the first
     * request: the custom resources an installer creates or renders (Argo CD Applications, ACM
     * policies, ExternalSecrets, ...). Definitions created later through the API are served just the
     * same; see the README's Fidelity section for what their schemas check. May be called more than once.
     */
    public Builder withCustomResourceDefinitions(CustomResourceDefinition... definitions) {
      for (CustomResourceDefinition definition : definitions) {
        customResourceDefinitions.add(Json.toTree(Objects.requireNonNull(definition, "definition")));
      }
      return this;
    }

    /** Boots the cluster and starts serving. */
    public FakeOpenShift start() {
      return new FakeOpenShift(this);
    }

    private static Duration requireNotNegative(Duration d) {
      Objects.requireNonNull(d, "duration");
      if (d.isNegative()) {
        throw new IllegalArgumentException("duration must not be negative, got " + d);
      }
      return d;
    }
  }
}
