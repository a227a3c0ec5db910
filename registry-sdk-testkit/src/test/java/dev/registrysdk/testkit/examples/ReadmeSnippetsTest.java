package dev.registrysdk.testkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the README's testkit examples and {@link ReadmeExamplesTest} in step: every region between
 * {@code // tag::name[]} and {@code // end::name[]} in that class must appear in README.md line by line,
 * indented as a whole by any amount. The repository root comes from the system property {@value
 * #ROOT_PROPERTY} (surefire sets it), else from the nearest parent directory holding README.md.
 */
@DisplayName("The README's testkit examples")
class ReadmeSnippetsTest {

  private static final String ROOT_PROPERTY = "registrysdk.repository.root";
  private static final Path EXAMPLES = Paths.get("registry-sdk-testkit", "src", "test", "java", "dev", "registrysdk",
      "testkit", "examples", "ReadmeExamplesTest.java");
  private static final Pattern TAG = Pattern.compile("^\\s*// tag::([\\w-]+)\\[]\\s*$");

  static Stream<String> regions() throws IOException {
    Path root = root();
    return root == null ? Stream.of("(no repository)") : regions(Files.readAllLines(root.resolve(EXAMPLES),
        StandardCharsets.UTF_8)).keySet().stream();
  }

  @ParameterizedTest(name = "tag::{0}")
  @MethodSource("regions")
  @DisplayName("show each tagged region of ReadmeExamplesTest verbatim")
  void regionInReadme(String name) throws IOException {
    Path root = root();
    assumeTrue(root != null, "README.md not found: set -D" + ROOT_PROPERTY + " to the repository root");
    List<String> region = regions(Files.readAllLines(root.resolve(EXAMPLES), StandardCharsets.UTF_8)).get(name);
    List<String> readme = Files.readAllLines(root.resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(region).as("region %s", name).isNotEmpty();
    assertThat(indexIn(readme, region)).as("README.md shows region %s of %s line by line:%n%s", name,
        EXAMPLES.getFileName(), String.join("\n", region)).isNotNegative();
  }

  @Test
  @DisplayName("find the tagged regions they compare, so the check cannot pass by finding none")
  void regionsExist() throws IOException {
    Path root = root();
    assumeTrue(root != null, "README.md not found: set -D" + ROOT_PROPERTY + " to the repository root");
    assertThat(regions(Files.readAllLines(root.resolve(EXAMPLES), StandardCharsets.UTF_8)))
        .containsKeys("junit", "faults");
  }

  /** Returns each tagged region, its lines stripped of their common indentation. */
  static Map<String, List<String>> regions(List<String> source) {
    Map<String, List<String>> regions = new LinkedHashMap<>();
    for (int i = 0; i < source.size(); i++) {
      Matcher tag = TAG.matcher(source.get(i));
      if (!tag.matches()) {
        continue;
      }
      String end = "// end::" + tag.group(1) + "[]";
      List<String> lines = new ArrayList<>();
      for (i++; i < source.size() && !source.get(i).strip().equals(end); i++) {
        lines.add(source.get(i));
      }
      regions.put(tag.group(1), dedent(lines));
    }
    return regions;
  }

  private static List<String> dedent(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing()).toList();
  }

  /**
   * Returns where the region starts in the README, every line carrying the same extra indentation
   * (blank lines only blank), or -1.
   */
  static int indexIn(List<String> readme, List<String> region) {
    for (int start = 0; start + region.size() <= readme.size(); start++) {
      String first = readme.get(start).stripTrailing();
      if (!first.endsWith(region.get(0)) || !first.substring(0, first.length() - region.get(0).length()).isBlank()) {
        continue;
      }
      String indent = first.substring(0, first.length() - region.get(0).length());
      boolean matches = true;
      for (int j = 0; j < region.size() && matches; j++) {
        String line = readme.get(start + j).stripTrailing();
        matches = region.get(j).isEmpty() ? line.isBlank() : line.equals(indent + region.get(j));
      }
      if (matches) {
        return start;
      }
    }
    return -1;
  }

  private static Path root() {
    String property = System.getProperty(ROOT_PROPERTY);
    if (property != null && !property.isBlank() && Files.isRegularFile(Paths.get(property, "README.md"))) {
      return Paths.get(property);
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("README.md")) && Files.isRegularFile(dir.resolve(EXAMPLES))) {
        return dir;
      }
    }
    return null;
  }
}
