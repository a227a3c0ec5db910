/**
 * Progress reporting: {@link dev.registrysdk.api.progress.ProgressListener} and its events.
 */
@NullMarked
package dev.registrysdk.api.progress;

import org.jspecify.annotations.NullMarked;
