package dev.registrysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Wrong command lines exit 1 with a message that says what to change. */
class UsageTest {

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of(new String[] {"plan", "--fake", "bare-metal", "--replicsa", "2"}, "Unknown option"),
        Arguments.of(new String[] {"plan", "--fake", "bare-metal", "--s3-bucket", "b"}, "--s3-* go with --storage s3"),
        Arguments.of(new String[] {"plan", "--fake", "bare-metal", "--storage", "pvc", "--gcs-bucket", "b"},
            "--gcs-* go with --storage gcs, not pvc"),
        Arguments.of(new String[] {"plan", "--fake", "bare-metal", "--storage", "s3"}, "--storage s3 needs --s3-bucket"),
        Arguments.of(new String[] {"plan", "--fake", "bare-metal", "--managed", "--removed"}, "exclude each other"),
        Arguments.of(new String[] {"plan", "--fake", "mars"}, "Unknown platform 'mars'"),
        Arguments.of(new String[] {"plan", "--fake", "bare-metal", "--storage", "floppy"}, "'floppy' is not one of"),
        Arguments.of(new String[] {"plan", "--fake", "bare-metal", "--storage", "s3", "--s3-bucket", "b",
            "--s3-access-key", "env:MISSING", "--s3-secret-key", "env:MISSING"}, "MISSING is not set"),
        Arguments.of(new String[] {"plan", "--fake", "aws", "--kubeconfig", "kc"}, "does not go with --kubeconfig"),
        Arguments.of(new String[] {"frobnicate"}, "Unmatched argument"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("mistakes")
  @DisplayName("exits 1 and says what is wrong")
  void exitsOne(String[] args, String message) {
    Cli.Result result = Cli.run(args);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains(message);
  }

  @Test
  @DisplayName("a credential given as a value is refused without echoing it")
  void literalCredentialRefused() {
    Cli.Result result = Cli.run("plan", "--fake", "bare-metal", "--storage", "s3", "--s3-bucket", "b",
        "--s3-access-key", "AKIA-LITERAL-VALUE", "--s3-secret-key", "env:X");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("env:VARIABLE or file:PATH").doesNotContain("AKIA-LITERAL-VALUE");
  }

  @Test
  @DisplayName("--help lists the commands and the exit codes")
  void help() {
    Cli.Result result = Cli.run("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("plan", "apply", "status", "render", "doctor", "Exit codes:",
        "2   refused by validation").doesNotContain("__train");
  }

  @Test
  @DisplayName("every command has --help")
  void commandHelp() {
    for (String command : new String[] {"plan", "apply", "status", "render", "doctor"}) {
      Cli.Result result = Cli.run(command, "--help");
      assertThat(result.exitCode()).as(command).isZero();
      assertThat(result.out()).as(command).contains("Usage: registryctl " + command);
    }
  }
}
