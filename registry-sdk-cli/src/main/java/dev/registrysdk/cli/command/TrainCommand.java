package dev.registrysdk.cli.command;

import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.ExitCodes;
import dev.registrysdk.cli.Registryctl;
import dev.registrysdk.testkit.FakeOpenShift;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Runs every command once, in this process, against an embedded fake cluster reached through a
 * kubeconfig, as a real cluster is. The build runs it with {@code -XX:ArchiveClassesAtExit} to record
 * the classes a run loads into a class-data archive, which later runs map instead of loading.
 */
@Command(name = "__train", hidden = true,
    description = "Runs every command against an embedded fake cluster, for the build's class-data archive.")
public final class TrainCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--dir", required = true, description = "Scratch folder.")
  Path directory;

  @Override
  public Integer call() {
    try (FakeOpenShift cluster = FakeOpenShift.bareMetal().withOdf().start()) {
      Files.createDirectories(directory);
      Path kubeconfig = cluster.writeKubeconfig(directory.resolve("kubeconfig"));
      String kc = kubeconfig.toString();
      CliEnvironment environment = CliEnvironment.of(Map.of("TRAIN_ACCESS_KEY", "train-access",
          "TRAIN_SECRET_KEY", "train-secret"), directory);
      List<List<String>> runs = List.of(
          List.of("status", "--kubeconfig", kc),
          List.of("plan", "--kubeconfig", kc, "--managed", "--storage", "cephfs", "-o", "json"),
          List.of("plan", "--kubeconfig", kc, "--managed", "--storage", "s3", "--s3-bucket", "train",
              "--s3-endpoint", "https://s3.example.com", "--s3-region", "local",
              "--s3-access-key", "env:TRAIN_ACCESS_KEY", "--s3-secret-key", "env:TRAIN_SECRET_KEY", "-o", "yaml"),
          List.of("apply", "--kubeconfig", kc, "--managed", "--storage", "pvc-block", "--route", "internal=registry.example.com",
              "--wait", "1m", "--progress", "plain"),
          List.of("status", "--kubeconfig", kc, "-o", "json"),
          List.of("doctor", "--kubeconfig", kc),
          List.of("render", "--kubeconfig", kc, "--managed", "--storage", "cephfs", "--allow-data-loss", "--dir", directory.resolve("render").toString(),
              "--argocd-repo", "https://git.example.com/fleet.git", "--acm-policy", "image-registry"),
          List.of("apply", "--kubeconfig", kc, "--managed", "--storage", "odf-noobaa", "--replicas", "2", "--allow-data-loss",
              "--wait", "1m", "-o", "json"));
      List<String> failed = new ArrayList<>();
      for (List<String> args : runs) {
        StringWriter output = new StringWriter();
        CommandLine commandLine = Registryctl.commandLine(environment);
        commandLine.setOut(new PrintWriter(output));
        commandLine.setErr(new PrintWriter(output));
        int code = commandLine.execute(args.toArray(String[]::new));
        if (code != ExitCodes.OK) {
          failed.add(String.join(" ", args) + " -> " + code + "\n" + output);
        }
      }
      if (!failed.isEmpty()) {
        PrintWriter err = spec.commandLine().getErr();
        failed.forEach(err::println);
        err.flush();
        return ExitCodes.FAILED;
      }
      return ExitCodes.OK;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
