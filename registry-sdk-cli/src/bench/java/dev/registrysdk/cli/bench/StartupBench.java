package dev.registrysdk.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.FakeOpenShift;
import dev.registrysdk.testkit.Platform;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.fabric8.openshift.api.model.operator.v1alpha1.ImageContentSourcePolicyBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up benchmark: each seed procedure as the shell sequence of {@code kubectl} commands its
 * {@code oc} steps amount to, side by side with the one {@code registryctl apply --no-wait} that
 * replaces them, as whole processes against the same fake cluster in the same run, three ways:
 * <ul>
 *   <li><b>cold</b>: no daemon runs; the launcher's client starts one and is served by it (the first
 *       run of a session). The daemon is stopped (untimed) before every cold run, in its own socket
 *       folder;</li>
 *   <li><b>warm</b>: a daemon runs and has served earlier runs (its own socket folder, never stopped);</li>
 *   <li><b>off</b>: {@code REGISTRYCTL_DAEMON=off}, the whole CLI in its own process with its class-data
 *       archive.</li>
 * </ul>
 * Also {@code registryctl apply} through the warm daemon, which waits until the registry is ready.
 * Every timed run gets a freshly bootstrapped cluster on the same port (so kubectl's discovery cache
 * stays valid); variants are interleaved so background load spreads over all of them. Prints medians
 * and ratios as Markdown, and the warm daemon's resident memory at the end.
 *
 * <pre>
 * mvn -B -q -DskipTests package
 * registry-sdk-cli/src/bench/startup-bench.sh --runs 10
 * </pre>
 *
 * <p>The fake cluster runs in this JVM: the testkit's {@code FakeOpenShift} on real time, as its
 * standalone server runs it, reached over HTTP through a kubeconfig by every measured process.
 */
public final class StartupBench {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final KubernetesSerialization YAML = new KubernetesSerialization();
  private static final String CONFIG = "configs.imageregistry.operator.openshift.io/cluster";
  private static final String DAEMON_DIR = "REGISTRYCTL_DAEMON_DIR";
  private static final Pattern PID = Pattern.compile("pid (\\d+)");

  /**
   * One seed procedure: the platform it starts from, what the procedure assumes the cluster already has,
   * its kubectl steps (every {@code oc} command of the procedure, checks included), and the registryctl
   * options that replace them.
   */
  record Procedure(String name, String seed, Platform platform, boolean odf, Consumer<FakeOpenShift> prerequisites,
      List<String> steps, List<String> options) {

    Procedure(String name, String seed, Platform platform, boolean odf, List<String> steps, List<String> options) {
      this(name, seed, platform, odf, cluster -> { }, steps, options);
    }
  }

  /**
   * A measured command: its environment, and whether the cold daemon is stopped before it.
   */
  record Variant(String label, Function<Procedure, List<String>> command, Map<String, String> environment,
      boolean cold) {}

  public static void main(String[] args) throws Exception {
    int runs = 10;
    String registryctl = "registry-sdk-cli/target/registryctl";
    List<String> only = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--registryctl" -> registryctl = args[++i];
        case "--procedure" -> only.add(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    Path work = Files.createTempDirectory("registryctl-bench");
    Path kubeconfig = work.resolve("kubeconfig");
    Map<String, String> cold = Map.of(DAEMON_DIR, work.resolve("cold-daemon").toString());
    Map<String, String> warm = Map.of(DAEMON_DIR, work.resolve("warm-daemon").toString());
    writeManifests(work);
    String ctl = registryctl;
    List<String> noWait = List.of("--no-wait");
    List<Variant> variants = List.of(
        new Variant("kubectl sequence", p -> List.of("sh", "-c", String.join("\n", p.steps())), Map.of(), false),
        new Variant("cold", p -> registryctl(ctl, "apply", kubeconfig, p.options(), noWait), cold, true),
        new Variant("warm", p -> registryctl(ctl, "apply", kubeconfig, p.options(), noWait), warm, false),
        new Variant("off", p -> registryctl(ctl, "apply", kubeconfig, p.options(), noWait),
            Map.of("REGISTRYCTL_DAEMON", "off"), false),
        new Variant("warm, until ready", p -> registryctl(ctl, "apply", kubeconfig, p.options(), List.of()), warm, false),
        new Variant("plan, warm", p -> registryctl(ctl, "plan", kubeconfig, p.options(), List.of()), warm, false),
        new Variant("plan, off", p -> registryctl(ctl, "plan", kubeconfig, p.options(), List.of()),
            Map.of("REGISTRYCTL_DAEMON", "off"), false));

    int port;
    try (FakeOpenShift probe = FakeOpenShift.bareMetal().start()) {
      port = probe.port();
    }
    Map<String, Map<String, List<Double>>> results = new LinkedHashMap<>();
    long warmDaemonKib;
    try {
      for (Procedure procedure : procedures()) {
        if (!only.isEmpty() && !only.contains(procedure.name())) {
          continue;
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int run = -1; run < runs; run++) {
          for (Variant variant : variants) {
            if (variant.cold()) {
              stopDaemon(ctl, variant.environment(), work);
            }
            try (FakeOpenShift cluster = start(procedure, port)) {
              cluster.writeKubeconfig(kubeconfig);
              double millis = time(variant.command().apply(procedure), variant.environment(), work);
              if (run >= 0) {
                times.computeIfAbsent(variant.label(), k -> new ArrayList<>()).add(millis);
              }
            }
          }
        }
        results.put(procedure.name(), times);
        System.err.println("measured " + procedure.name());
      }
      warmDaemonKib = residentKib(daemonPid(ctl, warm, work));
    } finally {
      stopDaemon(ctl, cold, work);
      stopDaemon(ctl, warm, work);
    }
    print(results, runs, variants, loadAtStart, warmDaemonKib);
  }

  /** The pid of the daemon of a socket folder, or -1 when none runs. */
  private static long daemonPid(String ctl, Map<String, String> environment, Path work) throws IOException, InterruptedException {
    Matcher pid = PID.matcher(output(List.of(ctl, "daemon", "status"), environment, work));
    return pid.find() ? Long.parseLong(pid.group(1)) : -1;
  }

  /** Stops the daemon of a socket folder and waits until its process is gone. */
  private static void stopDaemon(String ctl, Map<String, String> environment, Path work) throws Exception {
    long pid = daemonPid(ctl, environment, work);
    output(List.of(ctl, "daemon", "stop"), environment, work);
    if (pid > 0) {
      Optional<ProcessHandle> daemon = ProcessHandle.of(pid);
      if (daemon.isPresent()) {
        daemon.get().onExit().get(1, TimeUnit.MINUTES);
      }
    }
  }

  /** VmRSS of a process, in KiB; -1 when unknown. */
  private static long residentKib(long pid) throws IOException {
    Path status = Path.of("/proc", Long.toString(pid), "status");
    if (pid <= 0 || !Files.isReadable(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  private static FakeOpenShift start(Procedure procedure, int port) {
    FakeOpenShift.Builder builder = FakeOpenShift.builder(procedure.platform()).realTime().port(port);
    if (procedure.odf()) {
      builder.withOdf();
    }
    FakeOpenShift cluster = builder.start();
    if (procedure.odf() && procedure.platform() == Platform.VSPHERE) {
      // The vSphere procedure's prerequisite: persistent storage such as ODF, whose CephFS class gives
      // the operator's ReadWriteMany claim a volume (thin-csi volumes are ReadWriteOnce only).
      defaultClass(cluster, "thin-csi", "false");
      defaultClass(cluster, "ocs-storagecluster-cephfs", "true");
    }
    procedure.prerequisites().accept(cluster);
    return cluster;
  }

  private static void defaultClass(FakeOpenShift cluster, String name, String isDefault) {
    cluster.client().storage().v1().storageClasses().withName(name).edit(sc -> {
      sc.getMetadata().getAnnotations().put("storageclass.kubernetes.io/is-default-class", isDefault);
      return sc;
    });
  }

  private static List<String> registryctl(String ctl, String command, Path kubeconfig, List<String> options,
      List<String> more) {
    List<String> args = new ArrayList<>(List.of(ctl, command, "--kubeconfig", kubeconfig.toString(), "--progress", "none"));
    args.addAll(options);
    args.addAll(more);
    return args;
  }

  /** Runs a command to its end; fails the benchmark if it fails, since a failed run proves nothing. */
  private static double time(List<String> command, Map<String, String> environment, Path directory)
      throws IOException, InterruptedException {
    long started = System.nanoTime();
    output(command, environment, directory);
    return (System.nanoTime() - started) / 1e6;
  }

  /** What a command prints; fails the benchmark if it fails. */
  private static String output(List<String> command, Map<String, String> environment, Path directory)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("REGISTRYCTL_"));
    builder.environment().put("KUBECONFIG", directory.resolve("kubeconfig").toString());
    builder.environment().put("S3_ACCESS_KEY", "bench-access");
    builder.environment().put("S3_SECRET_KEY", "bench-secret");
    builder.environment().put("AZURE_KEY", "bench-key");
    builder.environment().put("REGISTRY_PASSWORD", "bench-password");
    builder.environment().putAll(environment);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("failed: " + String.join(" ", command) + "\n" + new String(output, StandardCharsets.UTF_8));
    }
    return new String(output, StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------------------------ procedures

  private static String patch(String json) {
    return "kubectl patch " + CONFIG + " --type merge -p '" + json + "'";
  }

  private static ObjectNode spec() {
    return JSON.createObjectNode();
  }

  private static List<Procedure> procedures() {
    String managed = patch(spec().set("spec", spec().put("managementState", "Managed")).toString());
    String getOperator = "kubectl get clusteroperator image-registry";
    List<Procedure> all = new ArrayList<>();
    all.add(new Procedure("vsphere-pvc", "000 3.7.2, 3.7.3.1", Platform.VSPHERE, true, List.of(
        managed,
        "kubectl get pod -n openshift-image-registry -l docker-registry=default",
        patch(spec().set("spec", spec().set("storage", spec().set("pvc", spec().put("claim", "")))).toString()),
        getOperator),
        List.of("--managed", "--storage", "pvc")));
    all.add(new Procedure("baremetal-emptydir", "000 3.7.3.2", Platform.BARE_METAL, false, List.of(
        managed,
        patch(spec().set("spec", spec().set("storage", spec().set("emptyDir", spec()))).toString())),
        List.of("--managed", "--storage", "emptydir")));
    all.add(new Procedure("block-storage", "000 3.7.3.3", Platform.VSPHERE, false, List.of(
        managed,
        patch(spec().set("spec", spec().put("rolloutStrategy", "Recreate").put("replicas", 1)).toString()),
        "kubectl create -f pvc.yaml -n openshift-image-registry",
        patch(spec().set("spec", spec().set("storage", spec().set("pvc", spec().put("claim", "image-registry-storage"))))
            .toString())),
        List.of("--managed", "--storage", "pvc-block")));
    all.add(new Procedure("minio-s3", "002", Platform.BARE_METAL, false, List.of(
        "kubectl get pod -n openshift-image-registry",
        "kubectl create secret generic image-registry-private-configuration-user"
            + " --from-literal=REGISTRY_STORAGE_S3_ACCESSKEY=bench-access --from-literal=REGISTRY_STORAGE_S3_SECRETKEY=bench-secret"
            + " -n openshift-image-registry",
        patch(spec().set("spec", spec().put("managementState", "Managed")
            .<ObjectNode>set("storage", spec().set("s3", spec().put("bucket", "ocp-registry").put("region", "local")
                .put("regionEndpoint", "https://s3.svc.example.com")))
            .set("routes", JSON.createArrayNode().add(spec().put("name", "internal-registry-route")
                .put("hostname", "registry-int.apps.example.com")))).toString()),
        "kubectl get pod -n openshift-image-registry"),
        List.of("--managed", "--storage", "s3", "--s3-bucket", "ocp-registry", "--s3-region", "local",
            "--s3-endpoint", "https://s3.svc.example.com", "--s3-access-key", "env:S3_ACCESS_KEY",
            "--s3-secret-key", "env:S3_SECRET_KEY", "--route", "internal-registry-route=registry-int.apps.example.com")));
    all.add(odf("odf-ceph-rgw", "000 3.7.3.4", "rgwbucket", "ocs-storagecluster-cephobjectstore", false, "odf-rgw"));
    all.add(odf("odf-noobaa", "000 3.7.3.5", "noobaatest", "s3", true, "odf-noobaa"));
    all.add(new Procedure("odf-cephfs", "000 3.7.4", Platform.BARE_METAL, true, List.of(
        "kubectl apply -f cephfs-pvc.yaml",
        patch(spec().set("spec", spec().put("managementState", "Managed").put("replicas", 2)
            .set("storage", spec().put("managementState", "Unmanaged")
                .set("pvc", spec().put("claim", "registry-storage-pvc")))).toString())),
        List.of("--managed", "--storage", "cephfs")));
    all.add(new Procedure("aws-s3", "001 3.1", Platform.AWS, false, List.of(
        "kubectl create secret generic image-registry-private-configuration-user"
            + " --from-literal=REGISTRY_STORAGE_S3_ACCESSKEY=bench-access --from-literal=REGISTRY_STORAGE_S3_SECRETKEY=bench-secret"
            + " -n openshift-image-registry",
        patch(spec().set("spec", spec().set("storage", spec().set("s3", spec().put("bucket", "ocp-registry")
            .put("region", "us-east-2")))).toString())),
        List.of("--storage", "s3", "--s3-bucket", "ocp-registry", "--s3-region", "us-east-2",
            "--s3-access-key", "env:S3_ACCESS_KEY", "--s3-secret-key", "env:S3_SECRET_KEY", "--allow-data-loss")));
    all.add(new Procedure("azure-blob", "001 3.3", Platform.AZURE, false, List.of(
        "kubectl create secret generic image-registry-private-configuration-user"
            + " --from-literal=REGISTRY_STORAGE_AZURE_ACCOUNTKEY=bench-key -n openshift-image-registry",
        patch(spec().set("spec", spec().set("storage", spec().set("azure", spec().put("accountName", "registrystorage")
            .put("container", "registry")))).toString())),
        List.of("--storage", "azure", "--azure-account", "registrystorage", "--azure-container", "registry",
            "--azure-account-key", "env:AZURE_KEY", "--allow-data-loss")));
    all.add(new Procedure("gcp-gcs", "001 3.2", Platform.GCP, false, List.of(
        "kubectl create secret generic image-registry-private-configuration-user"
            + " --from-file=REGISTRY_STORAGE_GCS_KEYFILE=keyfile.json -n openshift-image-registry",
        patch(spec().set("spec", spec().set("storage", spec().set("gcs", spec().put("bucket", "ocp-registry")
            .put("region", "us-central1").put("projectID", "my-project")))).toString())),
        List.of("--storage", "gcs", "--gcs-bucket", "ocp-registry", "--gcs-region", "us-central1",
            "--gcs-project-id", "my-project", "--gcs-keyfile", "file:keyfile.json", "--allow-data-loss")));
    all.add(new Procedure("trusted-ca", "001 2.5", Platform.AWS, false, List.of(
        "kubectl create configmap registry-config --from-file=registry.example.com=ca.crt"
            + " --from-file=registry-with-port.example.com..5000=ca.crt -n openshift-config",
        "kubectl patch image.config.openshift.io cluster --type merge -p '"
            + spec().set("spec", spec().set("additionalTrustedCA", spec().put("name", "registry-config"))) + "'"),
        List.of("--trust-registry-ca", "registry.example.com=ca.crt",
            "--trust-registry-ca", "registry-with-port.example.com:5000=ca.crt", "--trusted-ca-configmap", "registry-config")));
    all.add(new Procedure("metrics", "001 5.5", Platform.AWS, false, List.of(
        "kubectl create -f prometheus-scraper.yaml",
        "kubectl create clusterrolebinding prometheus-scraper --clusterrole=prometheus-scraper --user=alice"),
        List.of("--metrics-access", "user:alice")));
    all.add(new Procedure("mirrors", "003", Platform.AWS, false, List.of(
        "kubectl create -f registryrepomirror.yaml",
        "kubectl get node"),
        List.of("--mirror-set", "ubi8repo", "--as-icsp", "--digest-mirror",
            "registry.access.redhat.com/ubi8/ubi-minimal=example.io/example/ubi-minimal,example.com/example/ubi-minimal")));
    all.add(privateRegistry());
    return all;
  }

  /** Seed 004: Trident as the default class, the claim and a route, the router CA trusted, roles, a pull secret. */
  private static Procedure privateRegistry() {
    String host = "astra-registry.apps.ocp-vmw.cie.netapp.com";
    String project = "netapp-astra";
    String isDefault = "storageclass.kubernetes.io/is-default-class";
    List<String> steps = new ArrayList<>();
    steps.add("kubectl patch storageclass thin-csi -p '"
        + spec().set("metadata", spec().set("annotations", spec().put(isDefault, "false"))) + "'");
    steps.add("kubectl patch storageclass ocp-trident -p '"
        + spec().set("metadata", spec().set("annotations", spec().put(isDefault, "true"))) + "'");
    steps.add(patch(spec().set("spec", spec().<ObjectNode>set("storage", spec().set("pvc", spec().put("claim", "")))
        .set("routes", JSON.createArrayNode().add(spec().put("hostname", host).put("name", "netapp-astra-route"))))
        .toString()));
    steps.add(patch(spec().set("spec", spec().put("managementState", "Managed")).toString()));
    steps.add("kubectl get all -n openshift-image-registry");
    steps.add("kubectl get secret router-ca -n openshift-ingress-operator -o jsonpath='{.data.tls\\.crt}'"
        + " | base64 --decode > tls.crt");
    steps.add("kubectl create configmap astra-ca -n openshift-config --from-file=" + host + "=tls.crt");
    steps.add("kubectl patch image.config.openshift.io/cluster --type=merge --patch '"
        + spec().set("spec", spec().set("additionalTrustedCA", spec().put("name", "astra-ca"))) + "'");
    for (String role : List.of("registry-viewer", "registry-editor")) {
      // oc policy add-role-to-user / -to-group: a binding named after the role, then <role>-0 for the second subject
      steps.add("kubectl create rolebinding " + role + " --clusterrole=" + role + " --user=ocp-user -n " + project);
      steps.add("kubectl create rolebinding " + role + "-0 --clusterrole=" + role + " --group=ocp-user-group -n " + project);
    }
    steps.add("kubectl create secret docker-registry astra-registry-credentials --docker-server=" + host
        + " --docker-username=ocp-user --docker-password=bench-password -n " + project);
    steps.add("kubectl patch serviceaccount default -n " + project + " -p '"
        + spec().set("imagePullSecrets", JSON.createArrayNode().add(spec().put("name", "astra-registry-credentials"))) + "'");
    List<String> options = new ArrayList<>(List.of("--managed", "--storage", "pvc", "--default-storage-class", "ocp-trident",
        "--route", "netapp-astra-route=" + host, "--trust-cluster-ingress-ca", host, "--trusted-ca-configmap", "astra-ca"));
    for (String grant : List.of("viewer:user:ocp-user", "viewer:group:ocp-user-group", "editor:user:ocp-user",
        "editor:group:ocp-user-group")) {
      options.addAll(List.of("--grant", grant + "@" + project));
    }
    options.addAll(List.of("--pull-secret", project + "/astra-registry-credentials", "--pull-secret-registry", host,
        "--pull-secret-user", "ocp-user", "--pull-secret-password", "env:REGISTRY_PASSWORD", "--link-for-pull", "default"));
    return new Procedure("private-registry", "004", Platform.VSPHERE, false, StartupBench::tridentAndProject, steps,
        options);
  }

  /** What seed 004 assumes: Trident's storage class, and the project with its default service account. */
  private static void tridentAndProject(FakeOpenShift cluster) {
    cluster.client().storage().v1().storageClasses().resource(new StorageClassBuilder().withNewMetadata()
        .withName("ocp-trident").endMetadata().withProvisioner("csi.trident.netapp.io").build()).create();
    cluster.client().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("netapp-astra")
        .endMetadata().build()).create();
    cluster.client().serviceAccounts().inNamespace("netapp-astra").resource(new ServiceAccountBuilder()
        .withNewMetadata().withName("default").endMetadata().build()).create();
  }

  /** The seven documented ODF steps, one shell line each as published (secrets decoded with base64). */
  private static Procedure odf(String name, String seed, String claim, String route, boolean nooBaa, String backend) {
    List<String> steps = new ArrayList<>();
    steps.add("kubectl apply -f " + claim + "-obc.yaml");
    steps.add("bucket_name=$(kubectl get obc -n openshift-storage " + claim + " -o jsonpath='{.spec.bucketName}')");
    steps.add("AWS_ACCESS_KEY_ID=$(kubectl get secret -n openshift-storage " + claim
        + " -o jsonpath='{.data.AWS_ACCESS_KEY_ID}' | base64 --decode)");
    steps.add("AWS_SECRET_ACCESS_KEY=$(kubectl get secret -n openshift-storage " + claim
        + " -o jsonpath='{.data.AWS_SECRET_ACCESS_KEY}' | base64 --decode)");
    steps.add("kubectl create secret generic image-registry-private-configuration-user"
        + " --from-literal=REGISTRY_STORAGE_S3_ACCESSKEY=${AWS_ACCESS_KEY_ID}"
        + " --from-literal=REGISTRY_STORAGE_S3_SECRETKEY=${AWS_SECRET_ACCESS_KEY} --namespace openshift-image-registry");
    steps.add("route_host=$(kubectl get route " + route + " -n openshift-storage -o jsonpath='{.spec.host}')");
    String certificate = "router-certs-default";
    if (nooBaa) {
      steps.add("certificate=$(kubectl get ingresscontroller -n openshift-ingress-operator default"
          + " -o jsonpath='{.spec.defaultCertificate.name}'); certificate=${certificate:-router-certs-default}");
      certificate = "${certificate}";
    }
    steps.add("kubectl get secret " + certificate + " -n openshift-ingress -o jsonpath='{.data.tls\\.crt}' | base64 --decode > tls.crt");
    steps.add("kubectl create configmap image-registry-s3-bundle --from-file=ca-bundle.crt=./tls.crt -n openshift-config");
    ObjectNode s3 = spec().put("bucket", "BUCKET").put("region", "us-east-1").put("regionEndpoint", "https://ROUTE")
        .put("virtualHostedStyle", false).put("encrypt", false);
    s3.set("trustedCA", spec().put("name", "image-registry-s3-bundle"));
    String body = spec().set("spec", spec().put("managementState", "Managed").put("replicas", 2)
        .set("storage", spec().put("managementState", "Unmanaged").set("s3", s3))).toString()
        .replace("\"BUCKET\"", "\"'${bucket_name}'\"").replace("https://ROUTE", "https://'${route_host}'");
    steps.add("kubectl patch " + CONFIG + " -p '" + body + "' --type=merge");
    return new Procedure(name, seed, Platform.BARE_METAL, true, steps, List.of("--managed", "--storage", backend,
        "--odf-claim", claim));
  }

  /** The files the kubectl sequences and registryctl read, objects written with fabric8's serialisation. */
  private static void writeManifests(Path work) throws IOException {
    Files.writeString(work.resolve("keyfile.json"), JSON.writeValueAsString(JSON.createObjectNode()
        .put("type", "service_account").put("project_id", "my-project").put("private_key_id", "bench")
        .put("client_email", "registry@my-project.iam.gserviceaccount.com")));
    try (FakeOpenShift any = FakeOpenShift.aws().start()) {
      // an external registry's CA stands in: any valid certificate parses the same way
      Secret routerCa = any.client().secrets().inNamespace("openshift-ingress-operator").withName("router-ca").get();
      Files.write(work.resolve("ca.crt"), Base64.getDecoder().decode(routerCa.getData().get("tls.crt")));
    }
    write(work.resolve("prometheus-scraper.yaml"), new ClusterRoleBuilder().withNewMetadata()
        .withName("prometheus-scraper").endMetadata().addNewRule().withApiGroups("image.openshift.io")
        .withResources("registry/metrics").withVerbs("get").endRule().build());
    write(work.resolve("registryrepomirror.yaml"), new ImageContentSourcePolicyBuilder().withNewMetadata()
        .withName("ubi8repo").endMetadata().withNewSpec().addNewRepositoryDigestMirror()
        .withSource("registry.access.redhat.com/ubi8/ubi-minimal")
        .withMirrors("example.io/example/ubi-minimal", "example.com/example/ubi-minimal")
        .endRepositoryDigestMirror().endSpec().build());
    write(work.resolve("pvc.yaml"), new PersistentVolumeClaimBuilder().withNewMetadata().withName("image-registry-storage")
        .withNamespace("openshift-image-registry").endMetadata().withNewSpec().withAccessModes("ReadWriteOnce")
        .withNewResources().addToRequests("storage", new Quantity("100Gi")).endResources().endSpec().build());
    write(work.resolve("cephfs-pvc.yaml"), new PersistentVolumeClaimBuilder().withNewMetadata()
        .withName("registry-storage-pvc").withNamespace("openshift-image-registry").endMetadata().withNewSpec()
        .withAccessModes("ReadWriteMany").withStorageClassName("ocs-storagecluster-cephfs").withNewResources()
        .addToRequests("storage", new Quantity("100Gi")).endResources().endSpec().build());
    for (String[] claim : new String[][] {{"rgwbucket", "ocs-storagecluster-ceph-rgw"},
        {"noobaatest", "openshift-storage.noobaa.io"}}) {
      write(work.resolve(claim[0] + "-obc.yaml"), new GenericKubernetesResourceBuilder()
          .withApiVersion("objectbucket.io/v1alpha1").withKind("ObjectBucketClaim")
          .withNewMetadata().withName(claim[0]).withNamespace("openshift-storage").endMetadata()
          .addToAdditionalProperties("spec", Map.of("storageClassName", claim[1], "generateBucketName", claim[0]))
          .build());
    }
  }

  private static void write(Path file, HasMetadata object) throws IOException {
    Files.writeString(file, YAML.asYaml(object));
  }

  // ----------------------------------------------------------------------------------------- report

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static void print(Map<String, Map<String, List<Double>>> results, int runs, List<Variant> variants,
      double loadAtStart, long warmDaemonKib) {
    Map<String, Procedure> byName = new LinkedHashMap<>();
    procedures().forEach(p -> byName.put(p.name(), p));
    System.out.printf(Locale.ROOT, "%d runs per cell, medians in seconds; %d CPUs, load average %.2f at the start and %.2f at"
            + " the end; Java %s; the warm daemon's resident memory at the end: %s%n%n", runs,
        Runtime.getRuntime().availableProcessors(), loadAtStart,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.version"),
        warmDaemonKib < 0 ? "unknown" : (warmDaemonKib / 1024) + " MiB");
    System.out.println("| procedure (seed) | kubectl steps | kubectl sequence | registryctl cold (starts the daemon)"
        + " | registryctl warm (daemon running) | REGISTRYCTL_DAEMON=off | cold / kubectl | warm / kubectl"
        + " | off / kubectl | warm, apply until ready | plan, warm | plan, off |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (Map.Entry<String, Map<String, List<Double>>> entry : results.entrySet()) {
      Procedure p = byName.get(entry.getKey());
      Map<String, List<Double>> t = entry.getValue();
      double[] m = variants.stream().mapToDouble(v -> median(t.get(v.label())) / 1000).toArray();
      System.out.printf(Locale.ROOT, "| %s (%s) | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
          p.name(), p.seed(), p.steps().size(), m[0], m[1], m[2], m[3], m[1] / m[0], m[2] / m[0], m[3] / m[0], m[4],
          m[5], m[6]);
    }
  }
}
