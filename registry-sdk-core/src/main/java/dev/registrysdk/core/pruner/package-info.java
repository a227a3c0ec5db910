/**
 * Image pruning: {@link dev.registrysdk.core.pruner.PrunerFeature} writes
 * {@link dev.registrysdk.api.pruner.ImagePruning} into
 * {@code imagepruners.imageregistry.operator.openshift.io/cluster}, after checking the schedule with
 * {@link dev.registrysdk.core.pruner.CronSchedule}.
 *
 * <p>Most users call {@code RegistryConfigurer.pruner(...)}.
 */
@NullMarked
package dev.registrysdk.core.pruner;

import org.jspecify.annotations.NullMarked;
