package dev.registrysdk.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.readiness.Readiness;
import dev.registrysdk.cli.ExitCodes;
import dev.registrysdk.cli.cluster.ClusterConnection;
import dev.registrysdk.cli.desired.Converters;
import dev.registrysdk.cli.output.OutputOptions;
import dev.registrysdk.cli.output.Views;
import dev.registrysdk.cli.progress.ProgressDisplay;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.core.exposure.RegistryExposure;
import dev.registrysdk.core.observe.ClusterObserver;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigRoute;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistrySpec;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code registryctl status}: the registry as it is, and whether the operator reports it ready. */
@Command(name = "status", sortOptions = false, exitCodeOnInvalidInput = 1, mixinStandardHelpOptions = true,
    abbreviateSynopsis = true,
    description = {"Shows the registry's configuration and what the operator reports, generation-aware.",
        "Exit 0 when ready, 3 when progressing (after --wait), 4 when the operator reports a failure."})
public final class StatusCommand extends ClusterCommand {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--wait", paramLabel = "DURATION", converter = Converters.GoDurations.class,
      description = "Wait up to this long for the registry to be ready. Default: 0s, report at once.")
  Duration wait = Duration.ZERO;

  @Mixin
  OutputOptions output;

  @Override
  int run() {
    try (ClusterConnection connection = cluster.connect(environment());
        ProgressDisplay display = progressDisplay()) {
      ClusterFacts facts = new ClusterObserver(connection.client(), Duration.ZERO).observe(Set.of(), Set.of());
      if (!wait.isZero()) {
        display.status("waiting for the registry");
      }
      Readiness readiness = RegistryConfigurer.on(connection.client()).listener(display)
          .settleWindow(wait.isZero() ? Duration.ZERO : Duration.ofSeconds(1)).readiness(wait);
      display.close();
      Views.StatusView view = view(connection.description(), facts, exposure(RegistryExposure.of(connection.client())),
          readiness);
      if (output.text()) {
        print(view, readiness);
      } else {
        output.format().write(out(), view);
      }
      return ExitCodes.of(readiness);
    }
  }

  private static Views.ExposureView exposure(RegistryExposure exposure) {
    return new Views.ExposureView(exposure.defaultRouteHost().orElse(null), exposure.externalHostnames(),
        exposure.internalHostname().orElse(null));
  }

  private static Views.StatusView view(String cluster, ClusterFacts facts, Views.ExposureView exposure, Readiness readiness) {
    Config config = facts.registryConfig().orElseThrow();
    ImageRegistrySpec spec = Optional.ofNullable(config.getSpec()).orElseGet(ImageRegistrySpec::new);
    Optional<ImageRegistryStatus> status = Optional.ofNullable(config.getStatus());
    JsonNode storage = spec.getStorage() == null ? JSON.createObjectNode() : JSON.valueToTree(spec.getStorage());
    String storageState = storage.path("managementState").asText("");
    if (storage.isObject()) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) storage).remove("managementState");
    }
    List<Views.RouteView> routes = spec.getRoutes() == null ? List.of() : spec.getRoutes().stream()
        .map(StatusCommand::route).toList();
    return new Views.StatusView(cluster, facts.platformType(), spec.getManagementState(),
        new Views.StorageView(facts.currentBackends(), storageState.isEmpty() ? null : storageState, storage),
        spec.getReplicas() == null ? 0 : spec.getReplicas(), status.map(ImageRegistryStatus::getReadyReplicas).orElse(null),
        spec.getRolloutStrategy(), spec.getDefaultRoute(), routes, exposure, Views.ReadinessView.of(readiness));
  }

  private static Views.RouteView route(ImageRegistryConfigRoute route) {
    return new Views.RouteView(route.getName(), route.getHostname(), route.getSecretName());
  }

  private void print(Views.StatusView view, Readiness readiness) {
    var out = out();
    out.println("Cluster: " + view.cluster());
    out.println("Platform:          " + (view.platform().isEmpty() ? "unknown" : view.platform()));
    out.println("Management state:  " + view.managementState());
    out.println("Storage:           " + (view.storage().backends().isEmpty() ? "none" : String.join(", ", view.storage().backends()))
        + (view.storage().managementState() == null ? "" : " (" + view.storage().managementState() + ")")
        + (view.storage().backends().isEmpty() ? "" : " " + view.storage().spec()));
    out.println("Replicas:          " + view.replicas()
        + (view.readyReplicas() == null ? "" : " (" + view.readyReplicas() + " ready)")
        + (view.rolloutStrategy() == null ? "" : ", rollout " + view.rolloutStrategy()));
    out.println("Default route:     " + (Boolean.TRUE.equals(view.defaultRoute()) ? "on" : "off")
        + (view.exposure().defaultRouteHost() == null ? "" : ", host " + view.exposure().defaultRouteHost()));
    for (Views.RouteView route : view.routes()) {
      out.println("Route:             " + route.name() + (route.hostname() == null ? "" : " " + route.hostname())
          + (route.secretName() == null ? "" : " (tls " + route.secretName() + ")"));
    }
    out.println("External hosts:    " + (view.exposure().externalHostnames().isEmpty() ? "none"
        : String.join(", ", view.exposure().externalHostnames())));
    out.println("Internal host:     " + (view.exposure().internalHostname() == null ? "none" : view.exposure().internalHostname()));
    Texts.readiness(out, readiness);
    if (readiness.isReady()) {
      readiness.conditions().forEach(c -> out.println("  " + c));
    }
    out.flush();
  }
}
