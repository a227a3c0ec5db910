package dev.registrysdk.core.pruner;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks cron schedules as a Kubernetes CronJob parses them: five fields (minute, hour, day of
 * month, month, day of week) of {@code *}, values, ranges, lists and steps, with month and weekday
 * names, or one of the descriptors {@code @yearly}, {@code @monthly}, {@code @weekly}, {@code @daily},
 * {@code @hourly}. Pure.
 *
 * <pre>{@code
 * CronSchedule.problem("0 0 * * *");      // empty
 * CronSchedule.problem("0 0 * *");        // "it has 4 fields; a schedule has 5: ..."
 * }</pre>
 */
public final class CronSchedule {

  private static final Set<String> DESCRIPTORS =
      Set.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final List<String> DAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");

  private static final String[] NAMES = {"minute", "hour", "day of month", "month", "day of week"};
  private static final int[] MIN = {0, 0, 1, 1, 0};
  private static final int[] MAX = {59, 23, 31, 12, 6};

  private CronSchedule() {}

  /** Why {@code schedule} is not a valid schedule; empty if it is. */
  public static Optional<String> problem(String schedule) {
    String trimmed = schedule.trim();
    if (trimmed.isEmpty()) {
      return Optional.of("it is empty");
    }
    if (trimmed.startsWith("TZ=") || trimmed.startsWith("CRON_TZ=")) {
      return Optional.of("a time zone cannot be given in the schedule");
    }
    if (trimmed.startsWith("@")) {
      return DESCRIPTORS.contains(trimmed.toLowerCase(Locale.ROOT)) ? Optional.empty()
          : Optional.of("\"" + trimmed + "\" is not one of " + DESCRIPTORS);
    }
    String[] fields = trimmed.split("\\s+");
    if (fields.length != 5) {
      return Optional.of("it has " + fields.length + " fields; a schedule has 5: minute hour day-of-month month day-of-week");
    }
    for (int i = 0; i < fields.length; i++) {
      Optional<String> problem = field(fields[i], i);
      if (problem.isPresent()) {
        return Optional.of("the " + NAMES[i] + " field \"" + fields[i] + "\" " + problem.get());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> field(String field, int index) {
    for (String term : field.split(",", -1)) {
      Optional<String> problem = term(term, index);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> term(String term, int index) {
    String range = term;
    int slash = term.indexOf('/');
    if (slash >= 0) {
      range = term.substring(0, slash);
      Optional<Integer> step = number(term.substring(slash + 1));
      if (step.isEmpty() || step.get() < 1) {
        return Optional.of("has a step that is not a positive number");
      }
    }
    if (range.equals("*") || (range.equals("?") && (index == 2 || index == 4))) {
      return Optional.empty();
    }
    String[] ends = range.split("-", -1);
    if (ends.length > 2) {
      return Optional.of("has a range with more than two ends");
    }
    int low = value(ends[0], index);
    int high = ends.length == 2 ? value(ends[1], index) : low;
    if (low < 0 || high < 0) {
      return Optional.of("holds a value outside " + MIN[index] + "-" + MAX[index]
          + (index == 3 ? " or JAN-DEC" : index == 4 ? " or SUN-SAT" : ""));
    }
    if (low > high) {
      return Optional.of("has a range that ends before it starts");
    }
    return Optional.empty();
  }

  /** The value of a number or name in range for the field; -1 if it is not one. */
  private static int value(String text, int index) {
    String lower = text.toLowerCase(Locale.ROOT);
    int named = index == 3 ? MONTHS.indexOf(lower) + 1 : index == 4 ? DAYS.indexOf(lower) : -1;
    if ((index == 3 && named > 0) || (index == 4 && named >= 0)) {
      return named;
    }
    return number(text).filter(n -> n >= MIN[index] && n <= MAX[index]).orElse(-1);
  }

  private static Optional<Integer> number(String text) {
    if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(text));
  }
}
