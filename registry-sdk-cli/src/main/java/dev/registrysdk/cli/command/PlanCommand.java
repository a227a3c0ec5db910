package dev.registrysdk.cli.command;

import dev.registrysdk.api.plan.Plan;
import dev.registrysdk.cli.ExitCodes;
import dev.registrysdk.cli.cluster.ClusterConnection;
import dev.registrysdk.cli.desired.DesiredStateOptions;
import dev.registrysdk.cli.desired.RegistriesConfPreview;
import dev.registrysdk.cli.output.OutputOptions;
import dev.registrysdk.cli.output.Views;
import dev.registrysdk.cli.progress.ProgressDisplay;
import dev.registrysdk.cli.secret.SecretReader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code registryctl plan}: what {@code apply} would write, and every finding; writes nothing. */
@Command(name = "plan", sortOptions = false, exitCodeOnInvalidInput = 1, mixinStandardHelpOptions = true,
    abbreviateSynopsis = true,
    description = {"Shows what apply would write, with a diff per change and every finding. Writes nothing.",
        "Exit 0 with a plan that apply would carry out, 2 when validation refuses it."})
public final class PlanCommand extends ClusterCommand {

  @Mixin
  OutputOptions output;

  @Mixin
  DesiredStateOptions desired;

  @ArgGroup(exclusive = false, validate = false, order = 90, heading = "%nWhat the nodes get (registries.conf)%n")
  RegistriesConfPreview nodes;

  @Override
  int run() {
    try (ClusterConnection connection = cluster.connect(environment());
        ProgressDisplay display = progressDisplay()) {
      Plan plan = desired.configurer(connection.client(), SecretReader.forWriting(environment()), environment())
          .listener(display).plan();
      Views.RegistriesConfView preview = nodes == null || !nodes.requested() ? null
          : nodes.preview(connection.client(), desired.mirrorSets(), desired.registrySources());
      display.close();
      if (output.text()) {
        out().println("Cluster: " + connection.description());
        out().print(plan.render());
        if (plan.hasErrors()) {
          out().println("Refused: apply would write nothing until the errors above are fixed.");
        }
        if (preview != null) {
          Texts.registriesConf(out(), preview);
        }
        out().flush();
      } else {
        Views.PlanView view = Views.PlanView.of(plan);
        output.format().write(out(), preview == null ? view : view.withNodes(preview));
      }
      return plan.hasErrors() ? ExitCodes.REFUSED : ExitCodes.OK;
    }
  }
}
