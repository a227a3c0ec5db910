/**
 * {@link dev.registrysdk.storage.emptydir.EmptyDir}: the registry on the pod's ephemeral volume, for
 * non-production clusters only.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.storage.emptydir;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
