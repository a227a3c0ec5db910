package dev.registrysdk.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What {@code registryctl} takes from its process: environment variables (for credentials given as
 * {@code env:NAME}), whether the user watches a terminal, and the working directory. Tests pass
 * their own.
 *
 * @param variables environment variable lookup; returns {@code null} for an unset variable
 * @param interactive whether a person watches a terminal, so a live progress line may be drawn
 * @param workingDirectory where relative paths start
 */
public record CliEnvironment(Function<String, String> variables, boolean interactive, Path workingDirectory) {

  /** Checks the values. */
  public CliEnvironment {
    Objects.requireNonNull(variables, "variables");
    Objects.requireNonNull(workingDirectory, "workingDirectory");
  }

  /** The process's own environment. */
  public static CliEnvironment system() {
    String term = System.getenv("TERM");
    boolean terminal = System.console() != null && term != null && !term.equals("dumb");
    return new CliEnvironment(System::getenv, terminal, Path.of("").toAbsolutePath());
  }

  /** An environment with exactly these variables, not interactive, in {@code workingDirectory}. */
  public static CliEnvironment of(Map<String, String> variables, Path workingDirectory) {
    Map<String, String> copy = Map.copyOf(variables);
    return new CliEnvironment(copy::get, false, workingDirectory);
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
