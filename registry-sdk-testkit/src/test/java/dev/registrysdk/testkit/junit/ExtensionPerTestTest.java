package dev.registrysdk.testkit.junit;

import static dev.registrysdk.testkit.assertj.FakeOpenShiftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.testkit.FakeOpenShift;
import dev.registrysdk.testkit.Platform;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.openshift.client.OpenShiftClient;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

@WithFakeOpenShift(platform = Platform.AWS)
@DisplayName("@WithFakeOpenShift with instance fields")
class ExtensionPerTestTest {

  private static final Set<String> URLS = new HashSet<>();

  FakeOpenShift cluster;
  OpenShiftClient client;

  @Test
  @DisplayName("injects a cluster of the annotated platform and a client bound to it")
  void injects() {
    assertThat(cluster.platform()).isEqualTo(Platform.AWS);
    assertThat(client.getMasterUrl().toString()).startsWith(cluster.url());
    assertThat(cluster).registry().hasStorage("s3");
  }

  @Test
  @DisplayName("resolves parameters from the same cluster")
  void parameters(FakeOpenShift parameter, KubernetesClient kubernetes) {
    assertThat(parameter).isSameAs(cluster);
    assertThat(kubernetes).isSameAs(client);
  }

  @RepeatedTest(2)
  @DisplayName("starts a fresh cluster for each test")
  void freshPerTest() {
    assertThat(URLS.add(cluster.url())).isTrue();
  }
}
