package dev.registrysdk.cli.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NamedAuthInfoBuilder;
import io.fabric8.kubernetes.api.model.NamedClusterBuilder;
import io.fabric8.kubernetes.api.model.NamedContextBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's kubeconfig loading gives the same client configuration as fabric8's own. */
class KubeconfigsTest {

  @TempDir
  Path dir;

  private File kubeconfig;

  @BeforeEach
  void write() throws Exception {
    Files.writeString(dir.resolve("ca.crt"), "not parsed here");
    io.fabric8.kubernetes.api.model.Config config = new io.fabric8.kubernetes.api.model.ConfigBuilder()
        .withApiVersion("v1").withKind("Config")
        .addToClusters(new NamedClusterBuilder().withName("one").withNewCluster().withServer("https://one.example.com:6443")
            .withCertificateAuthority("ca.crt").endCluster().build())
        .addToClusters(new NamedClusterBuilder().withName("two").withNewCluster().withServer("https://two.example.com:6443")
            .withInsecureSkipTlsVerify(true).endCluster().build())
        .addToUsers(new NamedAuthInfoBuilder().withName("admin").withNewUser().withToken("sha256~token").endUser().build())
        .addToContexts(new NamedContextBuilder().withName("one").withNewContext().withCluster("one").withUser("admin")
            .withNamespace("apps").endContext().build())
        .addToContexts(new NamedContextBuilder().withName("two").withNewContext().withCluster("two").withUser("admin")
            .endContext().build())
        .withCurrentContext("one").build();
    kubeconfig = dir.resolve("kubeconfig").toFile();
    Files.writeString(kubeconfig.toPath(), new KubernetesSerialization().asYaml(config));
  }

  private static void assertSame(Config ours, Config fabric8) {
    assertThat(ours.getMasterUrl()).isEqualTo(fabric8.getMasterUrl());
    assertThat(ours.getNamespace()).isEqualTo(fabric8.getNamespace());
    assertThat(ours.getCaCertFile()).isEqualTo(fabric8.getCaCertFile());
    assertThat(ours.isTrustCerts()).isEqualTo(fabric8.isTrustCerts());
    assertThat(ours.getAutoOAuthToken()).isEqualTo(fabric8.getAutoOAuthToken());
    assertThat(ours.getCurrentContext().getName()).isEqualTo(fabric8.getCurrentContext().getName());
  }

  @Test
  @DisplayName("the current context, with a CA file relative to the kubeconfig, as fabric8 reads it")
  void currentContext() {
    Config ours = Kubeconfigs.load(kubeconfig, null, new RegistrySerialization(), true);

    assertSame(ours, Config.fromKubeconfig(null, kubeconfig));
    assertThat(ours.getCaCertFile()).isEqualTo(dir.resolve("ca.crt").toString());
  }

  @Test
  @DisplayName("another context by name, as fabric8 reads it")
  void namedContext() {
    Config ours = Kubeconfigs.load(kubeconfig, "two", new RegistrySerialization(), true);

    assertSame(ours, Config.fromKubeconfig("two", kubeconfig));
    assertThat(ours.getMasterUrl()).startsWith("https://two.example.com:6443");
  }
}
