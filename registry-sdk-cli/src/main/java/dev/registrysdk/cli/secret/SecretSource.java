package dev.registrysdk.cli.secret;

import java.util.Locale;
import picocli.CommandLine;

/**
 * Where to read a credential: {@code env:NAME} (an environment variable), {@code file:PATH} (a
 * file, trailing newline removed) or {@code placeholder} (only for {@code render}, which never
 * writes values). A credential itself is refused as an argument, because arguments show in
 * {@code ps} and shell history.
 */
public sealed interface SecretSource {

  /** What the source is, for messages; never the value. */
  String describe();

  /** From an environment variable. */
  record FromEnvironment(String variable) implements SecretSource {
    @Override
    public String describe() {
      return "environment variable " + variable;
    }
  }

  /** From a file. */
  record FromFile(String path) implements SecretSource {
    @Override
    public String describe() {
      return "file " + path;
    }
  }

  /** A stand-in value for rendering manifests, which never contain values. */
  record Placeholder() implements SecretSource {
    @Override
    public String describe() {
      return "a placeholder";
    }
  }

  /**
   * Parses {@code env:NAME}, {@code file:PATH} or {@code placeholder}.
   *
   * @throws IllegalArgumentException for anything else, without repeating the text (it may be a secret)
   */
  static SecretSource parse(String text) {
    if (text.startsWith("env:") && text.length() > 4) {
      return new FromEnvironment(text.substring(4));
    }
    if (text.startsWith("file:") && text.length() > 5) {
      return new FromFile(text.substring(5));
    }
    if (text.toLowerCase(Locale.ROOT).equals("placeholder")) {
      return new Placeholder();
    }
    throw new IllegalArgumentException("a credential is given as env:VARIABLE or file:PATH, never as the value"
        + " itself (arguments show in ps and shell history)");
  }

  /** Converts option values; the message never repeats the value. */
  final class Converter implements CommandLine.ITypeConverter<SecretSource> {
    @Override
    public SecretSource convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
