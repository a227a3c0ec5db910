package dev.registrysdk.cli.client;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A run of {@code registryctl} as its process sees it: where, with what arguments and environment,
 * whether at a terminal, and in which charsets it writes. The environment is secret: it holds the
 * values that {@code env:} credentials name, so {@link #toString()} leaves it and the arguments out.
 *
 * @param workingDirectory the process's working directory, absolute
 * @param arguments the command line, without the program name
 * @param environment every environment variable of the process
 * @param console whether {@code System.console()} exists (standard input and output are a terminal)
 * @param stdoutCharset the charset standard output is written in
 * @param stderrCharset the charset standard error is written in
 */
public record Request(String workingDirectory, List<String> arguments, Map<String, String> environment,
    boolean console, String stdoutCharset, String stderrCharset) {

  /** Copies the collections. */
  public Request {
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    arguments = List.copyOf(arguments);
    environment = Map.copyOf(environment);
    Objects.requireNonNull(stdoutCharset, "stdoutCharset");
    Objects.requireNonNull(stderrCharset, "stderrCharset");
  }

  /** This process's request for {@code arguments}. */
  public static Request ofThisProcess(List<String> arguments) {
    String stdout = System.getProperty("sun.stdout.encoding", Charset.defaultCharset().name());
    String stderr = System.getProperty("sun.stderr.encoding", Charset.defaultCharset().name());
    return new Request(Path.of("").toAbsolutePath().toString(), arguments, System.getenv(),
        System.console() != null, stdout, stderr);
  }

  /** The same request with other arguments. */
  public Request withArguments(List<String> replaced) {
    return new Request(workingDirectory, replaced, environment, console, stdoutCharset, stderrCharset);
  }

  /** Writes the body of a {@link Protocol#RUN} request, after the header. */
  public void writeTo(DataOutputStream out) throws IOException {
    Protocol.writeString(out, workingDirectory);
    out.writeInt(arguments.size());
    for (String argument : arguments) {
      Protocol.writeString(out, argument);
    }
    out.writeInt(environment.size());
    for (Map.Entry<String, String> variable : environment.entrySet()) {
      Protocol.writeString(out, variable.getKey());
      Protocol.writeString(out, variable.getValue());
    }
    out.writeBoolean(console);
    Protocol.writeString(out, stdoutCharset);
    Protocol.writeString(out, stderrCharset);
  }

  /** Reads the body of a {@link Protocol#RUN} request. */
  public static Request readFrom(DataInputStream in) throws IOException {
    String directory = Protocol.readString(in);
    int count = Protocol.readCount(in);
    List<String> arguments = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      arguments.add(Protocol.readString(in));
    }
    count = Protocol.readCount(in);
    Map<String, String> environment = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      environment.put(Protocol.readString(in), Protocol.readString(in));
    }
    boolean console = in.readBoolean();
    return new Request(directory, arguments, environment, console, Protocol.readString(in), Protocol.readString(in));
  }

  /** The shape of the request, never its arguments or environment. */
  @Override
  public String toString() {
    return "Request[" + arguments.size() + " arguments, " + environment.size() + " variables, console=" + console + "]";
  }
}
