package dev.registrysdk.bench;

import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm start of a fresh fake cluster: boot (installer objects, operator bootstrap and reconcile of
 * Config {@code cluster}), server listening, and, in the second benchmark, a fabric8 client and the
 * first request answered. Each invocation closes its cluster.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TestkitStartBenchmark {

  /** Start and close an AWS cluster: bootstrapped, reconciled, listening. */
  @Benchmark
  public String startReady() {
    try (FakeOpenShift cluster = FakeOpenShift.aws().start()) {
      return cluster.url();
    }
  }

  /** Start an AWS cluster, create its client and answer the first GET of Config cluster. */
  @Benchmark
  public Config startAndFirstRequest() {
    try (FakeOpenShift cluster = FakeOpenShift.aws().start()) {
      return cluster.client().imageRegistryOperatorConfigs().withName("cluster").get();
    }
  }
}
