package dev.registrysdk.storage.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Parses PEM certificate bundles with the JDK's {@link CertificateFactory}. */
public final class Pem {

  private Pem() {}

  /**
   * Why {@code pem} is not a bundle of X.509 certificates; empty if it is. A bundle without any
   * certificate is refused too: the registry would trust nothing.
   */
  public static Optional<String> problem(String pem) {
    if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
      return Optional.of("it holds no PEM block \"-----BEGIN CERTIFICATE-----\"");
    }
    try {
      if (certificates(pem).isEmpty()) {
        return Optional.of("it holds no certificate");
      }
      return Optional.empty();
    } catch (CertificateException e) {
      return Optional.of("it does not parse as X.509: " + e.getMessage());
    }
  }

  /** The certificates of a PEM bundle. */
  public static List<X509Certificate> certificates(String pem) throws CertificateException {
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    Collection<? extends java.security.cert.Certificate> parsed =
        factory.generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    List<X509Certificate> out = new ArrayList<>();
    for (java.security.cert.Certificate c : parsed) {
      out.add((X509Certificate) c);
    }
    return out;
  }
}
