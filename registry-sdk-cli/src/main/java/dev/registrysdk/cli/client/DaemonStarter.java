package dev.registrysdk.cli.client;

import java.io.IOException;
import java.util.function.BooleanSupplier;

/** Starts a daemon when none answers; the client then waits for its socket. */
@FunctionalInterface
public interface DaemonStarter {

  /**
   * Starts a daemon that will listen in {@code directory} as {@code name}, without waiting for it.
   *
   * @return whether the daemon may still come up: false once it has died
   * @throws IOException when it cannot be started at all
   */
  BooleanSupplier start(SocketDirectory directory, String name) throws IOException;
}
