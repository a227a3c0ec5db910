package dev.registrysdk.core.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.api.trust.RegistryCa;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryCaTest {

  @ParameterizedTest(name = "{0} <-> {1}")
  @DisplayName("converts between registry hosts and config map keys both ways")
  @CsvSource({
      "registry.example.com:5000, registry.example.com..5000",
      "registry.example.com, registry.example.com",
      "10.0.0.5:8443, 10.0.0.5..8443",
      "localhost:5000, localhost..5000"})
  void hostKeyConversion(String host, String key) {
    assertThat(RegistryCa.keyOf(host)).isEqualTo(key);
    assertThat(RegistryCa.hostOf(key)).isEqualTo(host);
    assertThat(RegistryCa.keyOf(key)).as("a key stays a key").isEqualTo(key);
    assertThat(RegistryCa.hostOf(host)).as("a host stays a host").isEqualTo(host);
  }

  @Test
  @DisplayName("accepts the host in either form and keeps the host:port form")
  void eitherForm() {
    assertThat(RegistryCa.of("registry.example.com..5000", "pem").host()).isEqualTo("registry.example.com:5000");
    assertThat(RegistryCa.of("registry.example.com:5000", "pem").configMapKey()).isEqualTo("registry.example.com..5000");
  }

  @Test
  @DisplayName("needs a host")
  void blankHost() {
    assertThatThrownBy(() -> RegistryCa.of(" ", "pem")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RegistryCa.of(");
  }
}
