package dev.registrysdk.testkit.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.registrysdk.testkit.server.Json;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the {@code status.conditions} of an object (used for ClusterOperator {@code
 * image-registry}; {@link RegistryAssert} offers the same for the Config).
 */
public class ConditionsAssert extends AbstractAssert<ConditionsAssert, JsonNode> {

  private final String description;

  ConditionsAssert(String description, JsonNode object) {
    super(object, ConditionsAssert.class);
    this.description = description;
  }

  /** Verifies a condition's status. */
  public ConditionsAssert hasCondition(String type, String status) {
    return hasCondition(type, status, null);
  }

  /** Verifies a condition's status and reason ({@code null} reason: any). */
  public ConditionsAssert hasCondition(String type, String status, String reason) {
    checkCondition(description, actual, type, status, reason, this::fail);
    return this;
  }

  /** Verifies that a condition's message contains a text. */
  public ConditionsAssert hasConditionMessageContaining(String type, String text) {
    JsonNode c = condition(actual, type);
    if (c == null || !c.path("message").asText("").contains(text)) {
      failWithMessage("Expected %s condition %s to have a message containing%n  %s%nbut it was%n  %s%n%s",
          description, type, text, c == null ? "<no such condition>" : c.path("message").asText(""),
          listConditions(actual));
    }
    return this;
  }

  private void fail(String message) {
    failWithMessage("%s", message);
  }

  static JsonNode condition(JsonNode object, String type) {
    JsonNode conditions = Json.at(object, "status.conditions");
    if (conditions != null) {
      for (JsonNode c : conditions) {
        if (type.equals(c.path("type").asText())) {
          return c;
        }
      }
    }
    return null;
  }

  static void checkCondition(String description, JsonNode object, String type, String status, String reason,
      java.util.function.Consumer<String> fail) {
    JsonNode c = condition(object, type);
    boolean ok = c != null && status.equals(c.path("status").asText())
        && (reason == null || reason.equals(c.path("reason").asText("")));
    if (!ok) {
      fail.accept("Expected " + description + " to have condition " + type + "=" + status
          + (reason == null ? "" : " (reason " + reason + ")") + " but "
          + (c == null ? "there is no " + type + " condition" : "it is " + type + "=" + c.path("status").asText()
              + " (reason " + c.path("reason").asText("") + ", message \"" + c.path("message").asText("") + "\")")
          + ".\n" + listConditions(object));
    }
  }

  static String listConditions(JsonNode object) {
    JsonNode conditions = Json.at(object, "status.conditions");
    if (conditions == null || conditions.isEmpty()) {
      return "It has no conditions (has the operator reconciled it? is it paused?)";
    }
    List<String> lines = new ArrayList<>();
    for (JsonNode c : conditions) {
      lines.add("  " + c.path("type").asText() + "=" + c.path("status").asText() + " reason="
          + c.path("reason").asText("") + " message=\"" + c.path("message").asText("").replace("\n", "\\n") + "\"");
    }
    return "Its conditions are:\n" + String.join("\n", lines);
  }
}
