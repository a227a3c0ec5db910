/**
 * Image pruning: the operator's nightly job that deletes images no longer referenced, configured by
 * {@code imagepruners.imageregistry.operator.openshift.io/cluster}.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.api.pruner;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
