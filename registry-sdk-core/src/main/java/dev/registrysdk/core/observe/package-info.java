/**
 * Observation: reading a cluster into {@link dev.registrysdk.api.facts.ClusterFacts}.
 */
@NullMarked
package dev.registrysdk.core.observe;

import org.jspecify.annotations.NullMarked;
