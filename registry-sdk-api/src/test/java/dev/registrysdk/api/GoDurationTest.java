package dev.registrysdk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoDurationTest {

  @ParameterizedTest(name = "{0} is written as {1}")
  @CsvSource({"PT0S,0s", "PT20S,20s", "PT1H30M,1h30m", "PT0.25S,250ms", "PT1.5S,1.5s", "PT20M,20m", "PT2H0.5S,2h0.5s"})
  void format_writesGoSyntax(String iso, String go) {
    assertThat(GoDuration.format(Duration.parse(iso))).isEqualTo(go);
  }

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource({"0,PT0S", "20s,PT20S", "1h30m,PT1H30M", "250ms,PT0.25S", "1.5s,PT1.5S", "1200s,PT20M"})
  void parse_readsGoSyntax(String go, String iso) {
    assertThat(GoDuration.parse(go)).isEqualTo(Duration.parse(iso));
  }

  @ParameterizedTest
  @CsvSource({"1x", "abc", "10", "5m3"})
  void parse_rejectsTextThatIsNotADuration(String text) {
    assertThatThrownBy(() -> GoDuration.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text);
  }
}
