package dev.registrysdk.cli;

import dev.registrysdk.testkit.FakeOpenShift;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A fake cluster reached through a kubeconfig, as registryctl reaches a real one. */
final class ClusterFixture implements AutoCloseable {

  final FakeOpenShift cluster;
  final Path kubeconfig;
  final Path directory;

  ClusterFixture(FakeOpenShift.Builder builder, Path directory) {
    this.cluster = builder.start();
    this.directory = directory;
    this.kubeconfig = cluster.writeKubeconfig(directory.resolve("kubeconfig"));
  }

  /** Runs registryctl against this cluster: {@code --kubeconfig} is added after the command name. */
  Cli.Result run(String command, String... args) {
    return run(Map.of(), command, args);
  }

  /** Runs with environment variables. */
  Cli.Result run(Map<String, String> environment, String command, String... args) {
    List<String> all = new ArrayList<>();
    all.add(command);
    all.add("--kubeconfig");
    all.add(kubeconfig.toString());
    all.addAll(List.of(args));
    return Cli.run(environment, directory, all.toArray(String[]::new));
  }

  @Override
  public void close() {
    cluster.close();
  }
}
