package dev.registrysdk.cli.command;

import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.readiness.ConditionSnapshot;
import dev.registrysdk.api.readiness.Readiness;
import dev.registrysdk.cli.output.Views;
import java.io.PrintWriter;
import java.util.List;

/** Text forms shared by commands. */
final class Texts {

  private Texts() {}

  static void findings(PrintWriter out, List<Finding> findings) {
    for (Finding finding : findings) {
      out.println("  " + finding.severity() + " " + finding.code() + " at " + finding.path() + ": " + finding.message());
      out.println("      fix: " + finding.remedy());
    }
  }

  static void registriesConf(PrintWriter out, Views.RegistriesConfView view) {
    if (view.content() != null) {
      out.println();
      out.println(view.path() + " on every node once applied:");
      out.print(view.content());
    }
    if (view.searchRegistries() != null) {
      out.println();
      out.println(view.searchRegistriesPath() + ":");
      out.print(view.searchRegistries());
    }
    for (Views.PullView pull : view.pulls()) {
      out.println();
      if (pull.tries().isEmpty()) {
        out.println("A pull of " + pull.image() + " finds no location: every one is blocked.");
        continue;
      }
      out.println("A pull of " + pull.image() + " tries, in order:");
      int n = 1;
      for (Views.PullSourceView source : pull.tries()) {
        out.println("  " + n++ + ". " + source.reference() + (source.mirror() ? " (mirror)" : " (source)")
            + (source.insecure() ? " (insecure)" : ""));
      }
    }
  }

  static void readiness(PrintWriter out, Readiness readiness) {
    out.println("Registry: " + readiness.describe());
    if (!readiness.isReady()) {
      for (ConditionSnapshot condition : readiness.conditions()) {
        out.println("  " + condition);
      }
    }
  }
}
