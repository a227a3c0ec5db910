package dev.registrysdk.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What {@code registryctl} takes from the process that runs it: environment variables (for
 * credentials given as {@code env:NAME}, {@code KUBECONFIG}, {@code HOME}), whether the user watches
 * a terminal, and the working directory. The one source of these facts: commands never read
 * {@code System.getenv} or {@code user.dir} themselves, so a run can take them from elsewhere — from
 * tests, or from the client a {@code registryctl} daemon serves.
 *
 * @param variables environment variable lookup; returns {@code null} for an unset variable
 * @param interactive whether a person watches a terminal, so a live progress line may be drawn
 * @param workingDirectory where relative paths start
 * @param ownProcess whether these are the facts of this very process, so that what libraries read
 *     from the process on their own (fabric8's in-cluster service account and environment settings, a
 *     kubeconfig's credential plugin, which inherits the process environment) agrees with them
 */
public record CliEnvironment(Function<String, String> variables, boolean interactive, Path workingDirectory,
    boolean ownProcess) {

  /** Checks the values. */
  public CliEnvironment {
    Objects.requireNonNull(variables, "variables");
    Objects.requireNonNull(workingDirectory, "workingDirectory");
  }

  /** The process's own environment. */
  public static CliEnvironment system() {
    return new CliEnvironment(System::getenv, interactive(System.console() != null, System::getenv),
        Path.of("").toAbsolutePath(), true);
  }

  /** An environment with exactly these variables, not interactive, in {@code workingDirectory}. */
  public static CliEnvironment of(Map<String, String> variables, Path workingDirectory) {
    Map<String, String> copy = Map.copyOf(variables);
    return new CliEnvironment(copy::get, false, workingDirectory, false);
  }

  /**
   * Whether a person watches: standard input and output are a terminal ({@code System.console()}
   * exists) and {@code TERM} names one that can redraw a line.
   */
  public static boolean interactive(boolean console, Function<String, String> variables) {
    String term = variables.apply("TERM");
    return console && term != null && !term.equals("dumb");
  }

  /** The value of an environment variable. */
  public Optional<String> variable(String name) {
    return Optional.ofNullable(variables.apply(name));
  }

  /** A path relative to the working directory, or absolute. */
  public Path resolve(String path) {
    return workingDirectory.resolve(path);
  }
}
