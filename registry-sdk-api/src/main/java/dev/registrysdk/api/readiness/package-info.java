/**
 * Readiness of the registry as the operator reports it: {@link dev.registrysdk.api.readiness.Readiness}.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.api.readiness;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
