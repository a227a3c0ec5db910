package dev.registrysdk.cli.desired;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.UsageException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads files named by options: PEM text, and Kubernetes values in YAML or JSON. */
public final class OptionFiles {

  private OptionFiles() {}

  public static String text(CliEnvironment environment, String file, String option) {
    Path path = environment.resolve(file);
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException(option + ": cannot read " + path + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** A Kubernetes value (a toleration list, an affinity...) from YAML or JSON. */
  public static <T> T value(CliEnvironment environment, String file, String option, TypeReference<T> type) {
    String text = text(environment, file, option);
    try {
      return new KubernetesSerialization().unmarshal(text, type);
    } catch (RuntimeException e) {
      throw new UsageException(option + ": " + file + " is not valid here (" + rootMessage(e) + ")");
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
