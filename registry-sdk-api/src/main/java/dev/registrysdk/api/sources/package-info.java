/**
 * Registry sources: which registries the cluster may pull from, treats as insecure or searches for
 * short names, and which it may import image streams from, as {@code image.config.openshift.io/cluster}
 * holds them.
 *
 * <p>{@link dev.registrysdk.api.sources.RegistrySources} says explicitly whether its lists add to
 * what the cluster has ({@link dev.registrysdk.api.sources.RegistrySources#adding()}) or replace it
 * ({@link dev.registrysdk.api.sources.RegistrySources#replacing()}).
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.api.sources;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
