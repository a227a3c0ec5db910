package dev.registrysdk.cli.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.InProcessOnlyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kubeconfig is found as kubectl finds it, from the run's environment, never the process's. */
class ClusterOptionsTest {

  @TempDir
  Path dir;

  @Test
  @DisplayName("$KUBECONFIG's first file, relative to the run's working directory")
  void kubeconfigVariable() {
    CliEnvironment environment = CliEnvironment.of(Map.of("KUBECONFIG", "a/config:b/config", "HOME", "/nowhere"), dir);

    assertThat(ClusterOptions.defaultKubeconfig(environment)).isEqualTo(dir.resolve("a/config").toString());
  }

  @Test
  @DisplayName("else $HOME/.kube/config of the run's environment, when it exists")
  void homeConfig() throws IOException {
    Path config = Files.createDirectories(dir.resolve("home/.kube")).resolve("config");
    Files.writeString(config, "apiVersion: v1\nkind: Config\n");

    assertThat(ClusterOptions.defaultKubeconfig(CliEnvironment.of(Map.of("HOME", dir.resolve("home").toString()), dir)))
        .isEqualTo(config.toString());
    assertThat(ClusterOptions.defaultKubeconfig(CliEnvironment.of(Map.of("HOME", dir.toString()), dir))).isNull();
  }

  @Test
  @DisplayName("without a kubeconfig, an environment that is not the process's own does not let fabric8 read the process's")
  void noKubeconfigOutsideTheOwnProcess() {
    assertThatThrownBy(() -> ClusterConnection.kubeconfig(null, null, false)).isInstanceOf(InProcessOnlyException.class);
  }
}
