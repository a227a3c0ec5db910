package dev.registrysdk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Runs registryctl in-process with captured streams, as a user would run it from a shell. */
final class Cli {

  /** What a run printed and returned. */
  record Result(int exitCode, String out, String err) {
    /** Both streams, for messages and for checks that nothing leaked anywhere. */
    String all() {
      return out + err;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  private Cli() {}

  /** Runs with no environment variables, in the current directory. */
  static Result run(String... args) {
    return run(Map.of(), Path.of("").toAbsolutePath(), args);
  }

  /** Runs with these environment variables, in {@code directory}. */
  static Result run(Map<String, String> environment, Path directory, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Registryctl.commandLine(CliEnvironment.of(environment, directory), args);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
