package dev.registrysdk.cli.desired;

import dev.registrysdk.api.mirror.MirrorSet;
import dev.registrysdk.api.sources.RegistrySources;
import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.cli.storage.StorageOptions;
import dev.registrysdk.core.RegistryConfigurer;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;

/**
 * Every option of the desired state, as a picocli mixin of {@code plan}, {@code apply} and
 * {@code render}: one argument group per topic.
 *
 * <p>Each cluster-wide feature of the SDK (trusted CAs, registry sources, mirrors, access roles,
 * pull secrets, pruning) is one more {@link ConfigurerOptions} group, listed in {@link #groups()}.
 */
public final class DesiredStateOptions {

  @ArgGroup(exclusive = false, validate = false, order = 10, heading = "%nRegistry%n")
  RegistryOptions registry;

  @ArgGroup(exclusive = false, validate = false, order = 20, heading = "%nStorage%n")
  StorageOptions storage;

  @ArgGroup(exclusive = false, validate = false, order = 30, heading = "%nRoutes%n")
  RouteOptions routes;

  @ArgGroup(exclusive = false, validate = false, order = 40, heading = "%nRequest limits%n")
  RequestOptions requests;

  @ArgGroup(exclusive = false, validate = false, order = 50, heading = "%nPlacement and resources%n")
  PlacementOptions placement;

  @ArgGroup(exclusive = false, validate = false, order = 51, heading = "%nTrusted CAs for external registries%n")
  TrustOptions trust;

  @ArgGroup(exclusive = false, validate = false, order = 52, heading = "%nRegistry sources (image.config.openshift.io)%n")
  RegistrySourcesOptions sources;

  @ArgGroup(exclusive = false, validate = false, order = 53, heading = "%nMirrors%n")
  MirrorOptions mirrors;

  @ArgGroup(exclusive = false, validate = false, order = 54, heading = "%nAccess: registry roles and metrics%n")
  AccessOptions access;

  @ArgGroup(exclusive = false, validate = false, order = 55, heading = "%nPull secret%n")
  PullSecretOptions pullSecret;

  @ArgGroup(exclusive = false, validate = false, order = 56, heading = "%nImage pruner%n")
  PrunerOptions pruner;

  @ArgGroup(exclusive = false, validate = false, order = 60, heading = "%nEngine%n")
  TuningOptions engine;

  /** The groups the user gave at least one option of; picocli leaves the others null. */
  List<ConfigurerOptions> groups() {
    List<ConfigurerOptions> groups = new ArrayList<>();
    for (ConfigurerOptions group : new ConfigurerOptions[] {registry, storage, routes, requests, placement,
        trust, sources, mirrors, access, pullSecret, pruner, engine}) {
      if (group != null) {
        groups.add(group);
      }
    }
    return groups;
  }

  /** The mirror sets the options name; empty without {@code --digest-mirror} or {@code --tag-mirror}. */
  public List<MirrorSet> mirrorSets() {
    return mirrors == null ? List.of() : mirrors.sets();
  }

  /** The registry sources the options give, in the order they apply; empty without such options. */
  public List<RegistrySources> registrySources() {
    return sources == null ? List.of() : sources.sourcesInOrder();
  }

  /** A configurer for {@code client} with everything the options name. */
  public RegistryConfigurer configurer(KubernetesClient client, SecretReader secrets, CliEnvironment environment) {
    RegistryConfigurer configurer = RegistryConfigurer.on(client);
    for (ConfigurerOptions group : groups()) {
      configurer = group.applyTo(configurer, secrets, environment);
    }
    return configurer;
  }
}
