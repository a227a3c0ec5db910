/**
 * Exposure: {@link dev.registrysdk.core.exposure.RegistryExposure} reads back the host names by
 * which the registry is reached, inside the cluster and through its routes, e.g. to log in with
 * {@code podman login} after {@code defaultRoute(true)}.
 */
@NullMarked
package dev.registrysdk.core.exposure;

import org.jspecify.annotations.NullMarked;
