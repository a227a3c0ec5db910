package dev.registrysdk.cli.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real JBang, run through the project's wrapper {@code examples/jbang} (which takes
 * {@code dev.jbang:jbang-cli} from Maven Central), with its home, cache and Maven repository under
 * {@code target/jbang}. The project's own artifacts are put into that repository from the reactor's
 * {@code target} folders, so scripts resolve this build's code, never an older one from elsewhere.
 */
final class JBang {

  private static final String GROUP_PATH = "dev/registrysdk";

  private final Path root;
  private final Path home;
  private final Path repository;
  private final String version;

  /** What a run printed (both streams) and returned. */
  record Result(int exitCode, String output) {}

  JBang(Path root, Path work, String version) {
    this.root = root;
    this.home = work.resolve("home");
    this.repository = work.resolve("repository");
    this.version = version;
  }

  /**
   * Puts this build's artifacts into JBang's repository, replacing any earlier ones.
   *
   * @return the modules whose jar is missing (the build did not package them); empty when all are there
   */
  List<String> installProjectArtifacts() throws IOException {
    Path group = repository.resolve(GROUP_PATH);
    if (Files.exists(group)) {
      try (Stream<Path> files = Files.walk(group)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
    install("registry-sdk-parent", root.resolve("pom.xml"), null);
    install("registry-sdk-bom", root.resolve("registry-sdk-bom/pom.xml"), null);
    List<String> missing = new ArrayList<>();
    for (String module : List.of("registry-sdk-api", "registry-sdk-core", "registry-sdk-storage", "registry-sdk-testkit")) {
      Path jar = root.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
      if (!Files.isRegularFile(jar)) {
        missing.add(module);
        continue;
      }
      install(module, root.resolve(module).resolve("pom.xml"), jar);
    }
    return missing;
  }

  private void install(String artifact, Path pom, Path jar) throws IOException {
    Path folder = repository.resolve(GROUP_PATH).resolve(artifact).resolve(version);
    Files.createDirectories(folder);
    Files.copy(pom, folder.resolve(artifact + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
    if (jar != null) {
      Files.copy(jar, folder.resolve(artifact + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Runs {@code examples/jbang} with these arguments in {@code directory}, without the caller's
   * {@code KUBECONFIG}: a script reaches a cluster other than its embedded fake only when its
   * arguments name a kubeconfig.
   */
  Result run(Path directory, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(root.resolve("examples/jbang").toString());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.remove("KUBECONFIG");
    env.put("JBANG_DIR", home.toString());
    env.put("JBANG_REPO", repository.toString());
    env.put("JBANG_NO_VERSION_CHECK", "true");
    env.put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return new Result(-1, output + "\n(timed out)");
    }
    return new Result(process.exitValue(), output);
  }

  /**
   * Runs a script, with {@code scriptArgs} after it, and the repositories it needs: this build's
   * artifacts (in JBang's own repository), the local Maven repository for everything the build
   * already fetched, and Maven Central.
   */
  Result runScript(Path directory, String script, String... scriptArgs) throws IOException, InterruptedException {
    Path localMaven = Path.of(System.getProperty("user.home"), ".m2", "repository");
    List<String> args = new ArrayList<>(List.of("--repos", "m2=" + localMaven.toUri(), "--repos", "mavencentral", script));
    args.addAll(List.of(scriptArgs));
    return run(directory, args);
  }
}
