import dev.registrysdk.api.plan.Plan;
import dev.registrysdk.api.readiness.Readiness;
import dev.registrysdk.core.ApplyResult;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where an example runs: an embedded fake cluster of the procedure's platform by default, or the
 * cluster of a kubeconfig when one is given ({@code --kubeconfig FILE}, or {@code $KUBECONFIG}).
 *
 * <p>On the fake cluster the example plans, applies and waits for the registry. On a real cluster
 * it only prints the plan unless {@code --apply} is given. Credentials come from environment
 * variables; the fake cluster gets stand-in values when they are unset.
 */
final class ExampleCluster implements AutoCloseable {

  private final List<String> args;
  private final FakeOpenShift fake;
  private final KubernetesClient client;
  private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  private ExampleCluster(List<String> args, FakeOpenShift fake, KubernetesClient client) {
    this.args = args;
    this.fake = fake;
    this.client = client;
  }

  /** The cluster the arguments name, or a fake one started from {@code platform}. */
  static ExampleCluster connect(String[] args, FakeOpenShift.Builder platform) {
    return connect(args, platform, fake -> {});
  }

  /**
   * The cluster the arguments name, or a fake one started from {@code platform} and given the
   * procedure's prerequisites by {@code prerequisites} (on a real cluster they are the reader's job).
   */
  static ExampleCluster connect(String[] args, FakeOpenShift.Builder platform,
      java.util.function.Consumer<FakeOpenShift> prerequisites) {
    List<String> list = Arrays.asList(args);
    Optional<String> kubeconfig = option(list, "--kubeconfig")
        .or(() -> Optional.ofNullable(System.getenv("KUBECONFIG")).filter(k -> !k.isBlank()));
    if (kubeconfig.isPresent()) {
      Config config = Config.fromKubeconfig(option(list, "--context").orElse(null),
          new File(kubeconfig.get().split(File.pathSeparator)[0]));
      return new ExampleCluster(list, null, client(config));
    }
    FakeOpenShift cluster = platform.start();
    prerequisites.accept(cluster);
    return new ExampleCluster(list, cluster, client(cluster.clientConfig()));
  }

  private static KubernetesClient client(Config config) {
    // The JDK's HTTP client starts faster than fabric8's default Vert.x one.
    return new KubernetesClientBuilder().withConfig(config).withHttpClientFactory(new JdkHttpClientFactory()).build();
  }

  private static Optional<String> option(List<String> args, String name) {
    int at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? Optional.of(args.get(at + 1)) : Optional.empty();
  }

  /** The client. */
  KubernetesClient client() {
    return client;
  }

  /** The embedded fake cluster, when no kubeconfig was given. */
  Optional<FakeOpenShift> fake() {
    return Optional.ofNullable(fake);
  }

  /** A credential from the environment; on the fake cluster a stand-in when unset. */
  String credential(String variable) {
    String value = System.getenv(variable);
    if (value != null && !value.isEmpty()) {
      return value;
    }
    if (fake != null) {
      return "fake-" + variable.toLowerCase().replace('_', '-');
    }
    throw new IllegalStateException("Set " + variable + " to run this example on a real cluster");
  }

  /**
   * A credential file named by an environment variable (its path); on the fake cluster
   * {@code standIn} when the variable is unset.
   */
  String credentialFile(String variable, java.util.function.Supplier<String> standIn) {
    String path = System.getenv(variable);
    if (path != null && !path.isEmpty()) {
      try {
        return java.nio.file.Files.readString(java.nio.file.Path.of(path));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("Cannot read " + variable + "=" + path, e);
      }
    }
    if (fake != null) {
      return standIn.get();
    }
    throw new IllegalStateException("Set " + variable + " to the path of the file to run this example on a real cluster");
  }

  /**
   * Prints the plan; applies it and waits for the registry on the fake cluster, or with --apply.
   *
   * @return whether it applied, so that a script may read back what was written
   */
  boolean run(RegistryConfigurer desired) {
    out.println("Cluster: " + (fake != null ? "embedded fake " + fake.platform().platformType() + " cluster" : client.getMasterUrl()));
    Plan plan = desired.plan();
    out.print(plan.render());
    if (plan.hasErrors()) {
      throw new IllegalStateException("Validation refused the desired state; nothing was written");
    }
    if (fake == null && !args.contains("--apply")) {
      out.println("Plan only: run again with --apply to write it to this cluster.");
      return false;
    }
    ApplyResult result = desired.apply();
    out.println("Applied " + result.changes().size() + " change(s) in " + result.attempts() + " attempt(s)");
    // A real registry takes minutes to roll out; the fake reconciles at once.
    Readiness readiness = result.awaitReady(fake != null ? Duration.ofSeconds(30) : Duration.ofMinutes(10));
    out.println("Registry: " + readiness.describe());
    return true;
  }

  @Override
  public void close() {
    client.close();
    if (fake != null) {
      fake.close();
    }
  }
}
