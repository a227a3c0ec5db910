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
  @DisplayName("reads the platform, topology, and, when the default IngressController is asked for, the ingress domain and certificate")
  void platformAndIngress() {
    try (FakeOpenShift cluster = FakeOpenShift.aws().singleNode().start()) {
      ClusterFacts facts = new ClusterObserver(cluster.client(), Duration.ZERO)
          .observe(Set.of(dev.registrysdk.api.resource.RegistryObjects.DEFAULT_INGRESS_CONTROLLER), Set.of());

      assertThat(facts.platformType()).isEqualTo("AWS");
      assertThat(facts.infrastructureTopology()).contains("SingleReplica");
      assertThat(facts.ingressDomain()).contains(cluster.ingressDomain());
      assertThat(facts.ingressCertificatePem()).hasValueSatisfying(pem -> assertThat(pem).contains("BEGIN CERTIFICATE"));
      assertThat(facts.object(dev.registrysdk.api.resource.RegistryObjects.DEFAULT_INGRESS_CONTROLLER)).isPresent();
    }
  }

  @Test
  @DisplayName("does not read the ingress certificate when nothing asks for it")
  void ingressOnlyWhenAsked() {
    try (FakeOpenShift cluster = FakeOpenShift.aws().start()) {
      cluster.requests().clear();
      ClusterFacts facts = new ClusterObserver(cluster.client(), Duration.ZERO).observe(Set.of(), Set.of());

      assertThat(facts.ingressCertificatePem()).isEmpty();
      assertThat(cluster.requests().count("GET", "secrets")).isZero();
      assertThat(cluster.requests().count("GET", "ingresscontrollers")).isZero();
    }
  }
}
