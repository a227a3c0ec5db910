package dev.registrysdk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link StorageFindingCodes} is the one place the storage providers take their codes from; the
 * README's "Storage → Finding codes" table lists each of them with the severity its Javadoc names,
 * and the providers emit each of them.
 */
@DisplayName("the storage finding codes")
class StorageFindingCodesTest {

  /** A constant's Javadoc, which starts with its severity, and its declaration. */
  private static final Pattern DECLARATION = Pattern.compile(
      "/\\*\\*\\s*(?:\\*\\s*)?(ERROR|WARNING|INFO|Constraint):(?:(?!\\*/).)*\\*/\\s*"
          + "public static final String ([A-Z0-9_]+) = \"([A-Z0-9_]+)\";", Pattern.DOTALL);
  private static final Pattern USE = Pattern.compile("StorageFindingCodes\\.([A-Z0-9_]+)");
  private static final Pattern DIRECT_FINDING =
      Pattern.compile("Finding\\.(error|warning|info)\\(\\s*StorageFindingCodes\\.([A-Z0-9_]+)");
  private static final Pattern LITERAL_CODE = Pattern.compile("(?:Finding\\.(?:error|warning|info)|\\.code)\\(\\s*\"");

  @Test
  @DisplayName("each constant's value is its name, and its Javadoc names its severity")
  void constantsDeclared() {
    assertThat(declaredSeverities().keySet()).isEqualTo(new TreeSet<>(constants().keySet()));
    constants().forEach((name, value) -> assertThat(value).as(name).isEqualTo(name));
  }

  @Test
  @DisplayName("the README's table lists every code, and nothing else, with the severity of its Javadoc")
  void readmeTableMatches() {
    Map<String, String> documented = new TreeMap<>();
    for (List<String> row : Readme.tableRows(Readme.section(Readme.section("## Storage"), "### Finding codes"))) {
      documented.put(row.get(0).replace("`", ""), row.get(1).toUpperCase(Locale.ROOT));
    }

    Map<String, String> declared = new TreeMap<>();
    declaredSeverities().forEach((code, severity) -> declared.put(code, severity.toUpperCase(Locale.ROOT)));
    assertThat(documented).containsExactlyInAnyOrderEntriesOf(declared);
  }

  @Test
  @DisplayName("the providers emit every code, take each from StorageFindingCodes, and with the severity its Javadoc names")
  void providersEmitEachCode() {
    Map<String, String> severities = declaredSeverities();
    TreeSet<String> used = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    sources().forEach((file, text) -> {
      if (LITERAL_CODE.matcher(text).find()) {
        problems.add(file + " makes a finding or constraint with a literal code");
      }
      USE.matcher(text).results().map(m -> m.group(1)).forEach(used::add);
      Matcher direct = DIRECT_FINDING.matcher(text);
      while (direct.find()) {
        String severity = direct.group(1).toUpperCase(Locale.ROOT);
        if (!severity.equalsIgnoreCase(severities.get(direct.group(2)))) {
          problems.add(file + " reports " + direct.group(2) + " as " + severity + ", its Javadoc says "
              + severities.get(direct.group(2)));
        }
      }
    });

    assertThat(problems).isEmpty();
    assertThat(used).isEqualTo(new TreeSet<>(constants().keySet()));
  }

  /** The public constants of {@link StorageFindingCodes}, by name. */
  private static Map<String, String> constants() {
    Map<String, String> out = new TreeMap<>();
    for (Field field : StorageFindingCodes.class.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
        try {
          out.put(field.getName(), (String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return out;
  }

  /** Each code with the severity its Javadoc starts with: ERROR, WARNING, INFO or Constraint. */
  private static Map<String, String> declaredSeverities() {
    String source = sources().get(Path.of("dev/registrysdk/storage/StorageFindingCodes.java"));
    Map<String, String> out = new TreeMap<>();
    DECLARATION.matcher(source).results().forEach(m -> out.put(m.group(3), m.group(1)));
    return out;
  }

  /** The module's main sources, by path below {@code src/main/java}, with {@link StorageFindingCodes} itself. */
  private static Map<Path, String> sources() {
    Path root = Readme.moduleFolder("src/main/java");
    Map<Path, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        out.put(root.relativize(file), Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
