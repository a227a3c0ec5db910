/**
 * Progress of long waits (bucket claims, readiness) on standard error: a live line redrawn in place
 * when a person watches a terminal, plain lines otherwise (CI logs, pipes), nothing with
 * {@code --progress none}. {@link dev.registrysdk.cli.progress.ProgressDisplay} is the SDK's
 * {@code ProgressListener} for the CLI.
 *
 * <p>A small renderer of our own rather than a progress-bar library: these waits have no known
 * total to draw a bar against, and a library (with its terminal layer) would add start-up time to
 * every run for one line of output.
 */
@NullMarked
package dev.registrysdk.cli.progress;

import org.jspecify.annotations.NullMarked;
