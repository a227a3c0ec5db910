/**
 * Planning: from {@link dev.registrysdk.core.plan.ObjectIntent}s and observed facts to an ordered,
 * minimal {@link dev.registrysdk.api.plan.Plan}.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.core.plan;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
