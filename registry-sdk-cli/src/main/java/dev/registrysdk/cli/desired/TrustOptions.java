package dev.registrysdk.cli.desired;

import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.UsageException;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.core.RegistryConfigurer;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * CAs to trust for pulls from external registries: {@code image.config.openshift.io/cluster}
 * {@code spec.additionalTrustedCA} and the config map in {@code openshift-config} it names.
 */
public final class TrustOptions implements ConfigurerOptions {

  @Option(names = "--trust-registry-ca", paramLabel = "HOST[:PORT]=FILE",
      description = "Trust the PEM CA in FILE for pulls from the registry HOST[:PORT] (config map key HOST..PORT);"
          + " repeat for more. The CAs of other registries in the config map stay.")
  List<String> registryCas = new ArrayList<>();

  @Option(names = "--trust-cluster-ingress-ca", paramLabel = "HOST",
      description = "Trust this cluster's ingress CA (openshift-ingress-operator/router-ca) for the route host HOST; repeat for more.")
  List<String> ingressHosts = new ArrayList<>();

  @Option(names = "--trusted-ca-configmap", paramLabel = "NAME",
      description = "The config map in openshift-config for the CAs when the image config names none yet. Default: registry-config.")
  String configMap;

  @Override
  public RegistryConfigurer applyTo(RegistryConfigurer configurer, SecretReader secrets, CliEnvironment environment) {
    RegistryConfigurer c = configurer;
    for (String spec : registryCas) {
      int eq = spec.indexOf('=');
      if (eq <= 0 || eq == spec.length() - 1) {
        throw new UsageException("--trust-registry-ca is HOST[:PORT]=FILE, e.g. registry.example.com:5000=ca.crt, not " + spec);
      }
      String host = spec.substring(0, eq);
      c = c.trustRegistryCa(host, OptionFiles.text(environment, spec.substring(eq + 1), "--trust-registry-ca " + host));
    }
    for (String host : ingressHosts) {
      c = c.trustClusterIngressCa(host);
    }
    if (configMap != null) {
      if (registryCas.isEmpty() && ingressHosts.isEmpty()) {
        throw new UsageException("--trusted-ca-configmap goes with --trust-registry-ca or --trust-cluster-ingress-ca");
      }
      c = c.trustedCaConfigMap(configMap);
    }
    return c;
  }
}
