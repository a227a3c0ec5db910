package dev.registrysdk.cli.daemon;

import dev.registrysdk.api.GoDuration;
import dev.registrysdk.cli.client.SocketDirectory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a daemon listens and how long it waits for work.
 *
 * @param directory the socket directory
 * @param name the daemon's name there (its socket, lock file and log)
 * @param idleTimeout how long it waits for a request before it exits
 */
public record DaemonSettings(SocketDirectory directory, String name, Duration idleTimeout) {

  /** The idle timeout unless one is given. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(15);

  /** Checks the values. */
  public DaemonSettings {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(name, "name");
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("the idle timeout must be positive");
    }
  }

  /** From the daemon's command line: {@code --dir DIR --name NAME [--idle DURATION]}. */
  static DaemonSettings parse(String... args) {
    String directory = null;
    String name = null;
    Duration idle = DEFAULT_IDLE_TIMEOUT;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--dir" -> directory = args[i + 1];
        case "--name" -> name = args[i + 1];
        case "--idle" -> idle = GoDuration.parse(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (directory == null || name == null || args.length % 2 != 0) {
      throw new IllegalArgumentException("usage: --dir DIR --name NAME [--idle DURATION]");
    }
    return new DaemonSettings(new SocketDirectory(Path.of(directory)), name, idle);
  }
}
