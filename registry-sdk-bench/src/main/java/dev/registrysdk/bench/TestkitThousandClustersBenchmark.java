package dev.registrysdk.bench;

import dev.registrysdk.testkit.FakeOpenShift;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 1,000 clusters created, used once and closed in sequence in one JVM. Prints the used heap after a
 * full GC before and after, so a leak shows as growth.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@State(Scope.Benchmark)
public class TestkitThousandClustersBenchmark {

  private static final int CLUSTERS = 1_000;
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private long before;

  /** Warms up with 50 clusters, then records the heap. */
  @Setup(Level.Trial)
  public void warmUp() {
    for (int i = 0; i < 50; i++) {
      try (FakeOpenShift cluster = FakeOpenShift.aws().start()) {
        cluster.client().imageRegistryOperatorConfigs().withName("cluster").get();
      }
    }
    before = usedHeapAfterGc();
  }

  /** Records the heap after the run. */
  @TearDown(Level.Trial)
  public void report() {
    long after = usedHeapAfterGc();
    System.out.printf("%nheap used after GC: before %.1f MiB, after %d clusters %.1f MiB (%+.1f MiB)%n",
        before / 1048576.0, CLUSTERS, after / 1048576.0, (after - before) / 1048576.0);
  }

  /** Creates, uses and closes 1,000 clusters. */
  @Benchmark
  public int thousandClusters() {
    int answered = 0;
    for (int i = 0; i < CLUSTERS; i++) {
      try (FakeOpenShift cluster = FakeOpenShift.aws().start()) {
        if (cluster.client().imageRegistryOperatorConfigs().withName("cluster").get() != null) {
          answered++;
        }
      }
    }
    return answered;
  }

  private long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
