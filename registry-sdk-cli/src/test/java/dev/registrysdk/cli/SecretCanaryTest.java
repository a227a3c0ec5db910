package dev.registrysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.pullsecret.RegistryCredential;
import dev.registrysdk.testkit.FakeOpenShift;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Canary credentials (storage keys, a pull secret's password and token) go through every command and
 * output format; they appear nowhere, in clear or base64, on either stream or in rendered files.
 */
class SecretCanaryTest {

  private static final String ACCESS = "CANARY-ACCESS-5c1e";
  private static final String SECRET = "CANARY-SECRET-a77d";
  private static final String HTTP_SECRET = "CANARY-HTTP-SECRET-30f2";
  private static final String PULL_PASSWORD = "CANARY-PULL-PASSWORD-e5b0";
  private static final String PULL_TOKEN = "CANARY-PULL-TOKEN-19c4";
  private static final List<String> CANARIES = List.of(ACCESS, SECRET, HTTP_SECRET, PULL_PASSWORD, PULL_TOKEN);
  private static final Map<String, String> ENV = Map.of("S3_ACCESS", ACCESS, "S3_SECRET", SECRET, "PULL_PASSWORD", PULL_PASSWORD);

  @TempDir
  static Path dir;

  static ClusterFixture fixture;

  @BeforeAll
  static void start() throws IOException {
    Files.writeString(dir.resolve("pull-token"), PULL_TOKEN + "\n");
    fixture = new ClusterFixture(FakeOpenShift.bareMetal(), dir);
    Projects.create(fixture.cluster, "team-a", "default");
    fixture.cluster.client().imageRegistryOperatorConfigs().withName("cluster")
        .edit(c -> { c.getSpec().setHttpSecret(HTTP_SECRET); return c; });
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  static Stream<Arguments> runs() {
    List<Arguments> runs = new ArrayList<>();
    String[] s3 = {"--managed", "--storage", "s3", "--s3-bucket", "ocp-registry", "--s3-endpoint", "https://s3.example.com",
        "--s3-region", "local", "--s3-access-key", "env:S3_ACCESS", "--s3-secret-key", "env:S3_SECRET"};
    for (String format : new String[] {"text", "json", "yaml"}) {
      runs.add(Arguments.of("plan", join(s3, "-o", format)));
      runs.add(Arguments.of("apply", join(s3, "-o", format, "--no-wait", "--progress", "plain")));
      runs.add(Arguments.of("status", new String[] {"-o", format}));
      runs.add(Arguments.of("doctor", new String[] {"-o", format}));
      runs.add(Arguments.of("render", join(s3, "-o", format, "--dir", "render-" + format,
          "--secrets", "external-secrets", "--secret-store", "vault")));
      // a secret per format, so that each format shows it being created
      for (String[] pull : List.of(pullPassword(format), pullToken(format))) {
        runs.add(Arguments.of("plan", join(pull, "-o", format)));
        runs.add(Arguments.of("render", join(pull, "-o", format, "--dir", "render-pull-" + format)));
        runs.add(Arguments.of("render", join(pull, "-o", format, "--dir", "render-pull-external-" + format,
            "--secrets", "external-secrets", "--secret-store", "vault")));
        runs.add(Arguments.of("apply", join(pull, "-o", format, "--no-wait", "--progress", "plain")));
      }
    }
    runs.add(Arguments.of("apply", join(s3, "--verbose", "--no-wait")));
    runs.add(Arguments.of("apply", join(pullPassword("verbose"), "--verbose", "--no-wait")));
    runs.add(Arguments.of("apply", join(pullToken("verbose"), "--verbose", "--no-wait")));
    return runs.stream();
  }

  private static String[] pullPassword(String suffix) {
    return new String[] {"--pull-secret", "team-a/registry-credentials-" + suffix, "--pull-secret-registry",
        "registry.example.com:5000", "--pull-secret-user", "ocp-user", "--pull-secret-password", "env:PULL_PASSWORD",
        "--link-for-pull", "default"};
  }

  private static String[] pullToken(String suffix) {
    return new String[] {"--pull-secret", "team-a/quay-credentials-" + suffix, "--pull-secret-registry", "quay.io",
        "--pull-secret-token", "file:pull-token", "--link-for-pull", "default"};
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("runs")
  @DisplayName("no credential in any output")
  void noCanary(String command, String[] args) {
    Cli.Result result = run(ENV, command, args);

    assertThat(result.exitCode()).as(result.toString()).isIn(0, 3);
    for (String canary : CANARIES) {
      assertThat(result.all()).doesNotContain(canary).doesNotContain(base64(canary));
      assertThat(renderedFiles()).noneMatch(text -> text.contains(canary) || text.contains(base64(canary)));
    }
    assertThat(result.all()).doesNotContain(base64("ocp-user:" + PULL_PASSWORD))
        .doesNotContain(base64(RegistryCredential.TOKEN_USERNAME + ":" + PULL_TOKEN));
  }

  /** Runs registryctl against the fixture; {@code SecretCanaryThroughDaemonTest} runs it through the daemon. */
  Cli.Result run(Map<String, String> environment, String command, String[] args) {
    return fixture.run(environment, command, args);
  }

  private static List<String> renderedFiles() {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).filter(f -> f.toString().contains("render-"))
          .map(f -> {
            try {
              return Files.readString(f);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String[] join(String[] first, String... more) {
    return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
  }
}
