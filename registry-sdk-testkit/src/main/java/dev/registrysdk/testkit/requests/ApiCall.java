package dev.registrysdk.testkit.requests;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request a client sent to the fake cluster, as the request log keeps it.
 *
 * <p>Requests made by the simulated operator and controllers do not go over HTTP and are not logged.
 *
 * @param method the HTTP method: {@code GET}, {@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}
 * @param verb the Kubernetes verb: {@code get}, {@code list}, {@code watch}, {@code create}, {@code
 *     update}, {@code patch}, {@code delete}, {@code deletecollection}, or {@code discovery} for
 *     non-resource paths
 * @param path the request path without the query
 * @param group the API group of the resource, empty for the core group or non-resource paths
 * @param resource the resource (plural), e.g. {@code configs}, or empty for non-resource paths
 * @param namespace the namespace, or empty
 * @param name the object name, or empty
 * @param subresource the subresource, e.g. {@code status}, or empty
 * @param query the query parameters (first value of each)
 * @param contentType the request's {@code Content-Type}, or empty
 * @param body the request body, or empty
 * @param userAgent the {@code User-Agent}, or empty
 * @param code the HTTP status code of the answer (0 while the request is in flight)
 * @param time when the request arrived, on the cluster clock
 */
public record ApiCall(
    String method,
    String verb,
    String path,
    String group,
    String resource,
    String namespace,
    String name,
    String subresource,
    Map<String, String> query,
    String contentType,
    String body,
    String userAgent,
    int code,
    Instant time) {

  /** Copies the query map and checks for nulls. */
  public ApiCall {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(verb, "verb");
    query = Map.copyOf(query);
  }

  /** Returns a query parameter. */
  public Optional<String> queryParameter(String parameter) {
    return Optional.ofNullable(query.get(parameter));
  }

  /** Returns whether the request asked for a dry run ({@code dryRun=All}). */
  public boolean dryRun() {
    return "All".equals(query.get("dryRun"));
  }

  /** Returns the {@code fieldManager} parameter, if sent. */
  public Optional<String> fieldManager() {
    return queryParameter("fieldManager");
  }

  /** Returns whether the request asks to change state: POST, PUT, PATCH or DELETE. */
  public boolean isWrite() {
    return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
  }

  /** Returns whether the method and resource match, case-insensitively for the method. */
  public boolean matches(String httpMethod, String resourceName) {
    return method.equalsIgnoreCase(httpMethod) && resource.equals(resourceName);
  }

  /** Returns a copy with the answer's status code. */
  public ApiCall withCode(int answeredCode) {
    return new ApiCall(method, verb, path, group, resource, namespace, name, subresource, query, contentType,
        body, userAgent, answeredCode, time);
  }

  /** Returns {@code PATCH /apis/...?... -> 200}, without the body. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(method).append(' ').append(path);
    if (!query.isEmpty()) {
      s.append('?');
      query.forEach((k, v) -> s.append(k).append('=').append(v).append('&'));
      s.setLength(s.length() - 1);
    }
    if (!contentType.isEmpty()) {
      s.append(" [").append(contentType).append(']');
    }
    if (code != 0) {
      s.append(" -> ").append(code);
    }
    return s.toString();
  }
}
