package dev.registrysdk.cli.cluster;

import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.UsageException;
import dev.registrysdk.testkit.Platform;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options that choose the cluster; a picocli mixin of every command. */
public final class ClusterOptions {

  @Option(names = "--kubeconfig", paramLabel = "FILE",
      description = "Kubeconfig file. Default: $KUBECONFIG, else ~/.kube/config, else the pod's service account.")
  String kubeconfig;

  @Option(names = "--context", paramLabel = "NAME", description = "Kubeconfig context. Default: the current context.")
  String context;

  @Option(names = "--fake", paramLabel = "PLATFORM",
      description = "Run against an embedded fake cluster instead, bootstrapped as on PLATFORM: aws, azure, gcp,"
          + " bare-metal, vsphere, none, openstack, ibmcloud, powervs, libvirt, nutanix, ovirt. Nothing real is touched.")
  String fake;

  @Option(names = "--fake-odf", description = "With --fake: install OpenShift Data Foundation (storage classes, S3 routes, bucket claims).")
  boolean fakeOdf;

  /** Connects as the options say; the caller closes the connection. */
  public ClusterConnection connect(CliEnvironment environment) {
    if (fake != null) {
      if (kubeconfig != null || context != null) {
        throw new UsageException("--fake runs an embedded cluster; it does not go with --kubeconfig or --context");
      }
      Platform platform;
      try {
        platform = Platform.fromName(fake);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--fake: " + e.getMessage());
      }
      return ClusterConnection.fake(platform, fakeOdf);
    }
    if (fakeOdf) {
      throw new UsageException("--fake-odf goes with --fake PLATFORM");
    }
    String file = kubeconfig != null ? environment.resolve(kubeconfig).toString() : defaultKubeconfig(environment);
    return ClusterConnection.kubeconfig(file, context, environment.ownProcess());
  }

  /**
   * The kubeconfig file when none is given, as kubectl finds it, from the run's environment (never
   * the process's own): the first file of {@code $KUBECONFIG}, relative to the working directory,
   * else {@code $HOME/.kube/config} when it exists; {@code null} when there is none.
   */
  static String defaultKubeconfig(CliEnvironment environment) {
    Optional<String> variable = environment.variable("KUBECONFIG").filter(v -> !v.isBlank());
    if (variable.isPresent()) {
      return environment.resolve(variable.get().split(File.pathSeparator)[0]).toString();
    }
    return environment.variable("HOME").filter(v -> !v.isBlank())
        .map(home -> Path.of(home, ".kube", "config")).filter(Files::isRegularFile).map(Path::toString).orElse(null);
  }
}
