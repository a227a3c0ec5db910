package dev.registrysdk.cli.progress;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/** {@code --progress}. */
public enum ProgressMode {
  /** Live on a terminal, plain otherwise. */
  AUTO,
  /** A line redrawn in place, with a spinner and the elapsed time. */
  LIVE,
  /** One line per step, for logs. */
  PLAIN,
  /** Nothing. */
  NONE;

  /** Converts {@code auto}, {@code live}, {@code plain}, {@code none}. */
  public static final class Converter implements ITypeConverter<ProgressMode> {
    @Override
    public ProgressMode convert(String value) {
      return ProgressMode.valueOf(value.toUpperCase(Locale.ROOT));
    }
  }
}
