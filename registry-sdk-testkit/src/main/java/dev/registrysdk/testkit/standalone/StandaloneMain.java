package dev.registrysdk.testkit.standalone;

import dev.registrysdk.testkit.FakeOpenShift;
import dev.registrysdk.testkit.Platform;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a fake OpenShift cluster as a process, for shell tooling and {@code kubectl}:
 *
 * <pre>
 * java -jar registry-sdk-testkit-&lt;version&gt;-standalone.jar --platform vsphere --port 0 --kubeconfig /tmp/kubeconfig
 * kubectl --kubeconfig /tmp/kubeconfig get configs.imageregistry.operator.openshift.io cluster
 * </pre>
 *
 * <p>The server listens on loopback over plain HTTP and follows real time. Once the kubeconfig is
 * written, one line goes to standard output: {@code fake-openshift listening on <url> (platform <type>,
 * kubeconfig <path>)}; scripts may wait for it. Warnings and errors are logged to standard error
 * (through the slf4j-simple provider the jar bundles). The process stops on SIGTERM or Ctrl-C. Options:
 *
 * <ul>
 *   <li>{@code --platform NAME}: aws, azure, gcp, baremetal, vsphere, none, openstack, ibmcloud, powervs,
 *       libvirt, nutanix, ovirt, ... (default baremetal)
 *   <li>{@code --port N}: port, 0 for any free one (default 0)
 *   <li>{@code --kubeconfig PATH}: where to write the kubeconfig (default {@code ./fake-openshift.kubeconfig})
 *   <li>{@code --single-node}, {@code --odf}, {@code --no-swift}, {@code --without-image-registry}
 * </ul>
 *
 * <p>The class can also be started without the jar, e.g. {@code java -cp <classpath>
 * dev.registrysdk.testkit.standalone.StandaloneMain ...}, or from code with {@link #start(String...)}.
 */
public final class StandaloneMain {

  private static final String LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

  private StandaloneMain() {
  }

  /** Parsed command line. */
  record Options(Platform platform, int port, Path kubeconfig, boolean singleNode, boolean odf, boolean swift,
      boolean imageRegistry) {
  }

  /**
   * Starts the server and blocks until the process is told to stop.
   *
   * @param args the options above
   */
  public static void main(String[] args) throws InterruptedException {
    // The JDK resolver starts much faster than Vert.x's own DNS resolver, and loopback needs no DNS.
    if (System.getProperty("vertx.disableDnsResolver") == null) {
      System.setProperty("vertx.disableDnsResolver", "true");
    }
    // The jar bundles slf4j-simple: warnings and errors go to standard error, standard output keeps only
    // the "listening" line. -Dorg.slf4j.simpleLogger.defaultLogLevel=debug shows more.
    if (System.getProperty(LOG_LEVEL_PROPERTY) == null) {
      System.setProperty(LOG_LEVEL_PROPERTY, "warn");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
      err.println("fake-openshift: " + e.getMessage());
      err.println(usage());
      System.exit(2);
      return;
    }
    if (options == null) {
      out.println(usage());
      return;
    }
    FakeOpenShift cluster = start(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      cluster.close();
      stopped.countDown();
    }, "fake-openshift-shutdown"));
    out.println("fake-openshift listening on " + cluster.url() + " (platform " + options.platform().platformType()
        + ", kubeconfig " + options.kubeconfig().toAbsolutePath() + ")");
    stopped.await();
  }

  /** Starts a cluster from command-line options and writes its kubeconfig; the caller closes it. */
  public static FakeOpenShift start(String... args) {
    Options options = parse(args);
    if (options == null) {
      throw new IllegalArgumentException(usage());
    }
    return start(options);
  }

  private static FakeOpenShift start(Options options) {
    FakeOpenShift.Builder builder = FakeOpenShift.builder(options.platform()).realTime().port(options.port())
        .swift(options.swift());
    if (options.singleNode()) {
      builder.singleNode();
    }
    if (options.odf()) {
      builder.withOdf();
    }
    if (!options.imageRegistry()) {
      builder.withoutImageRegistryCapability();
    }
    FakeOpenShift cluster = builder.start();
    cluster.writeKubeconfig(options.kubeconfig());
    return cluster;
  }

  /** Parses the options; returns {@code null} for {@code --help}. */
  static Options parse(String... args) {
    Platform platform = Platform.BARE_METAL;
    int port = 0;
    Path kubeconfig = Paths.get("fake-openshift.kubeconfig");
    boolean singleNode = false;
    boolean odf = false;
    boolean swift = true;
    boolean imageRegistry = true;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--platform" -> platform = Platform.fromName(value(args, ++i, arg));
        case "--port" -> {
          try {
            port = Integer.parseInt(value(args, ++i, arg));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port needs a number, got '" + args[i] + "'");
          }
        }
        case "--kubeconfig" -> kubeconfig = Paths.get(value(args, ++i, arg));
        case "--single-node" -> singleNode = true;
        case "--odf" -> odf = true;
        case "--no-swift" -> swift = false;
        case "--without-image-registry" -> imageRegistry = false;
        case "--help", "-h" -> {
          return null;
        }
        default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
      }
    }
    return new Options(platform, port, kubeconfig, singleNode, odf, swift, imageRegistry);
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  static String usage() {
    return "usage: fake-openshift [--platform NAME] [--port N] [--kubeconfig PATH] [--single-node] [--odf]"
        + " [--no-swift] [--without-image-registry]";
  }
}
