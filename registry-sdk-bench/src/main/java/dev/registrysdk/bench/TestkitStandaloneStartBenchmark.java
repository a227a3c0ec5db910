package dev.registrysdk.bench;

import dev.registrysdk.testkit.standalone.StandaloneMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The standalone server as a whole process: from launching {@code java} to the kubeconfig written and
 * the "listening" line printed. The process is then stopped with SIGTERM (not measured beyond its
 * exit).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
@Fork(1)
public class TestkitStandaloneStartBenchmark {

  /** Launch, wait for the kubeconfig, stop. */
  @Benchmark
  public long processStartToKubeconfig() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("fake-openshift-bench");
    Path kubeconfig = dir.resolve("kubeconfig");
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
      if (line == null || !Files.exists(kubeconfig)) {
        throw new IllegalStateException("the standalone server did not start");
      }
      return Files.size(kubeconfig);
    } finally {
      process.destroy();
      process.waitFor(20, TimeUnit.SECONDS);
      process.destroyForcibly();
      Files.deleteIfExists(kubeconfig);
      Files.deleteIfExists(dir);
    }
  }
}
