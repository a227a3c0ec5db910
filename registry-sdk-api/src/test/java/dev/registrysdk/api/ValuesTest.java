package dev.registrysdk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Nested
  @DisplayName("RegistryRoute")
  class Routes {
    @Test
    @DisplayName("fluent calls return new routes and leave the original untouched")
    void fluentCallsCopy() {
      RegistryRoute bare = RegistryRoute.named("internal");
      RegistryRoute withHost = bare.hostname("registry.apps.example.com");
      assertThat(bare.hostname()).isEmpty();
      assertThat(withHost.hostname()).contains("registry.apps.example.com");
      assertThat(withHost.name()).isEqualTo("internal");
    }

    @Test
    @DisplayName("a blank name is refused at once")
    void blankNameRefused() {
      assertThatThrownBy(() -> RegistryRoute.named(" "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("RegistryRoute.named");
    }
  }

  @Nested
  @DisplayName("RouteTls")
  class Tls {
    @Test
    @DisplayName("toString never shows the private key")
    void privateKeyRedacted() {
      RouteTls tls = RouteTls.fromPem("-----BEGIN CERTIFICATE-----", "CANARY-PRIVATE-KEY");
      assertThat(tls.toString()).doesNotContain("CANARY-PRIVATE-KEY").contains("****");
      assertThat(RegistryRoute.named("r").tls(tls).toString()).doesNotContain("CANARY-PRIVATE-KEY");
    }

    @Test
    @DisplayName("a CA certificate cannot be added to a secret reference")
    void caOnlyWithPem() {
      assertThatThrownBy(() -> RouteTls.fromSecret("s").caCertificate("pem"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("tls.cacrt");
    }
  }

  @Nested
  @DisplayName("DesiredState")
  class Desired {
    @Test
    @DisplayName("an empty state has nothing set, and collections are unset rather than empty")
    void emptyMeansUnset() {
      DesiredState empty = DesiredState.empty();
      assertThat(empty.replicas()).isEmpty();
      assertThat(empty.routes()).isNull();
      assertThat(empty.nodeSelector()).isNull();
      assertThat(empty.allowDataLoss()).isFalse();
    }

    @Test
    @DisplayName("an empty route list is distinct from no routes set")
    void emptyListIsSet() {
      DesiredState cleared = DesiredState.builder().routes(java.util.List.of()).build();
      assertThat(cleared.routes()).isNotNull().isEmpty();
    }
  }

  @Test
  @DisplayName("enum wire values round-trip, and unknown ones are empty")
  void wireValues() {
    for (ManagementState s : ManagementState.values()) {
      assertThat(ManagementState.fromWireValue(s.wireValue())).contains(s);
    }
    assertThat(ManagementState.fromWireValue("Force")).isEmpty();
    assertThat(RolloutStrategy.fromWireValue("Sideways")).isEmpty();
    assertThat(LogLevel.fromWireValue("TraceAll")).contains(LogLevel.TRACE_ALL);
  }
}
