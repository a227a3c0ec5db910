/**
 * {@link dev.registrysdk.storage.odf.Odf}: the registry on OpenShift Data Foundation object storage,
 * Ceph RGW or NooBaa, through an ObjectBucketClaim that the SDK creates and waits for.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.storage.odf;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
