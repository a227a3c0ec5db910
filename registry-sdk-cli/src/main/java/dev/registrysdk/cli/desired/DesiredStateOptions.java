package dev.registrysdk.cli.desired;

import dev.registrysdk.api.mirror.MirrorSet;
import dev.registrysdk.api.sources.RegistrySources;
import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.UsageException;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.cli.storage.StorageOptions;
import dev.registrysdk.core.RegistryConfigurer;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

  /** One per mirror set: each {@code --mirror-set} after the first starts another. */
  @ArgGroup(exclusive = false, validate = false, multiplicity = "0..*", order = 53, heading = "%nMirrors%n")
  List<MirrorOptions> mirrors = new ArrayList<>();

  @ArgGroup(exclusive = false, validate = false, order = 54, heading = "%nAccess: registry roles and metrics%n")
  AccessOptions access;

  /** One per pull secret: each {@code --pull-secret} after the first starts another. */
  @ArgGroup(exclusive = false, validate = false, multiplicity = "0..*", order = 55, heading = "%nPull secrets%n")
  List<PullSecretOptions> pullSecrets = new ArrayList<>();

  @ArgGroup(exclusive = false, validate = false, order = 56, heading = "%nImage pruner%n")
  PrunerOptions pruner;

  @ArgGroup(exclusive = false, validate = false, order = 60, heading = "%nEngine%n")
  TuningOptions engine;

  /**
   * The groups the user gave at least one option of, in the order of the help; picocli leaves the
   * others null, and the repeating ones empty.
   */
  List<ConfigurerOptions> groups() {
    List<ConfigurerOptions> groups = new ArrayList<>();
    addGiven(groups, registry, storage, routes, requests, placement, trust, sources);
    groups.addAll(mirrors);
    addGiven(groups, access);
    groups.addAll(pullSecrets);
    addGiven(groups, pruner, engine);
    return groups;
  }

  private static void addGiven(List<ConfigurerOptions> groups, ConfigurerOptions... candidates) {
    for (ConfigurerOptions group : candidates) {
      if (group != null) {
        groups.add(group);
      }
    }
  }

  /**
   * One secret written from two {@code --pull-secret} groups would carry only the credentials of the
   * last, so each secret is named once, with all its credentials and links after it.
   */
  private void requireDistinctPullSecrets() {
    Set<String> named = new HashSet<>();
    for (PullSecretOptions secret : pullSecrets) {
      if (secret.secret != null && !named.add(secret.secret)) {
        throw new UsageException("--pull-secret " + secret.secret + " is given twice: give it once, followed by all its"
            + " --pull-secret-registry credentials and links");
      }
    }
  }

  /** The mirror sets the options name; empty without {@code --digest-mirror} or {@code --tag-mirror}. */
  public List<MirrorSet> mirrorSets() {
    return mirrors.stream().flatMap(set -> set.sets().stream()).toList();
  }

  /** The registry sources the options give, in the order they apply; empty without such options. */
  public List<RegistrySources> registrySources() {
    return sources == null ? List.of() : sources.sourcesInOrder();
  }

  /**
   * A configurer for {@code client} with everything the options name.
   *
   * @throws UsageException if options do not go together, or a file or credential cannot be read
   */
  public RegistryConfigurer configurer(KubernetesClient client, SecretReader secrets, CliEnvironment environment) {
    requireDistinctPullSecrets();
    RegistryConfigurer configurer = RegistryConfigurer.on(client);
    for (ConfigurerOptions group : groups()) {
      configurer = group.applyTo(configurer, secrets, environment);
    }
    return configurer;
  }
}
