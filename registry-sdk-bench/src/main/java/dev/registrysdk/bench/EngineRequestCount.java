package dev.registrysdk.bench;

import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.pvc.Pvc;
import dev.registrysdk.testkit.FakeOpenShift;
import dev.registrysdk.testkit.requests.ApiCall;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the HTTP requests and writes of the README demo's scenario through the engine: the first
 * {@code apply()} and a repeat of it, on a bare-metal fake cluster. Deterministic, so it is a count
 * rather than a JMH benchmark; run it with the command in the README's Performance section.
 */
public final class EngineRequestCount {

  private EngineRequestCount() {}

  /** Prints the counts. */
  public static void main(String[] args) {
    PrintStream out = System.out;
    try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
      RegistryConfigurer desired = RegistryConfigurer.on(cluster.client()).managed().storage(Pvc.block());
      cluster.requests().clear();
      int changed = desired.apply().changes().size();
      report(out, "first apply", cluster.requests().all(), changed);
      cluster.requests().clear();
      changed = desired.apply().changes().size();
      report(out, "repeat apply", cluster.requests().all(), changed);
    }
  }

  private static void report(PrintStream out, String what, List<ApiCall> calls, int changedObjects) {
    long writes = calls.stream().filter(ApiCall::isWrite).count();
    Map<String, Long> byVerb = new TreeMap<>();
    for (ApiCall call : calls) {
      byVerb.merge(call.method() + " " + call.resource(), 1L, Long::sum);
    }
    out.printf("%s: %d requests, %d writes, %d objects changed %s%n", what, calls.size(), writes, changedObjects, byVerb);
  }
}
