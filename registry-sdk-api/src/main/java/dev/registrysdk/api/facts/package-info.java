/**
 * {@link dev.registrysdk.api.facts.ClusterFacts}: the snapshot of a cluster that validation and
 * planning work from.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.api.facts;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
