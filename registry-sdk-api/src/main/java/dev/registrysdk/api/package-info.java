/**
 * The desired state of the integrated image registry, as immutable values.
 *
 * <p>Most users never build these directly: {@code RegistryConfigurer} in {@code registry-sdk-core}
 * collects them through its fluent methods. They matter to authors of tools that store or compare
 * desired states, and to {@link dev.registrysdk.api.spi.StorageProvider} implementations.
 *
 * <p>Every optional attribute distinguishes "not set" from any default: a value the caller did not
 * name is never written to the cluster.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.api;

import org.jspecify.annotations.NullMarked;
