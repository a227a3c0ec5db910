package dev.registrysdk.testkit.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

/**
 * Launches the shaded {@code registry-sdk-testkit-<version>-standalone.jar} that the package phase
 * built, as a user would, and talks to it with kubectl. maven-failsafe runs it in {@code verify} and
 * names the jar in the system property {@value #JAR_PROPERTY}.
 */
@DisplayName("The shipped standalone jar")
class StandaloneJarIT {

  private static final String JAR_PROPERTY = "registrysdk.testkit.standaloneJar";
  private static final String CONFIG = "configs.imageregistry.operator.openshift.io";

  @TempDir
  Path dir;

  @Test
  @DisplayName("starts quietly, serves kubectl, and stops on SIGTERM")
  void servesKubectlAndStopsOnSigterm() throws Exception {
    String jarName = System.getProperty(JAR_PROPERTY);
    assumeTrue(jarName != null, "system property " + JAR_PROPERTY + " is not set; this test runs with"
        + " `mvn verify`, after the package phase built the standalone jar");
    assumeTrue(Kubectl.available(), "kubectl is not on the PATH; skipping the standalone jar test");
    Path jar = Paths.get(jarName);
    assertThat(jar).as("the standalone jar the package phase builds").isRegularFile();

    Path kubeconfig = dir.resolve("kubeconfig");
    Path stderr = dir.resolve("stderr.txt");
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "--platform", "vsphere", "--port", "0",
        "--kubeconfig", kubeconfig.toString())).redirectError(stderr.toFile()).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line = out.readLine();
      assertThat(line).as("the first line of standard output").isNotNull()
          .startsWith("fake-openshift listening on http://127.0.0.1:").contains("platform VSphere");

      Kubectl kubectl = new Kubectl(kubeconfig, dir.resolve("cache"));
      assertThat(kubectl.run("get", CONFIG, "cluster").output()).contains("cluster");
      assertThat(kubectl.run("patch", CONFIG, "cluster", "--type", "merge", "-p",
          "{\"spec\":{\"managementState\":\"Managed\",\"storage\":{\"emptyDir\":{}}}}").output()).contains("patched");
      Kubectl.Result available = kubectl.run("wait", "--for=condition=Available", CONFIG + "/cluster",
          "--timeout=30s");
      assertThat(available.exitCode()).as(available.output()).isZero();

      process.destroy();
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stopped within 20 s of SIGTERM").isTrue();
      assertThat(process.exitValue()).as("the exit code of a JVM stopped by SIGTERM").isEqualTo(143);
    } finally {
      process.destroyForcibly();
    }
    assertThat(Files.readString(stderr)).as("standard error").doesNotContain("SLF4J");
  }
}
