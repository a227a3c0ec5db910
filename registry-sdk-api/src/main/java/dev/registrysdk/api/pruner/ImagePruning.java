package dev.registrysdk.api.pruner;

import dev.registrysdk.api.LogLevel;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Settings of the image pruner ({@code imagepruners.imageregistry.operator.openshift.io/cluster}
 * {@code spec}); only those set are written.
 *
 * <pre>{@code
 * ImagePruning.create()
 *     .schedule("30 2 * * *")                // 02:30 every night
 *     .keepTagRevisions(5)
 *     .keepYoungerThan(Duration.ofHours(2));
 * }</pre>
 *
 * <p>The operator's defaults when a field is not set: schedule {@code 0 0 * * *}, three tag
 * revisions, images younger than 60 minutes kept, three successful and three failed jobs kept,
 * invalid image references ignored. Pruning deletes registry storage only while the registry is
 * {@code Managed}; when it is {@code Removed} or {@code Unmanaged}, only the image objects are pruned.
 * Immutable; each method returns a copy.
 */
@Value.Immutable
public abstract class ImagePruning {

  ImagePruning() {}

  /** {@code spec.schedule}: a cron expression with five fields, e.g. {@code 0 0 * * *}. */
  public abstract Optional<String> schedule();

  /** {@code spec.suspend}: whether pruning is paused. */
  public abstract Optional<Boolean> suspend();

  /** {@code spec.keepTagRevisions}: how many revisions of each tag are kept. */
  public abstract Optional<Integer> keepTagRevisions();

  /** {@code spec.keepYoungerThanDuration}: images younger than this are kept. */
  public abstract Optional<Duration> keepYoungerThan();

  /** {@code spec.successfulJobsHistoryLimit}: how many finished jobs are kept. */
  public abstract Optional<Integer> successfulJobsHistoryLimit();

  /** {@code spec.failedJobsHistoryLimit}: how many failed jobs are kept. */
  public abstract Optional<Integer> failedJobsHistoryLimit();

  /** {@code spec.ignoreInvalidImageReferences}: whether references that do not parse are skipped instead of failing the job. */
  public abstract Optional<Boolean> ignoreInvalidImageReferences();

  /** {@code spec.logLevel} of the pruning job. */
  public abstract Optional<LogLevel> logLevel();

  /** Settings with nothing set. */
  public static ImagePruning create() {
    return ImmutableImagePruning.builder().build();
  }

  /** A copy with a cron schedule such as {@code 0 0 * * *}. */
  public ImagePruning schedule(String cron) {
    return ImmutableImagePruning.builder().from(this).schedule(cron).build();
  }

  /** A copy that pauses ({@code true}) or resumes pruning. */
  public ImagePruning suspend(boolean suspend) {
    return ImmutableImagePruning.builder().from(this).suspend(suspend).build();
  }

  /** A copy that keeps this many revisions of each tag. */
  public ImagePruning keepTagRevisions(int revisions) {
    return ImmutableImagePruning.builder().from(this).keepTagRevisions(revisions).build();
  }

  /** A copy that keeps images younger than {@code age}. */
  public ImagePruning keepYoungerThan(Duration age) {
    return ImmutableImagePruning.builder().from(this).keepYoungerThan(age).build();
  }

  /** A copy that keeps this many successful jobs. */
  public ImagePruning successfulJobsHistoryLimit(int jobs) {
    return ImmutableImagePruning.builder().from(this).successfulJobsHistoryLimit(jobs).build();
  }

  /** A copy that keeps this many failed jobs. */
  public ImagePruning failedJobsHistoryLimit(int jobs) {
    return ImmutableImagePruning.builder().from(this).failedJobsHistoryLimit(jobs).build();
  }

  /** A copy that skips ({@code true}) or fails on image references that do not parse. */
  public ImagePruning ignoreInvalidImageReferences(boolean ignore) {
    return ImmutableImagePruning.builder().from(this).ignoreInvalidImageReferences(ignore).build();
  }

  /** A copy with the job's log level. */
  public ImagePruning logLevel(LogLevel level) {
    return ImmutableImagePruning.builder().from(this).logLevel(level).build();
  }
}
