package dev.registrysdk.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The repository's {@code README.md} and sources, for the tests that keep the documentation in step
 * with the code. The repository root comes from the system property {@code registrysdk.repository.root}
 * (set by the build), or is found above the working directory.
 */
public final class Readme {

  private static final String MODULE = "registry-sdk-storage";
  private static final Pattern TAG = Pattern.compile("\\s*// (tag|end)::([\\w-]+)\\[\\]\\s*");

  private Readme() {}

  /** The repository root: the folder that holds {@code README.md} and this module. */
  public static Path repositoryRoot() {
    List<Path> starts = new ArrayList<>();
    String property = System.getProperty("registrysdk.repository.root");
    if (property != null && !property.isBlank()) {
      starts.add(Paths.get(property));
    }
    starts.add(Paths.get(""));
    for (Path start : starts) {
      for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
        if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve(MODULE))) {
          return dir;
        }
      }
    }
    throw new IllegalStateException("No README.md beside " + MODULE + " above " + starts
        + "; set -Dregistrysdk.repository.root=<the repository's folder>");
  }

  /** A folder of this module, e.g. {@code src/main/java}. */
  public static Path moduleFolder(String relative) {
    return repositoryRoot().resolve(MODULE).resolve(relative);
  }

  /**
   * The lines of the section that starts with the heading line {@code heading} (e.g. {@code "## Storage"}),
   * up to the next heading of the same or a higher level; headings inside code fences do not count.
   */
  public static List<String> section(String heading) {
    return section(lines(), heading);
  }

  /** The lines of the section {@code heading} within {@code lines}; see {@link #section(String)}. */
  public static List<String> section(List<String> lines, String heading) {
    int level = level(heading);
    int start = -1;
    boolean fenced = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("```")) {
        fenced = !fenced;
      } else if (!fenced && start < 0 && line.strip().equals(heading)) {
        start = i + 1;
      } else if (!fenced && start >= 0 && level(line) > 0 && level(line) <= level) {
        return lines.subList(start, i);
      }
    }
    if (start < 0) {
      throw new IllegalStateException("README.md has no heading \"" + heading + "\"");
    }
    return lines.subList(start, lines.size());
  }

  /** The bodies of the code fences of {@code language} in {@code lines}, in order. */
  public static List<List<String>> fences(List<String> lines, String language) {
    List<List<String>> fences = new ArrayList<>();
    List<String> open = null;
    boolean fenced = false;
    for (String line : lines) {
      if (line.startsWith("```")) {
        if (!fenced && line.substring(3).strip().equals(language)) {
          open = new ArrayList<>();
        } else if (fenced && open != null) {
          fences.add(open);
          open = null;
        }
        fenced = !fenced;
      } else if (open != null) {
        open.add(line);
      }
    }
    return fences;
  }

  /** The cells of each row of the tables in {@code lines}, without the header row and its rule. */
  public static List<List<String>> tableRows(List<String> lines) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      boolean header = i + 1 < lines.size() && lines.get(i + 1).strip().startsWith("|---");
      if (line.startsWith("|") && !header && !line.startsWith("|---")) {
        rows.add(Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList());
      }
    }
    return rows;
  }

  /**
   * The tagged regions of the Java files below {@code folder}: the lines between {@code // tag::name[]}
   * and {@code // end::name[]}, by name; a name tagged more than once gets its regions in file order.
   */
  public static Map<String, List<String>> taggedRegions(Path folder) {
    Map<String, List<String>> regions = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        List<String> open = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
          Matcher tag = TAG.matcher(line);
          if (tag.matches() && tag.group(1).equals("tag")) {
            open.add(tag.group(2));
          } else if (tag.matches()) {
            open.remove(tag.group(2));
          } else {
            open.forEach(name -> regions.computeIfAbsent(name, n -> new ArrayList<>()).add(line));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return regions;
  }

  private static int level(String line) {
    int hashes = 0;
    while (hashes < line.length() && line.charAt(hashes) == '#') {
      hashes++;
    }
    return hashes > 0 && hashes < line.length() && line.charAt(hashes) == ' ' ? hashes : 0;
  }

  private static List<String> lines() {
    try {
      return Files.readAllLines(repositoryRoot().resolve("README.md"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
