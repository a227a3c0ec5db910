package dev.registrysdk.bench;

import dev.registrysdk.testkit.standalone.StandaloneMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standalone server as a whole process, as shell tooling starts it: from launching {@code java
 * -jar registry-sdk-testkit-<version>-standalone.jar --platform vsphere --port 0 --kubeconfig ...} to
 * the kubeconfig written and the "listening" line printed. The process is then stopped with SIGTERM
 * (not measured beyond its exit).
 *
 * <p>It measures the shipped shaded jar, which the README's figure is about: the jar named by the
 * system property {@value #JAR_PROPERTY}, else the newest {@code
 * registry-sdk-testkit/target/registry-sdk-testkit-*-standalone.jar} under the working directory or its
 * parent (run it from the repository root after {@code mvn package}). Only when no jar is found does it
 * fall back to {@code java -cp <this classpath> StandaloneMain}, and it says so in a warning: that
 * launch loads classes from a larger jar and is not the figure to publish.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
@Fork(1)
@State(Scope.Benchmark)
public class TestkitStandaloneStartBenchmark {

  /** System property naming the standalone jar to launch. */
  public static final String JAR_PROPERTY = "registrysdk.testkit.standaloneJar";

  private static final Logger LOG = LoggerFactory.getLogger(TestkitStandaloneStartBenchmark.class);

  private List<String> launch;

  /** Finds the shipped jar, or falls back to the classpath with a warning. */
  @Setup
  public void findLauncher() {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    Optional<Path> jar = standaloneJar();
    if (jar.isPresent()) {
      LOG.info("Launching the standalone jar {}", jar.get());
      launch = List.of(java, "-jar", jar.get().toString());
    } else {
      LOG.warn("No registry-sdk-testkit-*-standalone.jar found (set -D{} or run from the repository root after"
          + " mvn package); launching StandaloneMain from the classpath instead, which is not the shipped jar",
          JAR_PROPERTY);
      launch = List.of(java, "-cp", System.getProperty("java.class.path"), StandaloneMain.class.getName());
    }
  }

  static Optional<Path> standaloneJar() {
    String named = System.getProperty(JAR_PROPERTY);
    if (named != null && !named.isBlank()) {
      return Optional.of(Paths.get(named)).filter(Files::isRegularFile);
    }
    Path here = Paths.get("").toAbsolutePath();
    for (Path root : Stream.of(here, here.getParent()).filter(p -> p != null).toList()) {
      Path target = root.resolve("registry-sdk-testkit").resolve("target");
      if (!Files.isDirectory(target)) {
        continue;
      }
      try (Stream<Path> files = Files.list(target)) {
        Optional<Path> newest = files.filter(f -> f.getFileName().toString().matches(
            "registry-sdk-testkit-.+-standalone\\.jar")).max((a, b) -> lastModified(a).compareTo(lastModified(b)));
        if (newest.isPresent()) {
          return newest;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list " + target, e);
      }
    }
    return Optional.empty();
  }

  private static java.nio.file.attribute.FileTime lastModified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Launch, wait for the kubeconfig, stop. */
  @Benchmark
  public long processStartToKubeconfig() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("fake-openshift-bench");
    Path kubeconfig = dir.resolve("kubeconfig");
    List<String> command = new ArrayList<>(launch);
    command.addAll(List.of("--platform", "vsphere", "--port", "0", "--kubeconfig", kubeconfig.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
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
