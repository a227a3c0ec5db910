/**
 * The engine: the one-way flow observe, validate, plan, provision, apply, with retries and undo.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.core.engine;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
