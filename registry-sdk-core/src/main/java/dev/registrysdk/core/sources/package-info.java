/**
 * Registry sources: {@link dev.registrysdk.core.sources.RegistrySourcesFeature} writes
 * {@link dev.registrysdk.api.sources.RegistrySources} into {@code image.config.openshift.io/cluster},
 * adding to or replacing the cluster's lists as asked, after validating them as the CRD does.
 *
 * <p>Most users call {@code RegistryConfigurer.registrySources(...)}.
 */
@NullMarked
package dev.registrysdk.core.sources;

import org.jspecify.annotations.NullMarked;
