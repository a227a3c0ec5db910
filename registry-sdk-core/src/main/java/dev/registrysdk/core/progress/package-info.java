/**
 * Progress delivery and a ready-made SLF4J {@link dev.registrysdk.core.progress.LoggingProgressListener}.
 */
@NullMarked
package dev.registrysdk.core.progress;

import org.jspecify.annotations.NullMarked;
