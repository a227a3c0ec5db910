package dev.registrysdk.core.trust;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a PEM bundle of CA certificates with the JDK's {@link CertificateFactory}: it must parse as
 * X.509 and hold at least one certificate, none expired; one expiring within
 * {@link #EXPIRY_WARNING} is worth a warning. Time comes from an injected {@link Clock}.
 */
public final class PemCertificates {

  /** How close to its expiry a certificate gets a warning. */
  public static final Duration EXPIRY_WARNING = Duration.ofDays(30);

  private static final String BEGIN = "-----BEGIN CERTIFICATE-----";

  private PemCertificates() {}

  /** What is wrong with a bundle, worst first; empty if nothing. */
  public static Check check(String pem, Clock clock) {
    if (!pem.contains(BEGIN)) {
      return Check.invalid("it holds no PEM block \"" + BEGIN + "\"");
    }
    List<X509Certificate> certificates;
    try {
      certificates = parse(pem);
    } catch (CertificateException e) {
      return Check.invalid("it does not parse as X.509: " + e.getMessage());
    }
    if (certificates.isEmpty()) {
      return Check.invalid("it holds no certificate");
    }
    Instant now = clock.instant();
    Optional<String> expired = Optional.empty();
    Optional<String> expiring = Optional.empty();
    Optional<String> notYetValid = Optional.empty();
    for (X509Certificate certificate : certificates) {
      Instant notAfter = certificate.getNotAfter().toInstant();
      Instant notBefore = certificate.getNotBefore().toInstant();
      String subject = certificate.getSubjectX500Principal().getName();
      if (notAfter.isBefore(now)) {
        expired = expired.or(() -> Optional.of("the certificate \"" + subject + "\" expired on " + notAfter));
      } else if (notAfter.isBefore(now.plus(EXPIRY_WARNING))) {
        expiring = expiring.or(() -> Optional.of("the certificate \"" + subject + "\" expires on " + notAfter));
      }
      if (notBefore.isAfter(now)) {
        notYetValid = notYetValid.or(() -> Optional.of("the certificate \"" + subject + "\" is valid only from " + notBefore));
      }
    }
    return new Check(Optional.empty(), expired, expiring, notYetValid, certificates.size());
  }

  /** The certificates of a PEM bundle. */
  static List<X509Certificate> parse(String pem) throws CertificateException {
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    List<X509Certificate> out = new ArrayList<>();
    for (Certificate c : factory.generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
      out.add((X509Certificate) c);
    }
    return out;
  }

  /**
   * The result of {@link #check}: why the bundle cannot be used at all, why it is already expired,
   * why it expires soon or is not valid yet, and how many certificates it holds.
   */
  public record Check(Optional<String> invalid, Optional<String> expired, Optional<String> expiring,
      Optional<String> notYetValid, int certificates) {

    static Check invalid(String why) {
      return new Check(Optional.of(why), Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }

    /** Whether the bundle can be trusted as it is. */
    public boolean usable() {
      return invalid.isEmpty() && expired.isEmpty();
    }
  }
}
