package dev.registrysdk.core.validate;

import dev.registrysdk.api.finding.Finding;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Proxy URLs must be http or https URLs with a host. */
final class ProxyRule implements RegistryRule {

  @Override
  public List<Finding> check(ValidationInput input) {
    List<Finding> out = new ArrayList<>();
    input.desired().proxy().ifPresent(proxy -> {
      check("http", proxy.http(), out);
      check("https", proxy.https(), out);
    });
    return out;
  }

  private static void check(String field, Optional<String> url, List<Finding> out) {
    url.filter(u -> !u.isEmpty() && !valid(u)).ifPresent(u -> out.add(Finding.error(FindingCodes.PROXY_URL_INVALID,
        "spec.proxy." + field, "\"" + u + "\" is not an http:// or https:// URL with a host",
        "Use a URL such as http://proxy.example.com:3128")));
  }

  private static boolean valid(String url) {
    try {
      URI uri = new URI(url);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
