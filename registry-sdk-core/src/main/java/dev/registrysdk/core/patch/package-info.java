/**
 * JSON merge patch arithmetic (RFC 7386) used to plan minimal writes and undo them.
 */
@NullMarked
package dev.registrysdk.core.patch;

import org.jspecify.annotations.NullMarked;
