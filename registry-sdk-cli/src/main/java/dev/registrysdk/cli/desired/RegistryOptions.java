package dev.registrysdk.cli.desired;

import dev.registrysdk.api.LogLevel;
import dev.registrysdk.api.RegistryProxy;
import dev.registrysdk.api.RolloutStrategy;
import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.UsageException;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.core.RegistryConfigurer;
import picocli.CommandLine.Option;

/** The registry's own settings: management state, replicas, rollout, logging, proxy, access mode. */
public final class RegistryOptions implements ConfigurerOptions {

  @Option(names = "--managed", description = "managementState Managed: the operator deploys the registry.")
  boolean managed;

  @Option(names = "--unmanaged", description = "managementState Unmanaged: the operator leaves the registry alone.")
  boolean unmanaged;

  @Option(names = "--removed",
      description = "managementState Removed: the operator removes the registry (and Managed storage: needs --allow-data-loss).")
  boolean removed;

  @Option(names = "--replicas", paramLabel = "N", description = "Registry pods (spec.replicas), 0 or more.")
  Integer replicas;

  @Option(names = "--rollout-strategy", paramLabel = "STRATEGY", converter = Converters.Rollout.class,
      description = "RollingUpdate or Recreate; Recreate is required with a ReadWriteOnce claim.")
  RolloutStrategy rolloutStrategy;

  @Option(names = "--default-route", negatable = true,
      description = "Expose the registry on the route default-route (--no-default-route removes it).")
  Boolean defaultRoute;

  @Option(names = "--log-level", paramLabel = "LEVEL", converter = Converters.Level.class,
      description = "Registry log level: Normal, Debug, Trace, TraceAll.")
  LogLevel logLevel;

  @Option(names = "--operator-log-level", paramLabel = "LEVEL", converter = Converters.Level.class,
      description = "Operator log level: Normal, Debug, Trace, TraceAll.")
  LogLevel operatorLogLevel;

  @Option(names = "--http-proxy", paramLabel = "URL", description = "spec.proxy.http, overriding the cluster proxy.")
  String httpProxy;

  @Option(names = "--https-proxy", paramLabel = "URL", description = "spec.proxy.https, overriding the cluster proxy.")
  String httpsProxy;

  @Option(names = "--no-proxy", paramLabel = "HOSTS", description = "spec.proxy.noProxy: comma-separated hosts and domains.")
  String noProxy;

  @Option(names = "--read-only", negatable = true, description = "Refuse pushes, e.g. during a storage migration.")
  Boolean readOnly;

  @Option(names = "--disable-redirect", negatable = true,
      description = "Serve blobs through the registry instead of redirecting clients to the storage.")
  Boolean disableRedirect;

  @Option(names = "--allow-data-loss",
      description = "Consent to a storage switch of a registry that may hold images, or to removing Managed storage.")
  boolean allowDataLoss;

  @Override
  public RegistryConfigurer applyTo(RegistryConfigurer configurer, SecretReader secrets, CliEnvironment environment) {
    RegistryConfigurer c = configurer;
    int states = (managed ? 1 : 0) + (unmanaged ? 1 : 0) + (removed ? 1 : 0);
    if (states > 1) {
      throw new UsageException("--managed, --unmanaged and --removed exclude each other; give one");
    }
    if (managed) {
      c = c.managed();
    } else if (unmanaged) {
      c = c.unmanaged();
    } else if (removed) {
      c = c.removed();
    }
    if (replicas != null) {
      c = c.replicas(replicas);
    }
    if (rolloutStrategy != null) {
      c = c.rolloutStrategy(rolloutStrategy);
    }
    if (defaultRoute != null) {
      c = c.defaultRoute(defaultRoute);
    }
    if (logLevel != null) {
      c = c.logLevel(logLevel);
    }
    if (operatorLogLevel != null) {
      c = c.operatorLogLevel(operatorLogLevel);
    }
    if (httpProxy != null || httpsProxy != null || noProxy != null) {
      RegistryProxy proxy = RegistryProxy.empty();
      if (httpProxy != null) {
        proxy = proxy.http(httpProxy);
      }
      if (httpsProxy != null) {
        proxy = proxy.https(httpsProxy);
      }
      if (noProxy != null) {
        proxy = proxy.noProxy(noProxy);
      }
      c = c.proxy(proxy);
    }
    if (readOnly != null) {
      c = c.readOnly(readOnly);
    }
    if (disableRedirect != null) {
      c = c.disableRedirect(disableRedirect);
    }
    if (allowDataLoss) {
      c = c.allowDataLoss();
    }
    return c;
  }
}
