/**
 * Plans: the ordered, reviewable writes that {@code apply()} performs and {@code plan()} only shows.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.api.plan;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
