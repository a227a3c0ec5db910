package dev.registrysdk.cli.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The socket directory is the user's alone, and a rebuilt jar gets another daemon. */
class SocketDirectoryTest {

  @TempDir
  Path dir;

  @Test
  @DisplayName("a missing directory is made with permissions 0700")
  void createsOwnerOnly() throws IOException {
    SocketDirectory directory = new SocketDirectory(dir.resolve("a/b/registryctl"));

    Path made = directory.prepare();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).isEqualTo("rwx------");
    assertThat(directory.socket("x").getParent()).isEqualTo(made);
    assertThat(directory.socket("x")).hasFileName("x.sock");
  }

  @Test
  @DisplayName("a directory others may enter, a file, or a symbolic link is refused")
  void refusesUnsafeDirectories() throws IOException {
    Path open = Files.createDirectory(dir.resolve("open"));
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwx--x--x"));
    Path file = Files.writeString(dir.resolve("file"), "");
    Path owned = Files.createDirectory(dir.resolve("owned"));
    Files.setPosixFilePermissions(owned, PosixFilePermissions.fromString("rwx------"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), owned);

    assertThatThrownBy(() -> new SocketDirectory(open).prepare()).isInstanceOf(UnsafeDirectoryException.class)
        .hasMessageContaining("rwx--x--x");
    assertThatThrownBy(() -> new SocketDirectory(file).prepare()).isInstanceOf(UnsafeDirectoryException.class);
    assertThatThrownBy(() -> new SocketDirectory(link).prepare()).isInstanceOf(UnsafeDirectoryException.class);
    assertThat(new SocketDirectory(owned).prepare()).isEqualTo(owned);
  }

  @Test
  @DisplayName("$REGISTRYCTL_DAEMON_DIR overrides the user's directory, then $XDG_RUNTIME_DIR/registryctl")
  void whereByEnvironment() {
    assertThat(SocketDirectory.forUser(Map.of(SocketDirectory.DIRECTORY_VARIABLE, dir.resolve("d").toString(),
        "XDG_RUNTIME_DIR", dir.toString())).path()).isEqualTo(dir.resolve("d"));
    assertThat(SocketDirectory.forUser(Map.of("XDG_RUNTIME_DIR", dir.toString())).path())
        .isEqualTo(dir.resolve("registryctl"));
    assertThat(SocketDirectory.forUser(Map.of()).path().getFileName().toString()).startsWith("registryctl-");
  }

  @Test
  @DisplayName("a rebuilt jar (other size or time) gets another daemon name; the same jar the same name")
  void daemonNameFollowsTheJar() throws IOException {
    Path jar = Files.writeString(dir.resolve("registryctl.jar"), "one");
    String first = SocketDirectory.daemonName(jar);

    assertThat(SocketDirectory.daemonName(jar)).isEqualTo(first).matches("registryctl-[0-9a-f]{16}");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    String touched = SocketDirectory.daemonName(jar);
    Files.writeString(jar, "longer");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

    assertThat(touched).isNotEqualTo(first);
    assertThat(SocketDirectory.daemonName(jar)).isNotEqualTo(touched);
  }
}
