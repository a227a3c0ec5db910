package dev.registrysdk.core.pruner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronScheduleTest {

  @ParameterizedTest(name = "\"{0}\"")
  @DisplayName("accepts what a CronJob accepts")
  @ValueSource(strings = {"0 0 * * *", "30 2 * * *", "*/15 * * * *", "0 0-6/2 * * 1-5", "0 0 1,15 * *", "0 0 ? * MON-FRI",
      "0 0 1 JAN,jul *", "59 23 31 12 6", "  0 0 * * *  ", "@daily", "@hourly", "@weekly", "@midnight"})
  void valid(String schedule) {
    assertThat(CronSchedule.problem(schedule)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @DisplayName("refuses what a CronJob refuses, saying why")
  @CsvSource(delimiter = '|', value = {
      "0 0 * *|has 4 fields",
      "0 0 * * * *|has 6 fields",
      "''|is empty",
      "60 0 * * *|minute field \"60\" holds a value outside 0-59",
      "0 24 * * *|hour field",
      "0 0 0 * *|day of month field",
      "0 0 * 13 *|month field \"13\" holds a value outside 1-12 or JAN-DEC",
      "0 0 * * 7|day of week field",
      "0 0 * * FUNDAY|day of week field",
      "*/0 * * * *|step that is not a positive number",
      "0 5-2 * * *|ends before it starts",
      "0 1-2-3 * * *|more than two ends",
      "0 ? * * *|hour field",
      "@every-day|is not one of",
      "TZ=UTC 0 0 * * *|time zone"})
  void invalid(String schedule, String why) {
    assertThat(CronSchedule.problem(schedule)).hasValueSatisfying(p -> assertThat(p).contains(why));
  }
}
