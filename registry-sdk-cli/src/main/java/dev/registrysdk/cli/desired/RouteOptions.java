package dev.registrysdk.cli.desired;

import dev.registrysdk.api.RegistryRoute;
import dev.registrysdk.api.RouteTls;
import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.UsageException;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.cli.secret.SecretSource;
import dev.registrysdk.core.RegistryConfigurer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Option;

/** Additional routes ({@code spec.routes}) and their certificates. */
public final class RouteOptions implements ConfigurerOptions {

  @Option(names = "--route", paramLabel = "NAME[=HOSTNAME]",
      description = "Adds or updates the route NAME (spec.routes); repeat for more. Other routes stay, unless --replace-routes.")
  List<String> routes = new ArrayList<>();

  @Option(names = "--replace-routes", description = "The --route options replace all routes; without --route, removes them all.")
  boolean replace;

  @Option(names = "--route-tls-secret", paramLabel = "NAME=SECRET",
      description = "Route NAME uses the kubernetes.io/tls secret SECRET in openshift-image-registry.")
  Map<String, String> tlsSecrets = new LinkedHashMap<>();

  @Option(names = "--route-tls-cert", paramLabel = "NAME=FILE",
      description = "Route NAME's certificate chain (PEM); with --route-tls-key the secret NAME-tls is created.")
  Map<String, String> tlsCertificates = new LinkedHashMap<>();

  @Option(names = "--route-tls-key", paramLabel = "NAME=SOURCE",
      description = "Route NAME's private key: env:VARIABLE or file:PATH (PEM).")
  Map<String, String> tlsKeys = new LinkedHashMap<>();

  @Option(names = "--route-tls-ca", paramLabel = "NAME=FILE", description = "Route NAME's CA certificate (PEM).")
  Map<String, String> tlsCas = new LinkedHashMap<>();

  @Override
  public RegistryConfigurer applyTo(RegistryConfigurer configurer, SecretReader secrets, CliEnvironment environment) {
    Map<String, RegistryRoute> byName = new LinkedHashMap<>();
    for (String spec : routes) {
      int eq = spec.indexOf('=');
      String name = eq < 0 ? spec : spec.substring(0, eq);
      RegistryRoute route = RegistryRoute.named(name);
      if (eq >= 0) {
        route = route.hostname(spec.substring(eq + 1));
      }
      byName.put(name, route);
    }
    Set<String> named = new TreeSet<>();
    named.addAll(tlsSecrets.keySet());
    named.addAll(tlsCertificates.keySet());
    named.addAll(tlsKeys.keySet());
    named.addAll(tlsCas.keySet());
    for (String name : named) {
      if (!byName.containsKey(name)) {
        throw new UsageException("a certificate option names route " + name + ", which no --route gives");
      }
      byName.put(name, byName.get(name).tls(tls(name, secrets, environment)));
    }
    if (replace) {
      return configurer.routes(List.copyOf(byName.values()));
    }
    RegistryConfigurer c = configurer;
    for (RegistryRoute route : byName.values()) {
      c = c.route(route);
    }
    return c;
  }

  private RouteTls tls(String name, SecretReader secrets, CliEnvironment environment) {
    if (tlsSecrets.containsKey(name)) {
      if (tlsCertificates.containsKey(name) || tlsKeys.containsKey(name) || tlsCas.containsKey(name)) {
        throw new UsageException("route " + name + ": --route-tls-secret does not go with --route-tls-cert, -key or -ca");
      }
      return RouteTls.fromSecret(tlsSecrets.get(name));
    }
    if (!tlsCertificates.containsKey(name) || !tlsKeys.containsKey(name)) {
      throw new UsageException("route " + name + ": give both --route-tls-cert and --route-tls-key, or --route-tls-secret");
    }
    String certificate = OptionFiles.text(environment, tlsCertificates.get(name), "--route-tls-cert");
    SecretSource keySource;
    try {
      keySource = SecretSource.parse(tlsKeys.get(name));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--route-tls-key " + name + ": " + e.getMessage());
    }
    RouteTls tls = RouteTls.fromPem(certificate, secrets.read(keySource, "--route-tls-key " + name));
    if (tlsCas.containsKey(name)) {
      tls = tls.caCertificate(OptionFiles.text(environment, tlsCas.get(name), "--route-tls-ca"));
    }
    return tls;
  }
}
