package dev.registrysdk.testkit.operator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.registrysdk.testkit.server.Json;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The union of conditions onto ClusterOperator image-registry")
class ClusterOperatorUnionTest {

  private static final String NOW = "2025-01-01T00:00:00Z";

  private static String condition(String type, String status) {
    return "{\"type\":\"" + type + "\",\"status\":\"" + status + "\",\"reason\":\"R" + status + "\","
        + "\"lastTransitionTime\":\"" + NOW + "\"}";
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of("Available", "Unknown", "False", "Unknown"),
        Arguments.of("Available", "False", "Unknown", "False"),
        Arguments.of("Available", "True", "Unknown", "Unknown"),
        Arguments.of("Degraded", "Unknown", "True", "Unknown"),
        Arguments.of("Degraded", "False", "True", "True"),
        Arguments.of("Progressing", "False", "False", "False"));
  }

  @ParameterizedTest(name = "{0}: {1} then {2} gives {3}")
  @MethodSource("statuses")
  @DisplayName("takes the first status that is not the normal one")
  void firstNonNormalStatusWins(String suffix, String first, String second, String expected) {
    JsonNode config = Json.parse("[" + condition(suffix, first) + "," + condition("NodeCADaemon" + suffix, second)
        + "]");
    JsonNode union = ClusterOperatorUnion.union(config, null, null, NOW);
    JsonNode result = null;
    for (JsonNode c : union) {
      if (c.path("type").asText().equals(suffix)) {
        result = c;
      }
    }
    assertThat(result).isNotNull();
    assertThat(result.path("status").asText()).isEqualTo(expected);
  }
}
