package dev.registrysdk.api;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The certificate of a registry route: an existing {@code kubernetes.io/tls} secret in
 * {@code openshift-image-registry}, or PEM text from which the SDK creates that secret.
 *
 * <p>The operator reads the keys {@code tls.crt}, {@code tls.key} and, when present,
 * {@code tls.cacrt}. The private key is redacted from {@link #toString()}, plans and logs.
 */
@Value.Immutable
public abstract class RouteTls {

  RouteTls() {}

  /** The name of an existing secret in {@code openshift-image-registry}. */
  public abstract Optional<String> secretName();

  /** The certificate chain, PEM. */
  public abstract Optional<String> certificatePem();

  /** The private key, PEM; never printed. */
  @Value.Redacted
  public abstract Optional<String> privateKeyPem();

  /** The CA certificate the router uses to verify the registry's own certificate, PEM. */
  public abstract Optional<String> caCertificatePem();

  /** Uses a secret that already exists in {@code openshift-image-registry}. */
  public static RouteTls fromSecret(String secretName) {
    return ImmutableRouteTls.builder().secretName(secretName).build();
  }

  /** Creates the route's secret from a PEM certificate chain and private key. */
  public static RouteTls fromPem(String certificatePem, String privateKeyPem) {
    return ImmutableRouteTls.builder()
        .certificatePem(certificatePem)
        .privateKeyPem(privateKeyPem)
        .build();
  }

  /** A copy that also sets the CA certificate ({@code tls.cacrt}); only with {@link #fromPem}. */
  public RouteTls caCertificate(String caCertificatePem) {
    return ImmutableRouteTls.builder().from(this).caCertificatePem(caCertificatePem).build();
  }

  /** Whether the SDK must create the secret from PEM text. */
  public boolean fromPem() {
    return certificatePem().isPresent();
  }

  @Value.Check
  void check() {
    boolean secret = secretName().isPresent();
    boolean pem = certificatePem().isPresent() || privateKeyPem().isPresent();
    if (secret == pem) {
      throw new IllegalArgumentException(
          "Route TLS takes either a secret name or a PEM certificate and key: "
              + "RouteTls.fromSecret(\"name\") or RouteTls.fromPem(cert, key)");
    }
    if (pem && (certificatePem().isEmpty() || privateKeyPem().isEmpty())) {
      throw new IllegalArgumentException("Route TLS from PEM needs both the certificate and the private key");
    }
    if (secret && caCertificatePem().isPresent()) {
      throw new IllegalArgumentException(
          "A CA certificate can only be given with RouteTls.fromPem; put tls.cacrt into the existing secret instead");
    }
  }
}
