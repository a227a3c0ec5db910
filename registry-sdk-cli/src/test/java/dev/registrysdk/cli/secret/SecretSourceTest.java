package dev.registrysdk.cli.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretSourceTest {

  @TempDir
  Path dir;

  @Test
  @DisplayName("reads env:NAME from the environment")
  void environment() {
    SecretReader reader = SecretReader.forWriting(CliEnvironment.of(Map.of("KEY", "v1"), dir));

    assertThat(reader.read(SecretSource.parse("env:KEY"), "--x")).isEqualTo("v1");
  }

  @Test
  @DisplayName("reads file:PATH relative to the working directory, without the trailing newline")
  void file() throws Exception {
    Files.writeString(dir.resolve("key.txt"), "v2\n");
    SecretReader reader = SecretReader.forWriting(CliEnvironment.of(Map.of(), dir));

    assertThat(reader.read(SecretSource.parse("file:key.txt"), "--x")).isEqualTo("v2");
  }

  @Test
  @DisplayName("refuses a value given directly, without repeating it")
  void literalRefused() {
    assertThatThrownBy(() -> SecretSource.parse("hunter2"))
        .isInstanceOf(IllegalArgumentException.class).message().doesNotContain("hunter2");
  }

  @Test
  @DisplayName("a missing variable is a usage error naming the variable")
  void missingVariable() {
    SecretReader reader = SecretReader.forWriting(CliEnvironment.of(Map.of(), dir));

    assertThatThrownBy(() -> reader.read(SecretSource.parse("env:NOPE"), "--s3-access-key"))
        .isInstanceOf(UsageException.class).hasMessageContaining("NOPE");
  }

  @Test
  @DisplayName("placeholder is accepted for rendering only")
  void placeholder() {
    CliEnvironment environment = CliEnvironment.of(Map.of(), dir);

    assertThat(SecretReader.forRendering(environment).read(SecretSource.parse("placeholder"), "--x"))
        .isEqualTo(SecretReader.PLACEHOLDER);
    assertThatThrownBy(() -> SecretReader.forWriting(environment).read(SecretSource.parse("placeholder"), "--x"))
        .isInstanceOf(UsageException.class);
  }
}
