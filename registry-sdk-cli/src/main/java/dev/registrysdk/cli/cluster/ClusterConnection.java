package dev.registrysdk.cli.cluster;

import dev.registrysdk.cli.InProcessOnlyException;
import dev.registrysdk.cli.UsageException;
import dev.registrysdk.testkit.FakeOpenShift;
import dev.registrysdk.testkit.Platform;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import java.io.File;
import java.util.Optional;

/**
 * A client for the chosen cluster, and the embedded fake cluster behind it if any. Closing it
 * closes both.
 */
public final class ClusterConnection implements AutoCloseable {

  private final KubernetesClient client;
  private final String description;
  private final FakeOpenShift fake;

  private ClusterConnection(KubernetesClient client, String description, FakeOpenShift fake) {
    this.client = client;
    this.description = description;
    this.fake = fake;
  }

  /**
   * From a kubeconfig file and context ({@code null}: the current one). Without a file, fabric8
   * configures itself from the process (in a pod, its service account): only when the run's
   * environment is the process's own, otherwise that would read another environment than the run's.
   *
   * @throws InProcessOnlyException without a file, or for a credential plugin, when not {@code ownProcess}
   */
  static ClusterConnection kubeconfig(String file, String context, boolean ownProcess) {
    RegistrySerialization serialization = RegistrySerialization.shared();
    Config config;
    if (file != null) {
      File kubeconfig = new File(file);
      if (!kubeconfig.isFile()) {
        throw new UsageException("--kubeconfig: " + file + " does not exist");
      }
      config = Kubeconfigs.load(kubeconfig, context, serialization, ownProcess);
    } else if (ownProcess) {
      config = Config.autoConfigure(context);
    } else {
      throw new InProcessOnlyException("no kubeconfig file: fabric8 configures itself from the process");
    }
    if (context != null && !context.equals(config.getCurrentContext() == null ? null : config.getCurrentContext().getName())) {
      throw new UsageException("--context: no context named " + context + " in the kubeconfig");
    }
    String where = (config.getCurrentContext() != null ? "context " + config.getCurrentContext().getName() + ", " : "")
        + "server " + config.getMasterUrl();
    return new ClusterConnection(client(config, serialization), where, null);
  }

  /** An embedded fake cluster of a platform; gone when closed. */
  static ClusterConnection fake(Platform platform, boolean odf) {
    FakeOpenShift.Builder builder = FakeOpenShift.builder(platform);
    if (odf) {
      builder.withOdf();
    }
    FakeOpenShift cluster = builder.start();
    return new ClusterConnection(client(cluster.clientConfig(), RegistrySerialization.shared()),
        "embedded fake " + platform.platformType()
        + " cluster at " + cluster.url(), cluster);
  }

  /**
   * A fabric8 client on the JDK's HTTP client, which starts faster than the default Vert.x one, and
   * with {@link RegistrySerialization}, which skips the scan of every resource class.
   */
  static KubernetesClient client(Config config, RegistrySerialization serialization) {
    return new KubernetesClientBuilder().withConfig(config).withHttpClientFactory(new JdkHttpClientFactory())
        .withKubernetesSerialization(serialization).build();
  }

  /** The client. */
  public KubernetesClient client() {
    return client;
  }

  /** Which cluster this is, for people: context and server, or the fake's platform and URL. */
  public String description() {
    return description;
  }

  /** The embedded fake cluster, if any. */
  public Optional<FakeOpenShift> fake() {
    return Optional.ofNullable(fake);
  }

  @Override
  public void close() {
    client.close();
    if (fake != null) {
      fake.close();
    }
  }
}
