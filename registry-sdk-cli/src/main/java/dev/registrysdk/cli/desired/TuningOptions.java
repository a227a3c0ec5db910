package dev.registrysdk.cli.desired;

import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.core.RegistryConfigurer;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How the engine waits and retries: the SDK's defaults unless given. */
public final class TuningOptions implements ConfigurerOptions {

  @Option(names = "--config-timeout", paramLabel = "DURATION", converter = Converters.GoDurations.class,
      description = "How long to wait for the registry's Config to appear, as right after install. Default: 5m.")
  Duration configTimeout;

  @Option(names = "--provision-timeout", paramLabel = "DURATION", converter = Converters.GoDurations.class,
      description = "How long storage provisioning (a bucket claim) may take. Default: 5m.")
  Duration provisionTimeout;

  @Option(names = "--settle", paramLabel = "DURATION", converter = Converters.GoDurations.class,
      description = "How long readiness must hold before it counts. Default: 1s.")
  Duration settle;

  @Option(names = "--max-conflict-retries", paramLabel = "N",
      description = "How often to re-read and re-plan after another writer changed an object. Default: 5.")
  Integer maxConflictRetries;

  @Override
  public RegistryConfigurer applyTo(RegistryConfigurer configurer, SecretReader secrets, CliEnvironment environment) {
    RegistryConfigurer c = configurer;
    if (configTimeout != null) {
      c = c.waitForConfig(configTimeout);
    }
    if (provisionTimeout != null) {
      c = c.provisionTimeout(provisionTimeout);
    }
    if (settle != null) {
      c = c.settleWindow(settle);
    }
    if (maxConflictRetries != null) {
      c = c.maxConflictRetries(maxConflictRetries);
    }
    return c;
  }
}
