package dev.registrysdk.cli.daemon;

import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.InProcessOnlyException;
import dev.registrysdk.cli.Registryctl;
import dev.registrysdk.cli.client.Protocol;
import dev.registrysdk.cli.client.Request;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * Runs one request's command line as {@code Registryctl.main} would in the client's process: the
 * client's environment, working directory, terminal and charsets, its output written as picocli
 * writes to {@code System.out} and {@code System.err} (buffered, flushed at the same points), so the
 * client's streams get the same bytes in the same order.
 */
final class RequestRunner {

  /** What became of a request: an exit code, or declined with a reason. */
  record Outcome(int exitCode, String declined) {
    static Outcome exit(int code) {
      return new Outcome(code, null);
    }

    static Outcome declined(String reason) {
      return new Outcome(0, reason);
    }

    boolean isDeclined() {
      return declined != null;
    }
  }

  private RequestRunner() {}

  /** Runs the request, writing its output as frames. */
  static Outcome run(Request request, FrameWriter frames) {
    Map<String, String> variables = request.environment();
    CliEnvironment environment = new CliEnvironment(variables::get,
        CliEnvironment.interactive(request.console(), variables::get), Path.of(request.workingDirectory()), false);
    String[] args = request.arguments().toArray(String[]::new);
    CommandLine commandLine = Registryctl.commandLine(environment, args);
    FrameStream errBytes = new FrameStream(frames, Protocol.STDERR);
    PrintWriter out = writer(new FrameStream(frames, Protocol.STDOUT), request.stdoutCharset());
    PrintWriter err = writer(errBytes, request.stderrCharset());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setColorScheme(Help.defaultColorScheme(TerminalColors.of(request.console(), variables::get)));

    AtomicReference<String> declined = new AtomicReference<>();
    IExecutionStrategy strategy = commandLine.getExecutionStrategy();
    commandLine.setExecutionStrategy(parsed -> {
      String reason = ownProcessOnly(parsed);
      if (reason != null) {
        declined.set(reason);
        return 0;
      }
      return strategy.execute(parsed);
    });
    IExecutionExceptionHandler errors = commandLine.getExecutionExceptionHandler();
    commandLine.setExecutionExceptionHandler((error, failed, parsed) -> {
      if (error instanceof InProcessOnlyException inProcess) {
        declined.set(inProcess.getMessage());
        return 0;
      }
      return errors.handleExecutionException(error, failed, parsed);
    });

    int code;
    StderrRouter.route(errBytes);
    try {
      code = commandLine.execute(args);
    } finally {
      StderrRouter.unroute();
      out.flush();
      err.flush();
    }
    if (declined.get() == null) {
      return Outcome.exit(code);
    }
    if (!frames.shown()) {
      return Outcome.declined(declined.get());
    }
    err.println("registryctl: " + declined.get() + "; run it with --no-daemon");
    err.flush();
    return Outcome.exit(dev.registrysdk.cli.ExitCodes.FAILED);
  }

  /**
   * Why a parsed command line must run in the client's process, or {@code null}: {@code --verbose}
   * turns on the SDK's DEBUG logging, which is the process's.
   */
  private static String ownProcessOnly(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return "--verbose logs through the process's own logging";
      }
    }
    return null;
  }

  /** A writer as picocli makes for {@code System.out}: buffered, flushed on every println. */
  private static PrintWriter writer(FrameStream stream, String charset) {
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset(charset))), true);
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException unknown) {
      return Charset.defaultCharset();
    }
  }
}
