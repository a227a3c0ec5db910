/**
 * {@link dev.registrysdk.storage.pvc.Pvc}: the registry on a persistent volume claim in
 * {@code openshift-image-registry}: an existing claim, one the SDK creates, or the one the operator
 * creates; presets for ODF CephFS, block storage and NFS; and making a storage class the cluster
 * default.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.storage.pvc;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
