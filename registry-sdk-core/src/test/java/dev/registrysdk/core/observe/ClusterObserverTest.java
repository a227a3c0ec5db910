package dev.registrysdk.core.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.testkit.FakeOpenShift;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClusterObserverTest {

  @Test
  @DisplayName("reads the platform, topology, ingress domain and ingress certificate")
  void platformAndIngress() {
    try (FakeOpenShift cluster = FakeOpenShift.aws().singleNode().start()) {
      ClusterFacts facts = new ClusterObserver(cluster.client(), Duration.ZERO).observe(Set.of(), Set.of());

      assertThat(facts.platformType()).isEqualTo("AWS");
      assertThat(facts.infrastructureTopology()).contains("SingleReplica");
      assertThat(facts.ingressDomain()).contains(cluster.ingressDomain());
      assertThat(facts.ingressCertificatePem()).hasValueSatisfying(pem -> assertThat(pem).contains("BEGIN CERTIFICATE"));
    }
  }
}
