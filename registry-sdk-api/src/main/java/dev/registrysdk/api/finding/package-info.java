/**
 * Findings: the results of validation, as data.
 *
 * <p>Validation never throws for a bad desired state; it returns {@link dev.registrysdk.api.finding.Finding}s.
 * {@code apply()} then raises one {@link dev.registrysdk.api.error.ValidationException} carrying every
 * {@link dev.registrysdk.api.finding.Severity#ERROR} finding, before anything is written.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.api.finding;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
