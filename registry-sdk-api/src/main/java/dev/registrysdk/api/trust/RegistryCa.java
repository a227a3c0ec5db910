package dev.registrysdk.api.trust;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The CA certificate to trust for one external registry host, as
 * {@code image.config.openshift.io/cluster} {@code spec.additionalTrustedCA} expects it.
 *
 * <pre>{@code
 * RegistryCa ca = RegistryCa.of("registry.example.com:5000", pemText);
 * ca.configMapKey();                          // "registry.example.com..5000"
 * RegistryCa router = RegistryCa.clusterIngress("registry.apps.example.com");
 * }</pre>
 *
 * <p>The config map that holds these CAs uses the registry host as the key, and a key cannot hold a
 * colon, so {@code host:port} is written as {@code host..port}; {@link #keyOf(String)} and
 * {@link #hostOf(String)} convert. A host may be given in either form; {@link #host()} is always the
 * {@code host:port} form.
 *
 * <p>Immutable. The PEM text is public certificate data, not a secret; it is validated (parseable
 * X.509, not expired) before anything is written.
 */
@Value.Immutable
public abstract class RegistryCa {

  RegistryCa() {}

  /** The registry host, {@code host} or {@code host:port}, e.g. {@code registry.example.com:5000}. */
  @Value.Parameter
  public abstract String host();

  /** The CA certificate(s), PEM; absent when taken from the cluster's ingress. */
  public abstract Optional<String> pem();

  /**
   * Whether the certificate is the cluster's own ingress CA, read from the cluster when planning:
   * for a route of this cluster, e.g. the registry's own route used as an external registry by
   * another cluster or by builds that pull through the router.
   */
  @Value.Default
  public boolean fromClusterIngress() {
    return false;
  }

  /** Trust {@code pem} for {@code host} ({@code host}, {@code host:port} or {@code host..port}). */
  public static RegistryCa of(String host, String pem) {
    return ImmutableRegistryCa.builder().host(hostOf(host)).pem(pem).build();
  }

  /**
   * Trust the cluster's ingress CA for {@code host}, a route host of this cluster: the CA of the
   * ingress operator ({@code openshift-ingress-operator/router-ca}), or the default ingress
   * certificate when that is unknown. This is what {@code oc extract secret/router-ca
   * --keys=tls.crt -n openshift-ingress-operator} followed by {@code oc create configmap} does by hand.
   */
  public static RegistryCa clusterIngress(String host) {
    return ImmutableRegistryCa.builder().host(hostOf(host)).fromClusterIngress(true).build();
  }

  /** The config map key for this host: {@code registry.example.com..5000}. */
  public String configMapKey() {
    return keyOf(host());
  }

  /** The config map key for a registry host: {@code :} becomes {@code ..}; a key stays as it is. */
  public static String keyOf(String host) {
    return host.replace(":", "..");
  }

  /** The registry host for a config map key: {@code ..} becomes {@code :}; a host stays as it is. */
  public static String hostOf(String key) {
    int at = key.lastIndexOf("..");
    return at < 0 ? key : key.substring(0, at) + ":" + key.substring(at + 2);
  }

  @Value.Check
  void check() {
    if (host().isBlank()) {
      throw new IllegalArgumentException("A trusted CA needs the registry host: RegistryCa.of(\"registry.example.com:5000\", pem)");
    }
    if (pem().isPresent() == fromClusterIngress()) {
      throw new IllegalArgumentException("A trusted CA takes either PEM text or the cluster's ingress CA, not both");
    }
  }
}
