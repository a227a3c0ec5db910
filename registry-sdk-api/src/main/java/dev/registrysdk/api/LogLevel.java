package dev.registrysdk.api;

import java.util.Arrays;
import java.util.Optional;

/** A log level of the registry ({@code spec.logLevel}) or of its operator ({@code spec.operatorLogLevel}). */
public enum LogLevel {
  /** The default. */
  NORMAL("Normal"),
  /** More detail; the registry logs at {@code debug}. */
  DEBUG("Debug"),
  /** Even more detail. */
  TRACE("Trace"),
  /** Everything. */
  TRACE_ALL("TraceAll");

  private final String wireValue;

  LogLevel(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as the API spells it. */
  public String wireValue() {
    return wireValue;
  }

  /** Parses the API spelling; empty for anything else. */
  public static Optional<LogLevel> fromWireValue(String value) {
    return Arrays.stream(values()).filter(s -> s.wireValue.equals(value)).findFirst();
  }
}
