/**
 * registry-sdk's entry point: {@link dev.registrysdk.core.RegistryConfigurer} and its
 * {@link dev.registrysdk.core.ApplyResult}.
 *
 * <p>The engine behind it runs one straight line, each stage in a package of its name:
 * {@code observe} (cluster to facts), {@code validate} (facts and desired state to findings),
 * {@code plan} (to ordered, minimal changes), {@code apply} (writes, conflicts, undo) and
 * {@code await} (watch-based, generation-aware readiness).
 */
@NullMarked
package dev.registrysdk.core;

import org.jspecify.annotations.NullMarked;
