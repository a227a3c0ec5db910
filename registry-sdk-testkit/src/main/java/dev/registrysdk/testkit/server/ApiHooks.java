package dev.registrysdk.testkit.server;

import dev.registrysdk.testkit.requests.ApiCall;
import io.fabric8.mockwebserver.http.MockResponse;
import java.time.Duration;

/**
 * Extension points of the HTTP dispatcher: fault injection, the request log and the controllers
 * that run after writes.
 */
@TestkitInternal
public interface ApiHooks {

  /** No hooks. */
  ApiHooks NONE = new ApiHooks() {
  };

  /**
   * Called before a request is handled.
   *
   * @return an answer to send instead of handling the request (an injected fault), or {@code null}
   */
  default MockResponse intercept(ApiCall call) {
    return null;
  }

  /** Returns the extra latency to add to the answer of a request. */
  default Duration latency(ApiCall call) {
    return Duration.ZERO;
  }

  /** Called with every request once it is answered. */
  default void answered(ApiCall call) {
  }

  /**
   * Called after a write request changed state and before its answer is sent, so that simulated
   * controllers can react at once.
   */
  default void afterWrite() {
  }
}
