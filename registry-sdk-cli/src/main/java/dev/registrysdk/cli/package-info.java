/**
 * {@code registryctl}: the registry SDK as a command line tool.
 *
 * <p>{@link dev.registrysdk.cli.Registryctl} is the entry point ({@code main}, and
 * {@link dev.registrysdk.cli.Registryctl#commandLine(dev.registrysdk.cli.CliEnvironment)} for running
 * it in-process, e.g. in tests). {@link dev.registrysdk.cli.ExitCodes} lists what the process returns.
 * The commands live in {@code command}, their options in {@code cluster}, {@code desired},
 * {@code storage} and {@code secret}, what they print in {@code output} and {@code progress}.
 */
@NullMarked
package dev.registrysdk.cli;

import org.jspecify.annotations.NullMarked;
