package dev.registrysdk.api;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An additional route to the registry ({@code spec.routes[]}), for example a custom host name.
 *
 * <pre>{@code
 * RegistryRoute route = RegistryRoute.named("internal")
 *     .hostname("registry-int.apps.example.com")
 *     .tls(RouteTls.fromSecret("registry-int-tls"));
 * }</pre>
 *
 * <p>Immutable: each method returns a new route; a dropped result is a bug. Names must be unique
 * and must not be {@code default-route}, which the operator reserves for
 * {@code spec.defaultRoute}; the engine reports both as findings before anything is written.
 */
@Value.Immutable
public abstract class RegistryRoute {

  RegistryRoute() {}

  /** The route's name, unique among the registry's routes. */
  @Value.Parameter
  public abstract String name();

  /** The route's host name; the router picks one when absent. */
  public abstract Optional<String> hostname();

  /** Where the route's certificate comes from; the router's default certificate when absent. */
  public abstract Optional<RouteTls> tls();

  /** A route with the given name and nothing else set. */
  public static RegistryRoute named(String name) {
    return ImmutableRegistryRoute.of(name);
  }

  /** A copy with the given host name. */
  public RegistryRoute hostname(String hostname) {
    return ImmutableRegistryRoute.builder().from(this).hostname(hostname).build();
  }

  /** A copy whose certificate comes from {@code tls}. */
  public RegistryRoute tls(RouteTls tls) {
    return ImmutableRegistryRoute.builder().from(this).tls(tls).build();
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("A registry route needs a name: RegistryRoute.named(\"internal\")");
    }
  }
}
