/**
 * The {@code registryctl} daemon: one long-lived JVM per user and per build of the CLI that runs the
 * commands the client ({@link dev.registrysdk.cli.client}) hands it, so a run pays for neither the
 * JVM's start nor loading and compiling the CLI, fabric8 and Jackson again.
 *
 * <p>{@link dev.registrysdk.cli.daemon.RegistryctlDaemon} listens on the socket the client package
 * describes, one thread per connection; {@link dev.registrysdk.cli.daemon.RequestRunner} runs each
 * request's picocli command line with that request's environment, working directory, terminal
 * facts and charsets, writing to the client through frames. What a run would take from the process
 * itself rather than from its environment it does not run: the client runs it
 * ({@link dev.registrysdk.cli.InProcessOnlyException}, {@code --verbose}). Embedded fake clusters
 * ({@code --fake}) are started and closed inside their request. The daemon exits after an idle
 * timeout (15 minutes unless {@code --idle} says otherwise), on {@code registryctl daemon stop}, or
 * on SIGTERM, and removes its socket. It logs to its log file through SLF4J, never a request's
 * arguments or environment.
 */
@NullMarked
package dev.registrysdk.cli.daemon;

import org.jspecify.annotations.NullMarked;
