package dev.registrysdk.bench;

import dev.registrysdk.core.ApplyResult;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.pvc.Pvc;
import dev.registrysdk.testkit.FakeOpenShift;
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
 * The README demo's scenario through the engine, warm and in process: {@code plan()} then
 * {@code apply()} of "Managed on block storage" against a bare-metal fake cluster.
 *
 * <ul>
 *   <li>{@code firstPlanAndApply}: a fresh cluster and client per invocation (started outside the
 *       measurement), so the apply really writes, over new connections to a new server;
 *   <li>{@code resetPlanAndApply}: one long-lived cluster and client, put back to the bare-metal
 *       bootstrap state (Removed, no storage, no claim) outside the measurement, so the apply
 *       really writes over warm connections, as an installer that keeps its client does;
 *   <li>{@code repeatPlanAndApply}: the same desired state on a cluster that already has it, so the
 *       apply observes, plans an empty plan and writes nothing.
 * </ul>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineApplyBenchmark {

  /** A fresh cluster for every invocation. */
  @State(Scope.Thread)
  public static class Fresh {
    FakeOpenShift cluster;
    RegistryConfigurer desired;

    /** Starts the cluster. */
    @Setup(Level.Invocation)
    public void start() {
      cluster = FakeOpenShift.bareMetal().start();
      desired = RegistryConfigurer.on(cluster.client()).managed().storage(Pvc.block());
    }

    /** Closes it. */
    @TearDown(Level.Invocation)
    public void stop() {
      cluster.close();
    }
  }

  /** One cluster and client for the whole trial, reset to the bootstrap state before each invocation. */
  @State(Scope.Thread)
  public static class Reset {
    FakeOpenShift cluster;
    RegistryConfigurer desired;

    /** Starts the cluster. */
    @Setup(Level.Trial)
    public void start() {
      cluster = FakeOpenShift.bareMetal().start();
      desired = RegistryConfigurer.on(cluster.client()).managed().storage(Pvc.block());
    }

    /** Puts the registry back to Removed without storage and deletes the claim. */
    @Setup(Level.Invocation)
    public void reset() {
      cluster.client().imageRegistryOperatorConfigs().withName("cluster").edit(config -> {
        config.getSpec().setManagementState("Removed");
        config.getSpec().setRolloutStrategy("RollingUpdate");
        config.getSpec().setStorage(new io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorage());
        return config;
      });
      cluster.client().persistentVolumeClaims().inNamespace("openshift-image-registry")
          .withName("image-registry-storage").delete();
    }

    /** Closes it. */
    @TearDown(Level.Trial)
    public void stop() {
      cluster.close();
    }
  }

  /** One cluster, already configured. */
  @State(Scope.Thread)
  public static class Configured {
    FakeOpenShift cluster;
    RegistryConfigurer desired;

    /** Starts the cluster and applies the desired state once. */
    @Setup(Level.Trial)
    public void start() {
      cluster = FakeOpenShift.bareMetal().start();
      desired = RegistryConfigurer.on(cluster.client()).managed().storage(Pvc.block());
      desired.apply();
    }

    /** Closes it. */
    @TearDown(Level.Trial)
    public void stop() {
      cluster.close();
    }
  }

  /** plan() and apply() that write. */
  @Benchmark
  public ApplyResult firstPlanAndApply(Fresh state) {
    state.desired.plan();
    return state.desired.apply();
  }

  /** plan() and apply() that write, over a warm client. */
  @Benchmark
  public ApplyResult resetPlanAndApply(Reset state) {
    state.desired.plan();
    ApplyResult result = state.desired.apply();
    if (!result.changed()) {
      throw new IllegalStateException("the reset left nothing to write");
    }
    return result;
  }

  /** plan() and apply() that find nothing to do. */
  @Benchmark
  public ApplyResult repeatPlanAndApply(Configured state) {
    state.desired.plan();
    ApplyResult result = state.desired.apply();
    if (result.changed()) {
      throw new IllegalStateException("a repeat apply wrote " + result.changes());
    }
    return result;
  }
}
