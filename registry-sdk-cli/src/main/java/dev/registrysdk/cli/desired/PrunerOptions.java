package dev.registrysdk.cli.desired;

import dev.registrysdk.api.LogLevel;
import dev.registrysdk.api.pruner.ImagePruning;
import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.core.RegistryConfigurer;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The image pruner ({@code imagepruners.imageregistry.operator.openshift.io/cluster}); only the
 * settings given are written, the operator's defaults stand for the others.
 */
public final class PrunerOptions implements ConfigurerOptions {

  @Option(names = "--pruner-schedule", paramLabel = "CRON",
      description = "When pruning runs: five cron fields, e.g. '30 2 * * *', or @daily, @hourly... Default: 0 0 * * *.")
  String schedule;

  @Option(names = "--pruner-suspend", negatable = true, description = "Pause pruning (--no-pruner-suspend resumes it).")
  Boolean suspend;

  @Option(names = "--pruner-keep-tag-revisions", paramLabel = "N", description = "Revisions of each tag kept. Default: 3.")
  Integer keepTagRevisions;

  @Option(names = "--pruner-keep-younger-than", paramLabel = "DURATION", converter = Converters.GoDurations.class,
      description = "Images younger than this are kept, e.g. 2h. Default: 60m.")
  Duration keepYoungerThan;

  @Option(names = "--pruner-successful-jobs-history-limit", paramLabel = "N", description = "Finished pruning jobs kept. Default: 3.")
  Integer successfulJobs;

  @Option(names = "--pruner-failed-jobs-history-limit", paramLabel = "N", description = "Failed pruning jobs kept. Default: 3.")
  Integer failedJobs;

  @Option(names = "--pruner-ignore-invalid-refs", negatable = true,
      description = "Skip image references that do not parse instead of failing the job (the default).")
  Boolean ignoreInvalidReferences;

  @Option(names = "--pruner-log-level", paramLabel = "LEVEL", converter = Converters.Level.class,
      description = "Log level of the pruning job: Normal, Debug, Trace, TraceAll.")
  LogLevel logLevel;

  @Override
  public RegistryConfigurer applyTo(RegistryConfigurer configurer, SecretReader secrets, CliEnvironment environment) {
    ImagePruning pruning = ImagePruning.create();
    if (schedule != null) {
      pruning = pruning.schedule(schedule);
    }
    if (suspend != null) {
      pruning = pruning.suspend(suspend);
    }
    if (keepTagRevisions != null) {
      pruning = pruning.keepTagRevisions(keepTagRevisions);
    }
    if (keepYoungerThan != null) {
      pruning = pruning.keepYoungerThan(keepYoungerThan);
    }
    if (successfulJobs != null) {
      pruning = pruning.successfulJobsHistoryLimit(successfulJobs);
    }
    if (failedJobs != null) {
      pruning = pruning.failedJobsHistoryLimit(failedJobs);
    }
    if (ignoreInvalidReferences != null) {
      pruning = pruning.ignoreInvalidImageReferences(ignoreInvalidReferences);
    }
    if (logLevel != null) {
      pruning = pruning.logLevel(logLevel);
    }
    return configurer.pruner(pruning);
  }
}
