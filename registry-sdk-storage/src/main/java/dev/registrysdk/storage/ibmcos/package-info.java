/**
 * {@link dev.registrysdk.storage.ibmcos.IbmCos}: the registry on an IBM Cloud Object Storage bucket.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.storage.ibmcos;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
