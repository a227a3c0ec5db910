/**
 * Applying: writing a plan's changes in order, with conflict detection and undo.
 */
@NullMarked
package dev.registrysdk.core.apply;

import org.jspecify.annotations.NullMarked;
