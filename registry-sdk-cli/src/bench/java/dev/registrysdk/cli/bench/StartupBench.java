package dev.registrysdk.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.FakeOpenShift;
import dev.registrysdk.testkit.Platform;
import io.fabric8.kubernetes.api.model.HasMetadata;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Start-up benchmark: each seed procedure as the shell sequence of {@code kubectl} commands its
 * {@code oc} steps amount to, side by side with the one {@code registryctl} run that replaces them,
 * as whole processes against the same fake cluster in the same run. Every timed run gets a freshly
 * bootstrapped cluster on the same port (so kubectl's discovery cache stays valid); variants are
 * interleaved so background load spreads over all of them. Prints medians and ratios as Markdown.
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

  /** One seed procedure: the platform it starts from, its kubectl steps, and the registryctl options. */
  record Procedure(String name, String seed, Platform platform, boolean odf, List<String> steps, List<String> options) {}

  /** A measured command and its durations in milliseconds. */
  record Variant(String label, Function<Procedure, List<String>> command) {}

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
    Path work = Files.createTempDirectory("registryctl-bench");
    Path kubeconfig = work.resolve("kubeconfig");
    writeManifests(work);
    String ctl = registryctl;
    List<Variant> variants = List.of(
        new Variant("kubectl sequence", p -> List.of("sh", "-c", String.join("\n", p.steps()))),
        new Variant("registryctl plan", p -> registryctl(ctl, "plan", kubeconfig, p.options(), List.of())),
        new Variant("registryctl apply --no-wait", p -> registryctl(ctl, "apply", kubeconfig, p.options(),
            List.of("--no-wait"))),
        new Variant("registryctl apply (until ready)", p -> registryctl(ctl, "apply", kubeconfig, p.options(), List.of())));

    int port;
    try (FakeOpenShift probe = FakeOpenShift.bareMetal().start()) {
      port = probe.port();
    }
    Map<String, Map<String, List<Double>>> results = new LinkedHashMap<>();
    for (Procedure procedure : procedures()) {
      if (!only.isEmpty() && !only.contains(procedure.name())) {
        continue;
      }
      Map<String, List<Double>> times = new LinkedHashMap<>();
      for (int run = -1; run < runs; run++) {
        for (Variant variant : variants) {
          try (FakeOpenShift cluster = start(procedure, port)) {
            cluster.writeKubeconfig(kubeconfig);
            double millis = time(variant.command().apply(procedure), work);
            if (run >= 0) {
              times.computeIfAbsent(variant.label(), k -> new ArrayList<>()).add(millis);
            }
          }
        }
      }
      results.put(procedure.name(), times);
      System.err.println("measured " + procedure.name());
    }
    print(results, runs, variants);
  }

  private static FakeOpenShift start(Procedure procedure, int port) {
    FakeOpenShift.Builder builder = FakeOpenShift.builder(procedure.platform()).realTime().port(port);
    if (procedure.odf()) {
      builder.withOdf();
    }
    return builder.start();
  }

  private static List<String> registryctl(String ctl, String command, Path kubeconfig, List<String> options,
      List<String> more) {
    List<String> args = new ArrayList<>(List.of(ctl, command, "--kubeconfig", kubeconfig.toString(), "--progress", "none"));
    args.addAll(options);
    args.addAll(more);
    return args;
  }

  /** Runs a command to its end; fails the benchmark if it fails, since a failed run proves nothing. */
  private static double time(List<String> command, Path directory) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
    builder.environment().put("KUBECONFIG", directory.resolve("kubeconfig").toString());
    builder.environment().put("S3_ACCESS_KEY", "bench-access");
    builder.environment().put("S3_SECRET_KEY", "bench-secret");
    builder.environment().put("AZURE_KEY", "bench-key");
    long started = System.nanoTime();
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("failed: " + String.join(" ", command) + "\n" + new String(output, StandardCharsets.UTF_8));
    }
    return (System.nanoTime() - started) / 1e6;
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
    all.add(new Procedure("vsphere-pvc", "000 3.7.2, 3.7.3.1", Platform.VSPHERE, false, List.of(
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
        "kubectl create secret generic image-registry-private-configuration-user"
            + " --from-literal=REGISTRY_STORAGE_S3_ACCESSKEY=bench-access --from-literal=REGISTRY_STORAGE_S3_SECRETKEY=bench-secret"
            + " -n openshift-image-registry",
        patch(spec().set("spec", spec().put("managementState", "Managed")
            .<ObjectNode>set("storage", spec().set("s3", spec().put("bucket", "ocp-registry").put("region", "local")
                .put("regionEndpoint", "https://s3.svc.example.com")))
            .set("routes", JSON.createArrayNode().add(spec().put("name", "internal-registry-route")
                .put("hostname", "registry-int.apps.example.com")))).toString())),
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
    return all;
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

  /** The files the kubectl sequences create objects from, written with fabric8's serialisation. */
  private static void writeManifests(Path work) throws IOException {
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

  private static void print(Map<String, Map<String, List<Double>>> results, int runs, List<Variant> variants) {
    Map<String, Procedure> byName = new LinkedHashMap<>();
    procedures().forEach(p -> byName.put(p.name(), p));
    System.out.printf(Locale.ROOT, "%d runs per cell, medians in seconds; %d CPUs, load average %.1f at the end; Java %s;"
            + " registryctl launcher (class-data archive, C1 on one thread, serial GC)%n%n", runs,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.version"));
    System.out.println("| procedure (seed) | kubectl steps | kubectl sequence | registryctl plan | registryctl apply --no-wait"
        + " | apply / kubectl | registryctl apply, until ready |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (Map.Entry<String, Map<String, List<Double>>> entry : results.entrySet()) {
      Procedure p = byName.get(entry.getKey());
      Map<String, List<Double>> t = entry.getValue();
      double kubectl = median(t.get(variants.get(0).label())) / 1000;
      double plan = median(t.get(variants.get(1).label())) / 1000;
      double apply = median(t.get(variants.get(2).label())) / 1000;
      double ready = median(t.get(variants.get(3).label())) / 1000;
      System.out.printf(Locale.ROOT, "| %s (%s) | %d | %.2f | %.2f | %.2f | %.2f | %.2f |%n", p.name(), p.seed(),
          p.steps().size(), kubectl, plan, apply, apply / kubectl, ready);
    }
  }
}
