package dev.registrysdk.cli.secret;

import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.UsageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads credentials from their {@link SecretSource}. Values are returned to the SDK, which keeps
 * them out of plans, logs and exceptions; messages here name the source, never the value.
 */
public final class SecretReader {

  /** What {@link SecretSource.Placeholder} stands for; only {@code render} accepts it. */
  public static final String PLACEHOLDER = "placeholder-rendered-as-a-reference";

  private final CliEnvironment environment;
  private final boolean placeholdersAllowed;

  private SecretReader(CliEnvironment environment, boolean placeholdersAllowed) {
    this.environment = environment;
    this.placeholdersAllowed = placeholdersAllowed;
  }

  /** A reader for commands that write: placeholders are refused. */
  public static SecretReader forWriting(CliEnvironment environment) {
    return new SecretReader(environment, false);
  }

  /** A reader for {@code render}, which never writes values: placeholders are accepted. */
  public static SecretReader forRendering(CliEnvironment environment) {
    return new SecretReader(environment, true);
  }

  /** Reads a credential; {@code option} names the option for messages. */
  public String read(SecretSource source, String option) {
    if (source instanceof SecretSource.FromEnvironment env) {
      return environment.variable(env.variable()).filter(v -> !v.isEmpty())
          .orElseThrow(() -> new UsageException(option + ": the environment variable " + env.variable()
              + " is not set or empty"));
    }
    if (source instanceof SecretSource.FromFile file) {
      Path path = environment.resolve(file.path());
      try {
        return stripTrailingNewline(Files.readString(path, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UsageException(option + ": cannot read " + path + " (" + e.getClass().getSimpleName() + ")");
      }
    }
    if (!placeholdersAllowed) {
      throw new UsageException(option + ": 'placeholder' is only for registryctl render; give env:VARIABLE or file:PATH");
    }
    return PLACEHOLDER;
  }

  private static String stripTrailingNewline(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(0, end);
  }
}
