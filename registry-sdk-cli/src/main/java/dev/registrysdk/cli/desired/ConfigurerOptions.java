package dev.registrysdk.cli.desired;

import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.core.RegistryConfigurer;

/**
 * A group of options that sets part of the desired state. Only options the user gave are applied,
 * so the SDK touches only what was named.
 */
public interface ConfigurerOptions {

  /**
   * Adds what these options name to {@code configurer}.
   *
   * @throws dev.registrysdk.cli.UsageException if the options do not go together, or a file or
   *     credential cannot be read
   */
  RegistryConfigurer applyTo(RegistryConfigurer configurer, SecretReader secrets, CliEnvironment environment);
}
