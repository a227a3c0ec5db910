/**
 * Validation of the registry's desired state: {@link dev.registrysdk.core.validate.RegistryValidator}
 * and its rules, with the stable codes of {@link dev.registrysdk.core.validate.FindingCodes}.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.core.validate;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
