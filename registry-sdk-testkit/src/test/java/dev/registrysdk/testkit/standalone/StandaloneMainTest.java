package dev.registrysdk.testkit.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.testkit.FakeOpenShift;
import dev.registrysdk.testkit.Platform;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The standalone server")
class StandaloneMainTest {

  @TempDir
  Path dir;

  @Test
  @DisplayName("parses the platform, port and kubeconfig options")
  void parses() {
    StandaloneMain.Options options = StandaloneMain.parse("--platform", "vsphere", "--port", "0", "--kubeconfig",
        "k.yaml", "--odf", "--single-node");
    assertThat(options.platform()).isEqualTo(Platform.VSPHERE);
    assertThat(options.kubeconfig()).isEqualTo(Paths.get("k.yaml"));
    assertThat(options.odf()).isTrue();
    assertThat(options.singleNode()).isTrue();
  }

  @Test
  @DisplayName("rejects an unknown platform, listing the known ones")
  void unknownPlatform() {
    assertThatThrownBy(() -> StandaloneMain.parse("--platform", "mainframe"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Unknown platform 'mainframe'; known platforms: aws, azure, gcp, baremetal");
  }

  @Test
  @DisplayName("starts in the JVM and writes a kubeconfig pointing at the server")
  void startsInJvm() throws Exception {
    Path kubeconfig = dir.resolve("kubeconfig");
    try (FakeOpenShift cluster = StandaloneMain.start("--platform", "aws", "--kubeconfig", kubeconfig.toString())) {
      assertThat(Files.readString(kubeconfig)).contains("server: " + cluster.url());
      assertThat(cluster.clock().isVirtual()).isFalse();
    }
  }

  @Test
  @DisplayName("as a process, prints its URL once the kubeconfig is written and stops on SIGTERM")
  void runsAsProcess() throws Exception {
    Path kubeconfig = dir.resolve("process.kubeconfig");
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        StandaloneMain.class.getName(), "--platform", "vsphere", "--port", "0", "--kubeconfig", kubeconfig.toString()))
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      do {
        line = out.readLine();
      } while (line != null && !line.startsWith("fake-openshift listening on "));
      assertThat(line).isNotNull().contains("platform VSphere");
      assertThat(kubeconfig).exists();
      if (Kubectl.available()) {
        Kubectl.Result result = new Kubectl(kubeconfig, dir.resolve("cache")).run("get",
            "configs.imageregistry.operator.openshift.io", "cluster");
        assertThat(result.output()).contains("cluster");
      }
      process.destroy();
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }
  }
}
