package dev.registrysdk.testkit.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP request, decoded.
 *
 * @param method the HTTP method
 * @param path the path without the query
 * @param query the decoded query parameters (first value of each)
 * @param contentType the {@code Content-Type} header, or empty
 * @param accept the {@code Accept} header, or empty
 * @param userAgent the {@code User-Agent} header, or empty
 * @param body the body, or empty
 * @param webSocket whether the request asks for a WebSocket upgrade
 */
@TestkitInternal
public record ApiRequest(String method, String path, Map<String, String> query, String contentType,
    String accept, String userAgent, String body, boolean webSocket) {

  /** Copies the query. */
  public ApiRequest {
    query = Map.copyOf(query);
  }

  /** Splits a request target ({@code /path?query}) into path and decoded query. */
  public static Map.Entry<String, Map<String, String>> splitTarget(String target) {
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    Map<String, String> query = new LinkedHashMap<>();
    if (q >= 0) {
      for (String pair : target.substring(q + 1).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        query.putIfAbsent(key, value);
      }
    }
    return Map.entry(path, query);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  /** Returns a query parameter, or {@code null}. */
  public String param(String name) {
    return query.get(name);
  }

  /** Returns whether the client asked for a {@code meta.k8s.io} Table. */
  public boolean wantsTable() {
    return accept.contains("as=Table");
  }

  /**
   * Returns the field manager of a write: the {@code fieldManager} parameter, else the start of the
   * user agent, as the API server derives it.
   */
  public String fieldManager() {
    String manager = param("fieldManager");
    if (manager != null && !manager.isBlank()) {
      return manager;
    }
    if (userAgent.isBlank()) {
      return "unknown";
    }
    String first = userAgent.split("[/ ]")[0];
    return first.isBlank() ? "unknown" : first;
  }

  /** Returns whether the request is a watch. */
  public boolean isWatch() {
    String watch = param("watch");
    return "true".equals(watch) || "1".equals(watch);
  }
}
