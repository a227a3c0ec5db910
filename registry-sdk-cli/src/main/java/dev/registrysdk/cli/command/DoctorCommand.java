package dev.registrysdk.cli.command;

import dev.registrysdk.api.finding.Severity;
import dev.registrysdk.api.readiness.ConditionSnapshot;
import dev.registrysdk.cli.ExitCodes;
import dev.registrysdk.cli.cluster.ClusterConnection;
import dev.registrysdk.cli.doctor.Diagnosis;
import dev.registrysdk.cli.doctor.Doctor;
import dev.registrysdk.cli.doctor.DoctorReport;
import dev.registrysdk.cli.output.OutputOptions;
import dev.registrysdk.cli.output.Views;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code registryctl doctor}: explains the registry's state with the operator's messages and a remedy. */
@Command(name = "doctor", sortOptions = false, exitCodeOnInvalidInput = 1, mixinStandardHelpOptions = true,
    abbreviateSynopsis = true,
    description = {"Reads the cluster and explains its registry: state, configuration problems the SDK's"
        + " validation finds, what the operator reports, and a remedy for each. Writes nothing.",
        "Exit 0 when nothing is wrong, 3 when the registry is still progressing, 4 when something is wrong."})
public final class DoctorCommand extends ClusterCommand {

  @Mixin
  OutputOptions output;

  @Override
  int run() {
    try (ClusterConnection connection = cluster.connect(environment())) {
      DoctorReport report = new Doctor(connection.client()).examine();
      if (output.text()) {
        print(connection.description(), report);
      } else {
        output.format().write(out(), new Views.DoctorView(connection.description(), report.platform(),
            report.managementState(), report.backends(), report.replicas(), report.rolloutStrategy(),
            !report.hasErrors(), report.diagnoses().stream().map(d -> new Views.DiagnosisView(d.code(),
                d.severity().name(), d.message(), d.operatorMessage(), d.remedy())).toList(),
            report.readiness().map(Views.ReadinessView::of).orElse(null)));
      }
      return report.hasErrors() ? ExitCodes.FAILED : report.progressing() ? ExitCodes.NOT_READY : ExitCodes.OK;
    }
  }

  private void print(String cluster, DoctorReport report) {
    PrintWriter out = out();
    out.println("Cluster: " + cluster);
    if (!report.managementState().isEmpty()) {
      out.println("Registry: " + report.managementState() + " on " + (report.platform().isEmpty() ? "an unknown platform" : report.platform())
          + ", storage " + (report.backends().isEmpty() ? "none" : String.join(" + ", report.backends()))
          + ", " + report.replicas() + (report.replicas() == 1 ? " replica" : " replicas")
          + (report.rolloutStrategy().isEmpty() ? "" : ", rollout " + report.rolloutStrategy()));
    }
    report.readiness().ifPresent(r -> {
      out.println("Operator: " + r.describe());
      for (ConditionSnapshot condition : r.conditions()) {
        if (!condition.message().isEmpty()) {
          out.println("  " + condition);
        }
      }
    });
    if (report.diagnoses().isEmpty()) {
      out.println("Nothing wrong found.");
    }
    for (Diagnosis d : report.diagnoses()) {
      out.println();
      out.println(d.severity() + " " + d.code() + ": " + d.message());
      if (d.operatorMessage() != null && !d.operatorMessage().isEmpty()) {
        out.println("  operator: " + d.operatorMessage());
      }
      out.println("  remedy:   " + d.remedy());
    }
    long errors = report.diagnoses().stream().filter(Diagnosis::isError).count();
    long warnings = report.diagnoses().stream().filter(d -> d.severity() == Severity.WARNING).count();
    out.println();
    if (errors > 0) {
      out.println("Verdict: " + errors + (errors == 1 ? " problem" : " problems") + " to fix.");
    } else if (report.progressing()) {
      out.println("Verdict: not ready yet, nothing wrong found.");
    } else if (warnings > 0) {
      out.println("Verdict: nothing broken; " + warnings + (warnings == 1 ? " warning" : " warnings") + " to read.");
    } else {
      out.println("Verdict: healthy.");
    }
    out.flush();
  }
}
