package dev.registrysdk.cli.command;

import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.readiness.ConditionSnapshot;
import dev.registrysdk.api.readiness.Readiness;
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

  static void readiness(PrintWriter out, Readiness readiness) {
    out.println("Registry: " + readiness.describe());
    if (!readiness.isReady()) {
      for (ConditionSnapshot condition : readiness.conditions()) {
        out.println("  " + condition);
      }
    }
  }
}
