/**
 * The registry's own configuration as a feature: {@link dev.registrysdk.core.registry.RegistryFeature}.
 */
@NullMarked
package dev.registrysdk.core.registry;

import org.jspecify.annotations.NullMarked;
