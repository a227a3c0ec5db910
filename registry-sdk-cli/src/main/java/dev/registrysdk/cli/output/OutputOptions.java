package dev.registrysdk.cli.output;

import picocli.CommandLine.Option;

/** {@code -o/--output}; a picocli mixin. */
public final class OutputOptions {

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", converter = OutputFormat.Converter.class,
      description = "text (default), json or yaml. JSON and YAML go to standard output alone; progress goes to standard error.")
  OutputFormat format = OutputFormat.TEXT;

  /** The chosen format. */
  public OutputFormat format() {
    return format;
  }

  /** Whether people read the output. */
  public boolean text() {
    return format == OutputFormat.TEXT;
  }
}
