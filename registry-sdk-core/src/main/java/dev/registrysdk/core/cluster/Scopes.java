package dev.registrysdk.core.cluster;

import java.util.regex.Pattern;

/**
 * Registry scopes as the config.openshift.io CRDs and the container runtime see them:
 * {@code host[:port][/path]} or {@code *.domain}.
 *
 * <p>The patterns accept exactly what the CRDs' patterns accept, written without nested
 * quantifiers so that a long invalid entry cannot make matching take exponential time.
 */
public final class Scopes {

  private static final String LABEL = "[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?";
  private static final String HOST = LABEL + "(?:\\." + LABEL + ")*+";
  private static final String PORT = "(?::[0-9]++)?";
  private static final String COMPONENT = "[a-z0-9]++(?:(?:[._]|__|-++)[a-z0-9]++)*+";
  private static final String PATH = "(?:/" + COMPONENT + ")*+";
  private static final String WILDCARD = "\\*(?:\\." + LABEL + ")++";

  /** {@code host[:port][/path]} or {@code *.domain}: registry sources and mirror-set sources. */
  private static final Pattern SCOPE = Pattern.compile("(?:" + WILDCARD + "|" + HOST + PORT + PATH + ")");

  /** {@code host[:port][/path]}: mirrors. */
  private static final Pattern REPOSITORY = Pattern.compile(HOST + PORT + PATH);

  private Scopes() {}

  /**
   * Whether {@code scope} is {@code host[:port][/path]} or {@code *.domain}, without tag or digest,
   * as the items of {@code registrySources} lists and the sources of mirror sets must be.
   */
  public static boolean isScope(String scope) {
    return !scope.isEmpty() && SCOPE.matcher(scope).matches();
  }

  /** Whether {@code repository} is {@code host[:port][/path]}, as mirrors must be. */
  public static boolean isRepository(String repository) {
    return !repository.isEmpty() && REPOSITORY.matcher(repository).matches();
  }

  /** Whether {@code scope} is a {@code *.domain} wildcard. */
  public static boolean isWildcard(String scope) {
    return scope.startsWith("*.");
  }

  /**
   * Whether {@code inner} lies within {@code outer}: the same scope, a repository under it
   * ({@code quay.io/a} within {@code quay.io}), or a host under a wildcard
   * ({@code mirror.example.com/x} and {@code *.a.example.com} within {@code *.example.com}).
   */
  public static boolean isWithin(String inner, String outer) {
    if (inner.equals(outer)) {
      return true;
    }
    if (inner.length() > outer.length() && inner.startsWith(outer) && inner.charAt(outer.length()) == '/') {
      return true;
    }
    if (isWildcard(outer)) {
      String suffix = outer.substring(1);
      String host = host(inner);
      return host.endsWith(suffix) && host.length() > suffix.length();
    }
    return false;
  }

  /** The host of a scope or reference, without port or path: {@code quay.io} for {@code quay.io:443/a}. */
  public static String host(String scope) {
    int end = scope.length();
    for (int i = 0; i < scope.length(); i++) {
      char c = scope.charAt(i);
      if (c == '/' || c == ':' || c == '@') {
        end = i;
        break;
      }
    }
    return scope.substring(0, end);
  }
}
