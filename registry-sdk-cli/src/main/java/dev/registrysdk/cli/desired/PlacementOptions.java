package dev.registrysdk.cli.desired;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.core.RegistryConfigurer;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the registry pods run and what they may use: node selector, tolerations, affinity, resources. */
public final class PlacementOptions implements ConfigurerOptions {

  @Option(names = "--node-selector", paramLabel = "KEY=VALUE",
      description = "spec.nodeSelector; repeat for more labels. Replaces the whole map.")
  Map<String, String> nodeSelector = new LinkedHashMap<>();

  @Option(names = "--tolerations-file", paramLabel = "FILE",
      description = "spec.tolerations from a YAML or JSON list of tolerations. Replaces the whole list.")
  String tolerationsFile;

  @Option(names = "--affinity-file", paramLabel = "FILE", description = "spec.affinity from a YAML or JSON affinity.")
  String affinityFile;

  @Option(names = "--resources-file", paramLabel = "FILE",
      description = "spec.resources (CPU and memory requests and limits) from YAML or JSON.")
  String resourcesFile;

  @Option(names = "--topology-spread-file", paramLabel = "FILE",
      description = "spec.topologySpreadConstraints from a YAML or JSON list. Replaces the whole list.")
  String topologySpreadFile;

  @Override
  public RegistryConfigurer applyTo(RegistryConfigurer configurer, SecretReader secrets, CliEnvironment environment) {
    RegistryConfigurer c = configurer;
    if (!nodeSelector.isEmpty()) {
      c = c.nodeSelector(Map.copyOf(nodeSelector));
    }
    if (tolerationsFile != null) {
      c = c.tolerations(OptionFiles.value(environment, tolerationsFile, "--tolerations-file",
          new TypeReference<List<Toleration>>() {}));
    }
    if (affinityFile != null) {
      c = c.affinity(OptionFiles.value(environment, affinityFile, "--affinity-file", new TypeReference<Affinity>() {}));
    }
    if (resourcesFile != null) {
      c = c.resources(OptionFiles.value(environment, resourcesFile, "--resources-file",
          new TypeReference<ResourceRequirements>() {}));
    }
    if (topologySpreadFile != null) {
      c = c.topologySpreadConstraints(OptionFiles.value(environment, topologySpreadFile, "--topology-spread-file",
          new TypeReference<List<TopologySpreadConstraint>>() {}));
    }
    return c;
  }
}
