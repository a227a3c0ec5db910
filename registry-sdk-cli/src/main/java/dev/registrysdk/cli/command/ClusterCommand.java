package dev.registrysdk.cli.command;

import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.cluster.ClusterOptions;
import dev.registrysdk.cli.progress.ProgressDisplay;
import dev.registrysdk.cli.progress.ProgressMode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every command that talks to a cluster shares: the cluster options, progress and the streams. */
abstract class ClusterCommand implements Callable<Integer> {

  @ParentCommand
  RootCommand root;

  @Spec
  CommandSpec spec;

  @Mixin
  ClusterOptions cluster;

  @Option(names = "--progress", paramLabel = "MODE", converter = ProgressMode.Converter.class,
      description = "auto (default: live on a terminal, plain lines otherwise), live, plain or none. Goes to standard error.")
  ProgressMode progress = ProgressMode.AUTO;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  CliEnvironment environment() {
    return root.environment();
  }

  ProgressDisplay progressDisplay() {
    return ProgressDisplay.create(progress, err(), environment().interactive());
  }

  @Override
  public final Integer call() {
    if (root.verbose) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
    }
    return run();
  }

  /** Does the command's work; returns an exit code of {@link dev.registrysdk.cli.ExitCodes}. */
  abstract int run();
}
