package dev.registrysdk.api.sources;

import org.immutables.value.Value;

/**
 * A registry image streams may be imported from ({@code spec.allowedRegistriesForImport[]}).
 *
 * <pre>{@code
 * RegistryLocation.of("quay.io");
 * RegistryLocation.of("registry.lab.example.com:5000").insecure(true);
 * }</pre>
 */
@Value.Immutable
public abstract class RegistryLocation {

  RegistryLocation() {}

  /** The registry's domain name, with the port when it is not 80 or 443. */
  @Value.Parameter
  public abstract String domainName();

  /** Whether the registry may be reached without TLS or with a certificate that is not trusted. */
  @Value.Default
  public boolean insecure() {
    return false;
  }

  /** A secure registry location. */
  public static RegistryLocation of(String domainName) {
    return ImmutableRegistryLocation.of(domainName);
  }

  /** A copy that is, or is not, insecure. */
  public RegistryLocation insecure(boolean insecure) {
    return ImmutableRegistryLocation.builder().from(this).insecure(insecure).build();
  }
}
