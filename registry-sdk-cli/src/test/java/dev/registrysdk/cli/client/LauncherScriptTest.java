package dev.registrysdk.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher script, run as processes the way a user runs it, from a folder laid out as the
 * build lays out {@code target}: the script, {@code registryctl-client.jar} with the client's classes
 * alone, and a {@code registryctl.jar} (here a manifest with the CLI's main class and the test's class
 * path). No class-data
 * archives, so each JVM starts slower than an installed one. Every test stops its daemon.
 */
class LauncherScriptTest {

  private static final Pattern PID = Pattern.compile("pid (\\d+)");

  @TempDir
  static Path install;

  @TempDir
  Path work;

  private Path sockets;

  @BeforeAll
  static void layOut() throws IOException, URISyntaxException {
    Path script = install.resolve("registryctl");
    Files.copy(Path.of("src/main/launcher/registryctl"), script);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path classes = Path.of(RegistryctlClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    writeClientJar(classes, install.resolve("registryctl-client.jar"));
    writeClassPathJar(install.resolve("registryctl.jar"));
  }

  private static void writeClientJar(Path classes, Path jar) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, RegistryctlClient.class.getName());
    Path folder = classes.resolve("dev/registrysdk/cli/client");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
        Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
  }

  /** A jar whose manifest names every entry of the test's class path (surefire's own manifest jar expanded). */
  private static void writeClassPathJar(Path jar) throws IOException {
    Set<Path> entries = new LinkedHashSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      expand(Path.of(entry).toAbsolutePath(), entries);
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, InProcessRunner.MAIN_CLASS);
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
        String.join(" ", entries.stream().map(p -> p.toUri().toString()).toList()));
    try (OutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      out.flush();
    }
  }

  private static void expand(Path entry, Set<Path> entries) throws IOException {
    if (!entries.add(entry) || !Files.isRegularFile(entry)) {
      return;
    }
    try (JarFile jar = new JarFile(entry.toFile())) {
      Manifest manifest = jar.getManifest();
      String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
      if (classPath != null) {
        for (String item : classPath.trim().split("\\s+")) {
          expand(Path.of(entry.toUri().resolve(URI.create(item))), entries);
        }
      }
    }
  }

  /** What a process printed and returned. */
  record Run(int exitCode, String out, String err) {}

  private Run registryctl(Map<String, String> more, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(install.resolve("registryctl").toString());
    command.addAll(List.of(args));
    Path err = Files.createTempFile(work, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
        .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("REGISTRYCTL_") || name.equals("KUBECONFIG"));
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    environment.put("HOME", work.toString());
    environment.put(SocketDirectory.DIRECTORY_VARIABLE, sockets.toString());
    environment.putAll(more);
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("registryctl ended").isTrue();
    return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), Files.readString(err));
  }

  @AfterEach
  void stopDaemon() throws Exception {
    if (sockets == null) {
      return;
    }
    Run status = registryctl(Map.of(), "daemon", "status");
    Matcher pid = PID.matcher(status.out());
    registryctl(Map.of(), "daemon", "stop");
    if (pid.find()) {
      Optional<ProcessHandle> daemon = ProcessHandle.of(Long.parseLong(pid.group(1)));
      if (daemon.isPresent()) {
        daemon.get().onExit().get(1, TimeUnit.MINUTES);
      }
    }
  }

  @Test
  @DisplayName("the first run starts the daemon, the second is served by it; both print what a run in its own process prints")
  void firstRunStartsTheDaemonAndTheSecondUsesIt() throws Exception {
    sockets = work.resolve("sockets");
    String[] plan = {"plan", "--fake", "bare-metal", "--managed", "--storage", "emptydir", "-o", "json"};

    Run first = registryctl(Map.of(), plan);
    Run afterFirst = registryctl(Map.of(), "daemon", "status");
    Run second = registryctl(Map.of(), plan);
    Run afterSecond = registryctl(Map.of(), "daemon", "status");
    Run off = registryctl(Map.of("REGISTRYCTL_DAEMON", "off"), plan);
    Run noDaemon = registryctl(Map.of(), Stream.concat(Stream.of("--no-daemon"), Stream.of(plan)).toArray(String[]::new));

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("\"changes\"");
    assertThat(afterFirst.out()).contains("running, pid").contains("1 run served");
    assertThat(second).isEqualTo(first);
    assertThat(afterSecond.out()).contains("2 runs served");
    assertThat(off).isEqualTo(first);
    assertThat(noDaemon).isEqualTo(first);
    assertThat(registryctl(Map.of(), "daemon", "status").out()).contains("2 runs served");
  }

  @Test
  @DisplayName("a usage error through the daemon exits 1 with picocli's message, as in its own process")
  void usageErrorThroughTheDaemon() throws Exception {
    sockets = work.resolve("sockets");

    Run served = registryctl(Map.of(), "plan", "--fake", "bare-metal", "--replicsa", "2");
    Run own = registryctl(Map.of("REGISTRYCTL_DAEMON", "off"), "plan", "--fake", "bare-metal", "--replicsa", "2");

    assertThat(served.exitCode()).isEqualTo(1);
    assertThat(served.err()).contains("Unknown option").contains("'--replicsa'");
    assertThat(served).isEqualTo(own);
    assertThat(registryctl(Map.of(), "daemon", "status").out()).contains("1 run served");
  }
}
