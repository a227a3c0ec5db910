package dev.registrysdk.core.validate;

import dev.registrysdk.api.RegistryRoute;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.resource.RegistryObjects;
import io.fabric8.kubernetes.api.model.Secret;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A route's certificate must exist: a named secret in {@code openshift-image-registry} with
 * {@code tls.crt} and {@code tls.key}, or PEM text that parses.
 */
final class RouteTlsRule implements RegistryRule {

  @Override
  public List<Finding> check(ValidationInput input) {
    List<RegistryRoute> routes = input.desired().allRoutes();
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < routes.size(); i++) {
      RegistryRoute route = routes.get(i);
      String path = "spec.routes[" + i + "].secretName";
      route.tls().ifPresent(tls -> {
        if (tls.secretName().isPresent()) {
          String name = tls.secretName().get();
          Optional<Secret> secret = input.facts().secret(RegistryObjects.NAMESPACE, name);
          Map<String, String> data = secret.map(Secret::getData).orElse(Map.of());
          if (secret.isEmpty() || !data.containsKey("tls.crt") || !data.containsKey("tls.key")) {
            out.add(Finding.error(FindingCodes.ROUTE_TLS_SECRET_MISSING, path,
                secret.isEmpty()
                    ? "the secret " + RegistryObjects.NAMESPACE + "/" + name + " does not exist; the route would have no certificate"
                    : "the secret " + RegistryObjects.NAMESPACE + "/" + name + " lacks tls.crt or tls.key",
                "Create it with keys tls.crt and tls.key in " + RegistryObjects.NAMESPACE
                    + ", or pass RouteTls.fromPem(certificate, key) and let the SDK create it"));
          }
        } else {
          if (!parses(tls.certificatePem().orElse(""))) {
            out.add(Finding.error(FindingCodes.ROUTE_TLS_PEM_INVALID, path,
                "the certificate of route " + route.name() + " is not a PEM X.509 certificate",
                "Pass the PEM text of the certificate chain, starting with -----BEGIN CERTIFICATE-----"));
          }
          if (!tls.privateKeyPem().orElse("").contains("PRIVATE KEY-----")) {
            out.add(Finding.error(FindingCodes.ROUTE_TLS_PEM_INVALID, path,
                "the private key of route " + route.name() + " is not a PEM private key",
                "Pass the PEM text of the key, starting with -----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----"));
          }
          tls.caCertificatePem().filter(ca -> !parses(ca)).ifPresent(ca -> out.add(
              Finding.error(FindingCodes.ROUTE_TLS_PEM_INVALID, path,
                  "the CA certificate of route " + route.name() + " is not a PEM X.509 certificate",
                  "Pass the PEM text of the CA certificate")));
        }
      });
    }
    return out;
  }

  private static boolean parses(String pem) {
    try {
      return !CertificateFactory.getInstance("X.509")
          .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))
          .isEmpty();
    } catch (CertificateException e) {
      return false;
    }
  }
}
