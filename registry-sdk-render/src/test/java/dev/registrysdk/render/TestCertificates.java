package dev.registrysdk.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A self-signed certificate for routes in tests. */
final class TestCertificates {

  static final String CERTIFICATE = read("/certificate.pem");

  private TestCertificates() {}

  private static String read(String resource) {
    try (InputStream in = TestCertificates.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
