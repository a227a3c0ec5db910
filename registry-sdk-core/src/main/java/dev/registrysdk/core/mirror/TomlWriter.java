package dev.registrysdk.core.mirror;

import java.util.List;

/**
 * Writes the small subset of TOML that {@code registries.conf} uses: string, boolean and
 * string-array keys, and arrays of tables, indented the way the Go TOML encoder of the Machine
 * Config Operator indents them (two spaces per table level, a blank line before each table).
 */
final class TomlWriter {

  private final StringBuilder out = new StringBuilder();
  private String indent = "";
  private boolean pendingBlank;

  /** A {@code key = "value"} line. */
  TomlWriter string(String key, String value) {
    return line(key + " = " + quote(value));
  }

  /** A {@code key = true|false} line. */
  TomlWriter bool(String key, boolean value) {
    return line(key + " = " + value);
  }

  /** A {@code key = ["a", "b"]} line. */
  TomlWriter strings(String key, List<String> values) {
    StringBuilder array = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      array.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
    }
    return line(key + " = " + array.append(']'));
  }

  /**
   * Starts an element of an array of tables, {@code [[name]]} at {@code level} (0 for top-level
   * tables); the keys that follow are indented one level deeper.
   */
  TomlWriter table(String name, int level, boolean blankLineBefore) {
    indent = "  ".repeat(level);
    pendingBlank = blankLineBefore && out.length() > 0;
    line("[[" + name + "]]");
    indent = "  ".repeat(level + 1);
    return this;
  }

  private TomlWriter line(String text) {
    if (pendingBlank) {
      out.append('\n');
      pendingBlank = false;
    }
    out.append(indent).append(text).append('\n');
    return this;
  }

  /** The text written. */
  String text() {
    return out.toString();
  }

  /** A TOML basic string, escaped as the TOML specification asks. */
  static String quote(String value) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\b' -> quoted.append("\\b");
        case '\t' -> quoted.append("\\t");
        case '\n' -> quoted.append("\\n");
        case '\f' -> quoted.append("\\f");
        case '\r' -> quoted.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            quoted.append(String.format("\\u%04X", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
