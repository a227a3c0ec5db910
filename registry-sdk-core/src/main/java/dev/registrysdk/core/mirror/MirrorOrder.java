package dev.registrysdk.core.mirror;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges the mirror lists of every rule for one source into one order, as the Machine Config
 * Operator does: each list's order is kept (a topological sort of "tried before" edges, the source
 * last), ties are broken by name, and a cycle is broken at the first name not yet placed. Given
 * (B, C) and (A, B), the result is (A, B, C).
 */
final class MirrorOrder {

  private MirrorOrder() {}

  /** The merged mirrors of {@code source}; each list holds at least one mirror other than the source. */
  static List<String> merge(String source, List<List<String>> lists) {
    Map<String, Set<String>> outs = new HashMap<>();
    Map<String, Set<String>> ins = new HashMap<>();
    TreeSet<String> nodes = new TreeSet<>();
    for (List<String> mirrors : lists) {
      for (int i = 0; i + 1 < mirrors.size(); i++) {
        edge(mirrors.get(i), mirrors.get(i + 1), outs, ins, nodes);
      }
      if (!mirrors.contains(source)) {
        edge(mirrors.get(mirrors.size() - 1), source, outs, ins, nodes);
      }
    }
    List<String> all = new ArrayList<>(nodes);
    Deque<String> ready = new ArrayDeque<>();
    for (String node : all) {
      if (ins.getOrDefault(node, Set.of()).isEmpty()) {
        ready.add(node);
      }
    }
    Set<String> used = new HashSet<>();
    List<String> sorted = new ArrayList<>();
    int next = 0;
    while (!ready.isEmpty() || next < all.size()) {
      String node;
      if (!ready.isEmpty()) {
        node = ready.poll();
      } else {
        node = all.get(next++);
        if (used.contains(node)) {
          continue;
        }
      }
      used.add(node);
      sorted.add(node);
      TreeSet<String> batch = new TreeSet<>();
      for (String out : outs.getOrDefault(node, Set.of())) {
        Set<String> remaining = ins.get(out);
        remaining.remove(node);
        if (remaining.isEmpty() && !used.contains(out)) {
          batch.add(out);
        }
      }
      ready.addAll(batch);
    }
    if (!sorted.isEmpty() && sorted.get(sorted.size() - 1).equals(source)) {
      sorted.remove(sorted.size() - 1);
    }
    return sorted;
  }

  private static void edge(String from, String to, Map<String, Set<String>> outs, Map<String, Set<String>> ins,
      Set<String> nodes) {
    nodes.add(from);
    nodes.add(to);
    outs.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
    ins.computeIfAbsent(to, k -> new LinkedHashSet<>()).add(from);
    ins.computeIfAbsent(from, k -> new LinkedHashSet<>());
  }
}
