/**
 * {@link dev.registrysdk.storage.gcs.Gcs}: the registry on a Google Cloud Storage bucket, with a
 * service account key file.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.storage.gcs;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
