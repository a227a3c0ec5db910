/**
 * The {@code registryctl} client: a small program, on the JDK's classes only, that the launcher
 * script runs instead of the whole CLI. It hands each run to a per-user daemon
 * ({@link dev.registrysdk.cli.daemon}) that keeps the CLI's classes loaded and compiled, starting it
 * on first use, and copies what the daemon streams back to its own standard output and error. When
 * no daemon can serve, it runs the CLI in its own process: the same output and exit code, only
 * slower. {@link dev.registrysdk.cli.client.RegistryctlClient} is the entry point.
 *
 * <h2>Where</h2>
 *
 * <p>The daemon listens on a Unix domain socket in a per-user directory
 * ({@link dev.registrysdk.cli.client.SocketDirectory}): {@code $REGISTRYCTL_DAEMON_DIR}, else
 * {@code $XDG_RUNTIME_DIR/registryctl}, else {@code ${java.io.tmpdir}/registryctl-<user>}; created
 * with permissions 0700, and refused unless owned by the user with exactly those permissions. The
 * socket's name carries a fingerprint of {@code registryctl.jar} (path, size, modification time), so
 * a rebuilt or reinstalled jar starts a new daemon and never talks to an old one. Beside the socket:
 * the daemon's lock file (held while it lives; a socket whose lock is free is stale) and its log.
 *
 * <h2>Protocol</h2>
 *
 * <p>Big-endian, as {@link java.io.DataOutputStream} writes. A <em>string</em> is an {@code int}
 * byte count and that many bytes of UTF-8. A connection carries one request.
 *
 * <pre>
 * client → daemon   int magic 0x52435444 ("RCTD"), int version (1), byte kind:
 *                     RUN    (1): string working directory; int n, n × string argument;
 *                                 int m, m × (string name, string value) environment;
 *                                 boolean console (System.console() exists);
 *                                 string stdout charset; string stderr charset
 *                     STATUS (2), STOP (3): nothing more
 * daemon → client   frames: byte type, int length, length bytes of payload
 *                     READY    (1) empty: RUN read, nothing started yet
 * client → daemon   byte GO (1): run it. The daemon runs nothing before GO, so a client that gave
 *                   up waiting for READY may run the request itself without it running twice.
 * daemon → client     STDOUT   (2) bytes for standard output
 *                     STDERR   (3) bytes for standard error
 *                     EXIT     (4) int exit code; the last frame
 *                     DECLINED (5) string reason; the last frame: nothing was run or printed, the
 *                                  client runs the request in its own process (e.g. a kubeconfig
 *                                  credential plugin, which inherits the process's environment)
 *                     TEXT     (6) string: the answer to STATUS or STOP; the last frame
 * </pre>
 *
 * <p>A protocol version the daemon does not speak gets DECLINED. The environment travels because the
 * daemon resolves {@code env:} credentials, {@code KUBECONFIG}, {@code HOME} and relative paths with
 * the client's values, never its own; it is never logged.
 */
@NullMarked
package dev.registrysdk.cli.client;

import org.jspecify.annotations.NullMarked;
