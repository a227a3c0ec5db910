/**
 * {@code registryctl doctor}: reads a cluster and explains its registry with the operator's own
 * messages and a remedy for each problem. The rules are the SDK's: {@link dev.registrysdk.cli.doctor.Doctor}
 * validates the registry as it is (its current storage mapped back to a provider) and reads
 * readiness as {@code apply} does; it adds only what describes a state rather than a change (a
 * Removed registry, two storage backends).
 */
@NullMarked
package dev.registrysdk.cli.doctor;

import org.jspecify.annotations.NullMarked;
