package dev.registrysdk.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LabelSelector")
class LabelSelectorTest {

  private static final Map<String, String> LABELS = Map.of("tier", "db", "app", "registry");

  @ParameterizedTest(name = "''{0}'' matches: {1}")
  @CsvSource(delimiter = '|', value = {
      "tier=db|true", "tier==db|true", "tier!=db|false", "tier in (db,web)|true", "tier in (web)|false",
      "tier notin (web)|true", "tier notin (db, web)|false", "app|true", "!app|false", "!zone|true",
      "app=registry,tier in (db)|true", "app=registry,tier notin (db)|false", "''|true"})
  void matches(String selector, boolean expected) {
    assertThat(LabelSelector.parse(selector).matches(LABELS)).isEqualTo(expected);
  }

  @Test
  @DisplayName("rejects a set without parentheses with a 400")
  void invalid() {
    assertThatThrownBy(() -> LabelSelector.parse("tier in db"))
        .isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo(400))
        .hasMessageContaining("unable to parse requirement");
  }
}
