package dev.registrysdk.cli;

import dev.registrysdk.api.error.RegistrySdkException;
import dev.registrysdk.cli.command.ApplyCommand;
import dev.registrysdk.cli.command.DoctorCommand;
import dev.registrysdk.cli.command.PlanCommand;
import dev.registrysdk.cli.command.RenderCommand;
import dev.registrysdk.cli.command.RootCommand;
import dev.registrysdk.cli.command.StatusCommand;
import dev.registrysdk.cli.command.TrainCommand;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * {@code registryctl}: plan, apply, status, render and doctor for the integrated image registry.
 *
 * <pre>
 * registryctl apply --managed --storage pvc                 # the cluster of the current kubeconfig context
 * registryctl apply --fake bare-metal --managed --storage pvc   # an embedded fake cluster
 * </pre>
 *
 * <p>In-process use, e.g. in tests: {@code Registryctl.commandLine(env).execute(args)} with
 * {@code setOut}/{@code setErr} for the streams.
 */
public final class Registryctl {

  private Registryctl() {}

  /** The subcommands, by name, in the order help lists them. */
  private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("plan", PlanCommand::new);
    COMMANDS.put("apply", ApplyCommand::new);
    COMMANDS.put("status", StatusCommand::new);
    COMMANDS.put("render", RenderCommand::new);
    COMMANDS.put("doctor", DoctorCommand::new);
    COMMANDS.put("__train", TrainCommand::new);
  }

  /** Runs a command and exits with its code. */
  public static void main(String[] args) {
    int code = commandLine(CliEnvironment.system(), args).execute(args);
    System.exit(code);
  }

  /** The command line with every subcommand, in an environment, with registryctl's exit codes and messages. */
  public static CommandLine commandLine(CliEnvironment environment) {
    return build(environment, COMMANDS.keySet());
  }

  /**
   * The command line for running {@code args}: with only the subcommand they name, since picocli
   * builds the model of every registered command at start-up; with all of them otherwise (help,
   * version, a mistyped name).
   */
  public static CommandLine commandLine(CliEnvironment environment, String... args) {
    String name = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
    return build(environment, COMMANDS.containsKey(name) ? Set.of(name) : COMMANDS.keySet());
  }

  private static CommandLine build(CliEnvironment environment, Set<String> names) {
    CommandLine commandLine = new CommandLine(new RootCommand(environment));
    COMMANDS.forEach((name, command) -> {
      if (names.contains(name)) {
        commandLine.addSubcommand(name, command.get());
      }
    });
    commandLine.setExecutionExceptionHandler(new Errors());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }

  /** Turns what a command throws into a message on standard error and an exit code. */
  private static final class Errors implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception error, CommandLine commandLine, ParseResult parseResult) {
      PrintWriter err = commandLine.getErr();
      int code;
      if (error instanceof UsageException || error instanceof IllegalArgumentException) {
        err.println("registryctl: " + error.getMessage());
        err.println("See: registryctl " + commandLine.getCommandName() + " --help");
        code = ExitCodes.USAGE;
      } else if (error instanceof RegistrySdkException sdk) {
        err.println("registryctl: " + sdk.getMessage());
        code = ExitCodes.of(sdk);
      } else if (error instanceof KubernetesClientException api) {
        err.println("registryctl: the cluster could not be reached or refused a request: " + causes(api));
        code = ExitCodes.FAILED;
      } else {
        err.println("registryctl: unexpected error: " + causes(error));
        if (parseResult.hasMatchedOption("--verbose")) {
          error.printStackTrace(err);
        }
        code = ExitCodes.FAILED;
      }
      err.flush();
      return code;
    }

    private static String causes(Throwable error) {
      StringBuilder out = new StringBuilder(String.valueOf(error.getMessage()));
      for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
        out.append(": ").append(cause.getClass().getSimpleName());
        if (cause.getMessage() != null) {
          out.append(' ').append(cause.getMessage());
        }
      }
      return out.toString();
    }
  }
}
