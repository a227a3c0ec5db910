package dev.registrysdk.cli.daemon;

import java.util.function.Function;
import picocli.CommandLine.Help.Ansi;

/**
 * Whether picocli colours help and error messages for a client: its {@code Ansi.AUTO} rule (4.7, on
 * Unix) applied to the client's environment and terminal instead of the daemon's, which has neither.
 */
final class TerminalColors {

  private TerminalColors() {}

  /** {@code ON} or {@code OFF}, as picocli would decide in the client's process. */
  static Ansi of(boolean console, Function<String, String> variables) {
    return Ansi.valueOf(enabled(console, variables));
  }

  private static boolean enabled(boolean console, Function<String, String> variables) {
    if (variables.apply("NO_COLOR") != null) {
      return false;
    }
    String force = variables.apply("CLICOLOR_FORCE");
    if (force != null && !force.equals("0")) {
      return true;
    }
    if ("0".equals(variables.apply("CLICOLOR")) || "OFF".equals(variables.apply("ConEmuANSI"))) {
      return false;
    }
    return console;
  }
}
