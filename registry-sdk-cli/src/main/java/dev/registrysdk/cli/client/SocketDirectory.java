package dev.registrysdk.cli.client;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * The per-user directory of the daemon's socket, lock file and log, and the names in it. Only a
 * directory that the user owns, with permissions 0700, is used: anyone who can reach the socket can
 * run {@code registryctl} with the user's credentials.
 */
public final class SocketDirectory {

  /** Overrides the directory, e.g. for tests and CI. */
  public static final String DIRECTORY_VARIABLE = "REGISTRYCTL_DAEMON_DIR";

  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

  private final Path directory;

  /** A directory at this path. */
  public SocketDirectory(Path directory) {
    this.directory = directory.toAbsolutePath();
  }

  /**
   * The user's directory: {@code $REGISTRYCTL_DAEMON_DIR}, else {@code $XDG_RUNTIME_DIR/registryctl},
   * else {@code registryctl-<user>} in {@code java.io.tmpdir}.
   */
  public static SocketDirectory forUser(Map<String, String> environment) {
    String override = environment.get(DIRECTORY_VARIABLE);
    if (override != null && !override.isBlank()) {
      return new SocketDirectory(Path.of(override));
    }
    String runtime = environment.get("XDG_RUNTIME_DIR");
    if (runtime != null && !runtime.isBlank() && Files.isDirectory(Path.of(runtime))) {
      return new SocketDirectory(Path.of(runtime, "registryctl"));
    }
    return new SocketDirectory(Path.of(System.getProperty("java.io.tmpdir"), "registryctl-" + System.getProperty("user.name")));
  }

  /** The directory. */
  public Path path() {
    return directory;
  }

  /**
   * Creates the directory with permissions 0700 if it is missing, and checks it.
   *
   * @throws UnsafeDirectoryException when it is not a directory, or not the user's, or open to others
   */
  public Path prepare() throws IOException {
    if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
      Path parent = directory.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try {
        Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.setPosixFilePermissions(directory, OWNER_ONLY);
      } catch (FileAlreadyExistsException raced) {
        // another client made it first; checked below like any existing one
      }
    }
    check();
    return directory;
  }

  private void check() throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(directory, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (!attributes.isDirectory()) {
      throw new UnsafeDirectoryException(directory + " is not a directory");
    }
    String owner = Files.getOwner(directory, LinkOption.NOFOLLOW_LINKS).getName();
    if (!owner.equals(System.getProperty("user.name"))) {
      throw new UnsafeDirectoryException(directory + " belongs to " + owner + ", not to " + System.getProperty("user.name"));
    }
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory, LinkOption.NOFOLLOW_LINKS);
    if (!permissions.equals(OWNER_ONLY)) {
      throw new UnsafeDirectoryException(directory + " has permissions " + PosixFilePermissions.toString(permissions)
          + ", not rwx------");
    }
  }

  /**
   * The daemon's name for a {@code registryctl.jar}: {@code registryctl-} and a fingerprint of the
   * jar's path, size and modification time, so that a rebuilt jar gets its own daemon.
   */
  public static String daemonName(Path jar) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
    long hash = 0xcbf29ce484222325L;
    for (String part : new String[] {jar.toAbsolutePath().normalize().toString(), Long.toString(attributes.size()),
        Long.toString(attributes.lastModifiedTime().toMillis())}) {
      for (int i = 0; i < part.length(); i++) {
        hash = (hash ^ part.charAt(i)) * 0x100000001b3L;
      }
      hash = (hash ^ 0xff) * 0x100000001b3L;
    }
    String hex = Long.toHexString(hash);
    return "registryctl-" + "0".repeat(16 - hex.length()) + hex;
  }

  /** The socket of the daemon named {@code name}. */
  public Path socket(String name) {
    return directory.resolve(name + ".sock");
  }

  /** The lock file a living daemon holds. */
  public Path lock(String name) {
    return directory.resolve(name + ".lock");
  }

  /** The daemon's log: its own messages, never a request's arguments or environment. */
  public Path log(String name) {
    return directory.resolve(name + ".log");
  }
}
