/**
 * Trusted CAs for external registries: {@link dev.registrysdk.core.trust.TrustedCaFeature} writes
 * each {@link dev.registrysdk.api.trust.RegistryCa} into a config map in {@code openshift-config}
 * and points {@code image.config.openshift.io/cluster} {@code spec.additionalTrustedCA} at it;
 * {@link dev.registrysdk.core.trust.PemCertificates} checks the certificates first.
 *
 * <p>Most users call {@code RegistryConfigurer.trustRegistryCa(host, pem)}.
 */
@NullMarked
package dev.registrysdk.core.trust;

import org.jspecify.annotations.NullMarked;
