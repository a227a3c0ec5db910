/**
 * Helpers shared by the storage providers. Not API: anything here may change without notice.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.storage.internal;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
