package dev.registrysdk.api;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Proxy settings of the registry ({@code spec.proxy}). Each field set here overrides the same field
 * of the cluster-wide proxy for the registry only.
 *
 * <pre>{@code
 * RegistryProxy proxy = RegistryProxy.empty().https("http://proxy.example.com:3128").noProxy(".cluster.local");
 * }</pre>
 */
@Value.Immutable
public abstract class RegistryProxy {

  RegistryProxy() {}

  /** The HTTP proxy URL. */
  public abstract Optional<String> http();

  /** The HTTPS proxy URL. */
  public abstract Optional<String> https();

  /** Comma-separated hosts, domains or CIDRs that bypass the proxy. */
  public abstract Optional<String> noProxy();

  /** Proxy settings with nothing set. */
  public static RegistryProxy empty() {
    return ImmutableRegistryProxy.builder().build();
  }

  /** A copy with the HTTP proxy set. */
  public RegistryProxy http(String url) {
    return ImmutableRegistryProxy.builder().from(this).http(url).build();
  }

  /** A copy with the HTTPS proxy set. */
  public RegistryProxy https(String url) {
    return ImmutableRegistryProxy.builder().from(this).https(url).build();
  }

  /** A copy with the no-proxy list set. */
  public RegistryProxy noProxy(String hosts) {
    return ImmutableRegistryProxy.builder().from(this).noProxy(hosts).build();
  }
}
