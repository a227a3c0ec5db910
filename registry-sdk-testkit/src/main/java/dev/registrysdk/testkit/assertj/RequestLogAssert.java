package dev.registrysdk.testkit.assertj;

import dev.registrysdk.testkit.requests.ApiCall;
import dev.registrysdk.testkit.requests.RequestLog;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on the request log. */
public final class RequestLogAssert extends AbstractAssert<RequestLogAssert, RequestLog> {

  RequestLogAssert(RequestLog log) {
    super(log, RequestLogAssert.class);
  }

  /** Verifies that no request changed state (dry runs do not count). */
  public RequestLogAssert hasNoWrites() {
    List<ApiCall> writes = actual.writes();
    if (!writes.isEmpty()) {
      failWithMessage("Expected no writes, but %s request(s) wrote:%n%s%n(a plan or dry run should only read, or"
          + " send dryRun=All)", writes.size(), lines(writes));
    }
    return this;
  }

  /** Verifies the number of requests with a method and resource. */
  public RequestLogAssert hasCount(String method, String resource, long expected) {
    long count = actual.count(method, resource);
    if (count != expected) {
      failWithMessage("Expected %s %s request(s) of %s, but there were %s. All requests:%n%s", expected, method,
          resource, count, actual.describe());
    }
    return this;
  }

  /** Verifies that at least one request with a method and resource was sent. */
  public RequestLogAssert hasRequest(String method, String resource) {
    if (actual.count(method, resource) == 0) {
      failWithMessage("Expected a %s request of %s, but there was none. All requests:%n%s", method, resource,
          actual.describe());
    }
    return this;
  }

  /** Verifies that every write named a field manager. */
  public RequestLogAssert allWritesHaveFieldManager() {
    List<ApiCall> without = actual.writes().stream().filter(c -> c.fieldManager().isEmpty()).toList();
    if (!without.isEmpty()) {
      failWithMessage("Expected every write to send fieldManager, but these did not:%n%s", lines(without));
    }
    return this;
  }

  private static String lines(List<ApiCall> calls) {
    StringBuilder s = new StringBuilder();
    calls.forEach(c -> s.append("  ").append(c).append('\n'));
    return s.toString();
  }
}
