package dev.registrysdk.core.validate;

import dev.registrysdk.api.RegistryRoute;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.resource.RegistryObjects;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Route names are unique and never {@code default-route} (the operator rejects both with
 * {@code duplication of names has been detected in the additional routes}); names and host names
 * are DNS-1123 subdomains.
 */
final class RoutesRule implements RegistryRule {

  @Override
  public List<Finding> check(ValidationInput input) {
    List<RegistryRoute> routes = input.desired().allRoutes();
    List<Finding> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < routes.size(); i++) {
      RegistryRoute route = routes.get(i);
      String path = "spec.routes[" + i + "]";
      if (RegistryObjects.DEFAULT_ROUTE.equals(route.name())) {
        out.add(Finding.error(FindingCodes.ROUTE_NAME_RESERVED, path + ".name",
            "the route name default-route is reserved for spec.defaultRoute; the operator would fail with "
                + "\"duplication of names has been detected in the additional routes\"",
            "Use defaultRoute(true) for the default route, or give this route another name"));
      } else if (!seen.add(route.name())) {
        out.add(Finding.error(FindingCodes.ROUTE_NAME_DUPLICATE, path + ".name",
            "the route name " + route.name() + " is used twice; the operator would fail with "
                + "\"duplication of names has been detected in the additional routes\"",
            "Give every route a unique name"));
      }
      if (!Dns.isSubdomain(route.name())) {
        out.add(Finding.error(FindingCodes.ROUTE_NAME_INVALID, path + ".name",
            "the route name \"" + route.name() + "\" is not a DNS-1123 subdomain",
            "Use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit"));
      }
      route.hostname().filter(h -> !Dns.isSubdomain(h)).ifPresent(h -> out.add(
          Finding.error(FindingCodes.ROUTE_HOSTNAME_INVALID, path + ".hostname",
              "the host name \"" + h + "\" is not a DNS-1123 subdomain",
              "Use a host name such as registry.apps.example.com: lower case, no scheme, no port, no path")));
    }
    return out;
  }
}
