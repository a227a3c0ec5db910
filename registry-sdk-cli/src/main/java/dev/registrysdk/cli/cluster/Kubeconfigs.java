package dev.registrysdk.cli.cluster;

import dev.registrysdk.cli.InProcessOnlyException;
import dev.registrysdk.cli.UsageException;
import io.fabric8.kubernetes.api.model.NamedAuthInfo;
import io.fabric8.kubernetes.api.model.NamedCluster;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Reads a kubeconfig file into a fabric8 client {@link Config} exactly as
 * {@code Config.fromKubeconfig(context, file)} does (an empty config merged with the file, each entry
 * remembering its file so relative certificate paths resolve), but parsed with the CLI's own
 * serialisation: fabric8's parse goes through its static default serialisation, whose first use
 * loads and instantiates every registered resource class, a third of a {@code registryctl} run.
 *
 * <p>Relies on fabric8 7.7's {@code KubeConfigUtils.merge} and the names of the file keys it reads;
 * {@code KubeconfigsTest} pins that behaviour.
 */
final class Kubeconfigs {

  private static final String CONTEXT_FILE_KEY = "KUBERNETES_CONFIG_CONTEXT_FILE_KEY";
  private static final String CLUSTER_FILE_KEY = "KUBERNETES_CONFIG_CLUSTER_FILE_KEY";
  private static final String AUTH_INFO_FILE_KEY = "KUBERNETES_CONFIG_AUTH_INFO_FILE_KEY";

  private Kubeconfigs() {}

  /**
   * The client configuration of {@code context} (the current one when {@code null}) in {@code file}.
   *
   * @param credentialPlugins whether the context's user may run a credential plugin ({@code exec}),
   *     which fabric8 starts with the process's own environment and working directory
   * @throws InProcessOnlyException for a user with a credential plugin when {@code credentialPlugins} is false
   */
  static Config load(File file, String context, KubernetesSerialization serialization, boolean credentialPlugins) {
    io.fabric8.kubernetes.api.model.Config kubeconfig;
    try {
      kubeconfig = serialization.unmarshal(Files.readString(file.toPath(), StandardCharsets.UTF_8),
          io.fabric8.kubernetes.api.model.Config.class);
    } catch (IOException e) {
      throw new UsageException("--kubeconfig: cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
    } catch (RuntimeException e) {
      throw new UsageException("--kubeconfig: " + file + " is not a kubeconfig (" + e.getMessage() + ")");
    }
    if (kubeconfig == null) {
      throw new UsageException("--kubeconfig: " + file + " is empty");
    }
    if (!credentialPlugins && runsCredentialPlugin(kubeconfig, context)) {
      throw new InProcessOnlyException("the kubeconfig user runs a credential plugin");
    }
    for (NamedContext named : kubeconfig.getContexts()) {
      named.getAdditionalProperties().put(CONTEXT_FILE_KEY, file);
    }
    for (NamedCluster named : kubeconfig.getClusters()) {
      named.getAdditionalProperties().put(CLUSTER_FILE_KEY, file);
    }
    for (NamedAuthInfo named : kubeconfig.getUsers()) {
      named.getAdditionalProperties().put(AUTH_INFO_FILE_KEY, file);
    }
    Config config = Config.empty();
    KubeConfigUtils.merge(config, context, kubeconfig);
    return config;
  }

  /** Whether the user of the context (the current one when {@code null}) has an {@code exec} section. */
  private static boolean runsCredentialPlugin(io.fabric8.kubernetes.api.model.Config kubeconfig, String context) {
    String name = context != null ? context : kubeconfig.getCurrentContext();
    String user = kubeconfig.getContexts().stream().filter(c -> c.getName() != null && c.getName().equals(name))
        .findFirst().map(NamedContext::getContext).map(io.fabric8.kubernetes.api.model.Context::getUser).orElse(null);
    return user != null && kubeconfig.getUsers().stream()
        .anyMatch(u -> user.equals(u.getName()) && u.getUser() != null && u.getUser().getExec() != null);
  }
}
