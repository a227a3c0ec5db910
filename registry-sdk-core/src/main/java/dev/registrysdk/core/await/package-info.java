/**
 * Awaiting readiness: watch-based, generation-aware, with the operator's own messages and hints.
 */
@NullMarked
package dev.registrysdk.core.await;

import org.jspecify.annotations.NullMarked;
