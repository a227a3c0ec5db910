/**
 * Features: the units the engine configures ({@link dev.registrysdk.core.feature.Feature}).
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.core.feature;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
