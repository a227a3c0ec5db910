package dev.registrysdk.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code ## } section of the repository's README, and the code regions of a test that the
 * section's examples must equal, so that an example cannot drift from the compiled code it shows.
 *
 * <p>A test marks a region with a line {@value #BEGIN} before and {@value #END} after it; the region
 * and the README's code block are compared without their common indentation.
 */
final class ReadmeSection {

  static final String BEGIN = "// readme:begin";
  static final String END = "// readme:end";

  private final Path root;
  private final String text;

  private ReadmeSection(Path root, String text) {
    this.root = root;
    this.text = text;
  }

  /** The section under {@code heading} (e.g. {@code ## Cluster-wide registry features}), up to the next {@code ## }. */
  static ReadmeSection of(String heading) {
    Path root = repositoryRoot();
    String readme = read(root.resolve("README.md"));
    int start = readme.indexOf("\n" + heading + "\n");
    if (start < 0) {
      throw new IllegalStateException("README.md has no section " + heading);
    }
    int end = readme.indexOf("\n## ", start + heading.length() + 1);
    return new ReadmeSection(root, readme.substring(start, end < 0 ? readme.length() : end));
  }

  /** The section's fenced code blocks in {@code language}, in order. */
  List<String> blocks(String language) {
    List<String> blocks = new ArrayList<>();
    List<String> current = null;
    for (String line : text.split("\n", -1)) {
      if (current == null && line.equals("```" + language)) {
        current = new ArrayList<>();
      } else if (current != null && line.equals("```")) {
        blocks.add(dedent(current));
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    return blocks;
  }

  /** The marked regions of a source file, given relative to the repository root, in order. */
  List<String> regions(String sourceFile) {
    List<String> regions = new ArrayList<>();
    List<String> current = null;
    for (String line : read(root.resolve(sourceFile)).split("\n", -1)) {
      if (line.strip().equals(BEGIN)) {
        current = new ArrayList<>();
      } else if (line.strip().equals(END) && current != null) {
        regions.add(dedent(current));
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    return regions;
  }

  private static String dedent(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line.isBlank() ? "" : line.substring(indent).stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** The directory holding README.md: from {@code registrysdk.repository.root} (set by the build), else up from here. */
  private static Path repositoryRoot() {
    String configured = System.getProperty("registrysdk.repository.root");
    if (configured != null && !configured.isBlank() && Files.isRegularFile(Paths.get(configured, "README.md"))) {
      return Paths.get(configured);
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("registry-sdk-core"))) {
        return dir;
      }
    }
    throw new IllegalStateException("Cannot find the repository root; set -Dregistrysdk.repository.root");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
