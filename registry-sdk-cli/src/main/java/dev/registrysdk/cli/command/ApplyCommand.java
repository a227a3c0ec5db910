package dev.registrysdk.cli.command;

import dev.registrysdk.api.GoDuration;
import dev.registrysdk.api.error.ValidationException;
import dev.registrysdk.api.plan.Plan;
import dev.registrysdk.api.readiness.Readiness;
import dev.registrysdk.cli.ExitCodes;
import dev.registrysdk.cli.cluster.ClusterConnection;
import dev.registrysdk.cli.desired.Converters;
import dev.registrysdk.cli.desired.DesiredStateOptions;
import dev.registrysdk.cli.output.OutputOptions;
import dev.registrysdk.cli.output.Views;
import dev.registrysdk.cli.progress.ProgressDisplay;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.core.ApplyResult;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code registryctl apply}: validate, plan, write, and wait until the operator reports the registry ready. */
@Command(name = "apply", sortOptions = false, exitCodeOnInvalidInput = 1, mixinStandardHelpOptions = true,
    abbreviateSynopsis = true,
    description = {"Validates, plans and writes (prerequisites first, the Config last, undone on failure),"
        + " then waits until the operator reports the registry ready for what was written.",
        "Exit 0 when ready, 2 when validation refuses (nothing written), 3 when still not ready after --wait,"
            + " 4 when the operator reports a failure or a write fails."})
public final class ApplyCommand extends ClusterCommand {

  @Option(names = "--wait", paramLabel = "DURATION", converter = Converters.GoDurations.class,
      description = "How long to wait for the registry to be ready. Default: 10m.")
  Duration wait = Duration.ofMinutes(10);

  @Option(names = "--no-wait", description = "Return once written, without waiting for the registry.")
  boolean noWait;

  @Mixin
  OutputOptions output;

  @Mixin
  DesiredStateOptions desired;

  @Override
  int run() {
    try (ClusterConnection connection = cluster.connect(environment());
        ProgressDisplay display = progressDisplay()) {
      if (output.text()) {
        out().println("Cluster: " + connection.description());
        out().flush();
      }
      ApplyResult result;
      try {
        result = desired.configurer(connection.client(), SecretReader.forWriting(environment()), environment())
            .listener(display).apply();
      } catch (ValidationException refused) {
        display.close();
        return refused(refused, connection);
      }
      if (output.text()) {
        display.clear();
        out().print(result.plan().render());
        out().println(result.changed()
            ? "Applied " + result.changes().size() + (result.changes().size() == 1 ? " change" : " changes") + " in "
                + result.attempts() + (result.attempts() == 1 ? " attempt." : " attempts.")
            : "Nothing to change: the cluster is already as desired.");
        out().flush();
      }
      Readiness readiness = null;
      if (!noWait) {
        display.status("waiting for the registry (up to " + GoDuration.format(wait) + ")");
        readiness = result.await(wait);
      }
      display.close();
      if (output.text()) {
        if (readiness != null) {
          Texts.readiness(out(), readiness);
        }
        out().flush();
      } else {
        output.format().write(out(), new Views.ApplyView(connection.description(), Views.PlanView.of(result.plan()),
            result.changes().stream().map(Views.ChangeView::of).toList(), result.attempts(),
            readiness == null ? null : Views.ReadinessView.of(readiness)));
      }
      return readiness == null ? ExitCodes.OK : ExitCodes.of(readiness);
    }
  }

  private int refused(ValidationException refused, ClusterConnection connection) {
    if (output.text()) {
      out().println("Refused by validation; nothing was written.");
      Texts.findings(out(), refused.findings());
      out().flush();
    } else {
      output.format().write(out(), new Views.ApplyView(connection.description(),
          Views.PlanView.of(Plan.of(List.of(), refused.findings())), List.of(), 0, null));
    }
    return ExitCodes.REFUSED;
  }
}
