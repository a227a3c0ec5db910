/**
 * Trusted CAs for external registries: the certificates nodes, builds and image imports trust when
 * they contact a registry whose certificate the cluster does not know.
 *
 * <p>{@link dev.registrysdk.api.trust.RegistryCa} names one registry host and its CA. The SDK writes
 * each into a config map in {@code openshift-config}, keyed by the host with {@code :port} written as
 * {@code ..port}, and points {@code image.config.openshift.io/cluster}
 * {@code spec.additionalTrustedCA} at it.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.api.trust;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
