/**
 * Registry mirrors: where nodes pull images from instead of, or before, their source registry.
 *
 * <p>A {@link dev.registrysdk.api.mirror.MirrorSet} becomes an {@code ImageDigestMirrorSet} or
 * {@code ImageTagMirrorSet} (config.openshift.io/v1), or on clusters that do not serve those, or on
 * request, an {@code ImageContentSourcePolicy} (operator.openshift.io/v1alpha1). Each of its
 * {@link dev.registrysdk.api.mirror.SourceMirrors} maps one source repository to its mirrors.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.api.mirror;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
