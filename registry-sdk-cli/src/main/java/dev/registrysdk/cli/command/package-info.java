/**
 * The commands: {@link dev.registrysdk.cli.command.PlanCommand plan},
 * {@link dev.registrysdk.cli.command.ApplyCommand apply}, {@link dev.registrysdk.cli.command.StatusCommand status},
 * {@link dev.registrysdk.cli.command.RenderCommand render} and {@link dev.registrysdk.cli.command.DoctorCommand doctor},
 * under {@link dev.registrysdk.cli.command.RootCommand}. Each prints results to picocli's {@code out} and
 * progress and errors to its {@code err}, and returns an exit code of {@link dev.registrysdk.cli.ExitCodes}.
 */
@NullMarked
package dev.registrysdk.cli.command;

import org.jspecify.annotations.NullMarked;
