/**
 * Credentials on the command line: never the value itself, only where to read it
 * ({@code env:NAME} or {@code file:PATH}), so secrets stay out of {@code ps}, shell history and
 * CI logs. {@link dev.registrysdk.cli.secret.SecretSource} is the reference,
 * {@link dev.registrysdk.cli.secret.SecretReader} reads it.
 */
@NullMarked
package dev.registrysdk.cli.secret;

import org.jspecify.annotations.NullMarked;
