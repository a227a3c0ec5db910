package dev.registrysdk.api;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts between {@link Duration} and the duration strings of the Kubernetes API ({@code 1h30m},
 * {@code 20s}, {@code 1.5s}), which follow Go's {@code time.Duration} syntax.
 */
public final class GoDuration {

  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

  private GoDuration() {}

  /** Formats a non-negative duration, e.g. {@code PT1H30M} as {@code 1h30m}, zero as {@code 0s}. */
  public static String format(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("A duration must not be negative: " + duration);
    }
    if (duration.isZero()) {
      return "0s";
    }
    StringBuilder out = new StringBuilder();
    long hours = duration.toHours();
    int minutes = duration.toMinutesPart();
    int seconds = duration.toSecondsPart();
    int nanos = duration.toNanosPart();
    if (hours > 0) {
      out.append(hours).append('h');
    }
    if (minutes > 0) {
      out.append(minutes).append('m');
    }
    if (nanos == 0) {
      if (seconds > 0) {
        out.append(seconds).append('s');
      }
    } else if (nanos % 1_000_000 == 0 && seconds == 0 && out.length() == 0) {
      out.append(nanos / 1_000_000).append("ms");
    } else {
      String fraction = String.format("%09d", nanos).replaceAll("0+$", "");
      out.append(seconds).append('.').append(fraction).append('s');
    }
    return out.toString();
  }

  /** Parses a Go duration string such as {@code 1h30m} or {@code 250ms}. */
  public static Duration parse(String text) {
    if ("0".equals(text)) {
      return Duration.ZERO;
    }
    Matcher m = PART.matcher(text);
    int position = 0;
    Duration total = Duration.ZERO;
    while (m.find()) {
      if (m.start() != position) {
        break;
      }
      position = m.end();
      double amount = Double.parseDouble(m.group(1));
      long nanosPerUnit =
          switch (m.group(2)) {
            case "ns" -> 1L;
            case "us", "µs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            default -> 3_600_000_000_000L;
          };
      total = total.plusNanos(Math.round(amount * nanosPerUnit));
    }
    if (position == 0 || position != text.length()) {
      throw new IllegalArgumentException("Not a duration such as 30s, 5m or 1h30m: \"" + text + "\"");
    }
    return total;
  }
}
