package dev.registrysdk.testkit.requests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The requests clients sent to a fake cluster over HTTP, in arrival order, for assertions:
 *
 * <pre>{@code
 * assertThat(cluster.requests().count("PATCH", "configs")).isEqualTo(1);
 * assertThat(cluster.requests().writes()).allMatch(call -> call.fieldManager().isPresent());
 * cluster.requests().clear();
 * }</pre>
 *
 * <p>The log keeps the latest {@value #LIMIT} requests. It is thread-safe.
 */
public final class RequestLog {

  /** How many requests are kept. */
  public static final int LIMIT = 10_000;

  private final Deque<ApiCall> calls = new ArrayDeque<>();

  /** Records an answered request. */
  public synchronized void record(ApiCall call) {
    calls.addLast(call);
    while (calls.size() > LIMIT) {
      calls.removeFirst();
    }
  }

  /** Returns every request, oldest first. */
  public synchronized List<ApiCall> all() {
    return List.copyOf(calls);
  }

  /** Returns the requests that match a predicate. */
  public List<ApiCall> matching(Predicate<ApiCall> predicate) {
    return all().stream().filter(predicate).toList();
  }

  /**
   * Returns the requests with an HTTP method and resource, e.g. {@code ("PATCH", "configs")}; {@code
   * "*"} matches any.
   */
  public List<ApiCall> matching(String method, String resource) {
    return matching(call -> ("*".equals(method) || call.method().equalsIgnoreCase(method))
        && ("*".equals(resource) || call.resource().equals(resource)));
  }

  /** Counts the requests with an HTTP method and resource ({@code "*"} matches any). */
  public long count(String method, String resource) {
    return matching(method, resource).size();
  }

  /**
   * Returns the requests that asked to change state (POST, PUT, PATCH, DELETE), leaving out dry runs,
   * which change nothing.
   */
  public List<ApiCall> writes() {
    return matching(call -> call.isWrite() && !call.dryRun());
  }

  /** Returns the dry-run requests. */
  public List<ApiCall> dryRuns() {
    return matching(ApiCall::dryRun);
  }

  /** Returns the last request with a method and resource. */
  public Optional<ApiCall> last(String method, String resource) {
    List<ApiCall> found = matching(method, resource);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
  }

  /** Returns counts keyed by {@code "<METHOD> <resource>"}, e.g. {@code "PATCH configs" -> 2}. */
  public Map<String, Long> counts() {
    Map<String, Long> counts = new TreeMap<>();
    for (ApiCall call : all()) {
      counts.merge(call.method() + " " + (call.resource().isEmpty() ? call.path() : call.resource()), 1L,
          Long::sum);
    }
    return counts;
  }

  /** Forgets every request recorded so far. */
  public synchronized void clear() {
    calls.clear();
  }

  /** Returns one line per request. */
  public String describe() {
    List<String> lines = new ArrayList<>();
    for (ApiCall call : all()) {
      lines.add(call.toString());
    }
    return String.join("\n", lines);
  }
}
