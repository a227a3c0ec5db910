package dev.registrysdk.cli.command;

import dev.registrysdk.cli.CliEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code registryctl}: only holds the subcommands and the options they share. The subcommands are
 * added by {@link dev.registrysdk.cli.Registryctl}, only the one a run needs, since picocli builds
 * every registered command's model up front.
 */
@Command(name = "registryctl",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Configures the OpenShift integrated image registry: validated, planned, applied, awaited.",
    exitCodeOnInvalidInput = 1,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done (planned; applied and ready; healthy)",
        "1:usage error",
        "2:refused by validation, nothing written",
        "3:not ready in time",
        "4:failed (operator failure, conflict, API error)"},
    footer = {"%nCredentials are given as env:VARIABLE or file:PATH, never as values."})
public final class RootCommand {

  private final CliEnvironment environment;

  @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
      description = "Log what the SDK does (DEBUG) to standard error; secret values are never logged.")
  boolean verbose;

  /** The root command in an environment. */
  public RootCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  CliEnvironment environment() {
    return environment;
  }
}
