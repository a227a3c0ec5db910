package dev.registrysdk.testkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.List;

/**
 * Builds HTTP answers.
 */
@TestkitInternal
public final class Responses {

  private Responses() {
  }

  /** A JSON answer. */
  public static MockResponse json(int code, JsonNode body) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json")
        .setHeader("Cache-Control", "no-cache, private").setBody(Json.write(body));
  }

  /** A JSON answer with {@code Warning} headers. */
  public static MockResponse json(int code, JsonNode body, List<String> warnings) {
    MockResponse response = json(code, body);
    for (String warning : warnings) {
      response.addHeader("Warning", "299 - " + FieldError.quote(warning));
    }
    return response;
  }

  /** The Status answer of a failed request. */
  public static MockResponse error(ApiException e) {
    return json(e.code(), Json.toTree(e.status()));
  }

  /** A plain-text answer. */
  public static MockResponse text(int code, String body) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", "text/plain; charset=utf-8")
        .setBody(body);
  }
}
