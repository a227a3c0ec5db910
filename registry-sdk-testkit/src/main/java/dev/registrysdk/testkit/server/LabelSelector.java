package dev.registrysdk.testkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed label selector in the Kubernetes text form, with equality- and set-based requirements:
 * {@code a=b}, {@code a==b}, {@code a!=b}, {@code a in (x,y)}, {@code a notin (x,y)}, {@code a} and
 * {@code !a}.
 */
@TestkitInternal
public final class LabelSelector {

  private static final LabelSelector EVERYTHING = new LabelSelector(List.of());

  private enum Op { EQUALS, NOT_EQUALS, IN, NOT_IN, EXISTS, DOES_NOT_EXIST }

  private record Requirement(String key, Op op, Set<String> values) {
    boolean matches(Map<String, String> labels) {
      String actual = labels.get(key);
      return switch (op) {
        case EQUALS, IN -> actual != null && values.contains(actual);
        case NOT_EQUALS, NOT_IN -> actual == null || !values.contains(actual);
        case EXISTS -> actual != null;
        case DOES_NOT_EXIST -> actual == null;
      };
    }
  }

  private final List<Requirement> requirements;

  private LabelSelector(List<Requirement> requirements) {
    this.requirements = requirements;
  }

  /** Returns a selector that matches everything. */
  public static LabelSelector everything() {
    return EVERYTHING;
  }

  /**
   * Parses the text form.
   *
   * @throws ApiException with code 400 when the text is not a valid selector
   */
  public static LabelSelector parse(String text) {
    if (text == null || text.isBlank()) {
      return EVERYTHING;
    }
    List<Requirement> requirements = new ArrayList<>();
    for (String part : splitTopLevel(text)) {
      requirements.add(parseRequirement(part.trim(), text));
    }
    return new LabelSelector(List.copyOf(requirements));
  }

  /** Returns whether an object's {@code metadata.labels} match. */
  public boolean matches(JsonNode object) {
    if (requirements.isEmpty()) {
      return true;
    }
    return matches(labelsOf(object));
  }

  /** Returns whether the labels match. */
  public boolean matches(Map<String, String> labels) {
    for (Requirement requirement : requirements) {
      if (!requirement.matches(labels)) {
        return false;
      }
    }
    return true;
  }

  /** Reads {@code metadata.labels} of an object. */
  public static Map<String, String> labelsOf(JsonNode object) {
    JsonNode labels = Json.at(object, "metadata.labels");
    Map<String, String> result = new HashMap<>();
    if (labels != null && labels.isObject()) {
      labels.properties().forEach(e -> result.put(e.getKey(), e.getValue().asText()));
    }
    return result;
  }

  private static List<String> splitTopLevel(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
      if (c == ',' && depth == 0) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }

  private static Requirement parseRequirement(String part, String whole) {
    if (part.isEmpty()) {
      throw Statuses.badRequest("unable to parse requirement: found '', expected: identifier");
    }
    if (part.startsWith("!")) {
      return new Requirement(checkKey(part.substring(1).trim(), whole), Op.DOES_NOT_EXIST, Set.of());
    }
    String[] setOps = {" notin ", " in "};
    for (String setOp : setOps) {
      int at = part.indexOf(setOp);
      if (at > 0) {
        String key = checkKey(part.substring(0, at).trim(), whole);
        String rest = part.substring(at + setOp.length()).trim();
        if (!rest.startsWith("(") || !rest.endsWith(")")) {
          throw Statuses.badRequest("unable to parse requirement: found '" + rest + "', expected: '('");
        }
        Set<String> values = new LinkedHashSet<>();
        for (String v : rest.substring(1, rest.length() - 1).split(",")) {
          if (!v.isBlank()) {
            values.add(v.trim());
          }
        }
        return new Requirement(key, setOp.trim().equals("in") ? Op.IN : Op.NOT_IN, values);
      }
    }
    for (String eq : new String[] {"!=", "==", "="}) {
      int at = part.indexOf(eq);
      if (at > 0) {
        String key = checkKey(part.substring(0, at).trim(), whole);
        String value = part.substring(at + eq.length()).trim();
        return new Requirement(key, eq.equals("!=") ? Op.NOT_EQUALS : Op.EQUALS, Set.of(value));
      }
    }
    return new Requirement(checkKey(part, whole), Op.EXISTS, Set.of());
  }

  private static String checkKey(String key, String whole) {
    if (key.isEmpty() || !key.matches("([a-z0-9A-Z.\\-]+/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?")) {
      throw Statuses.badRequest("unable to parse requirement: invalid label key \"" + key + "\" in selector \""
          + whole + "\"");
    }
    return key;
  }
}
