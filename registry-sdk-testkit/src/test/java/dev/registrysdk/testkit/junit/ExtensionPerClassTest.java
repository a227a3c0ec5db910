package dev.registrysdk.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.testkit.FakeOpenShift;
import dev.registrysdk.testkit.Platform;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("FakeOpenShiftExtension with a static field")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionPerClassTest {

  @RegisterExtension
  static FakeOpenShiftExtension fake = FakeOpenShiftExtension.builder(Platform.VSPHERE)
      .configure(cluster -> cluster.withOdf().rolloutDuration(Duration.ofSeconds(5)))
      .build();

  static FakeOpenShift cluster;
  private static String firstUrl;

  @Test
  @Order(1)
  @DisplayName("injects one cluster configured by the builder")
  void configured() {
    assertThat(cluster.platform()).isEqualTo(Platform.VSPHERE);
    assertThat(cluster.client().namespaces().withName("openshift-storage").get()).isNotNull();
    firstUrl = cluster.url();
  }

  @Test
  @Order(2)
  @DisplayName("shares that cluster across the class")
  void shared(FakeOpenShift parameter) {
    assertThat(parameter.url()).isEqualTo(firstUrl);
  }
}
