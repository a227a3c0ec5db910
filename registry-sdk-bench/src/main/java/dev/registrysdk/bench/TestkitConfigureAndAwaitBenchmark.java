package dev.registrysdk.bench;

import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import io.fabric8.openshift.api.model.operator.v1.OperatorCondition;
import io.fabric8.openshift.client.OpenShiftClient;
import java.util.List;
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
 * A full configure-and-await scenario with plain fabric8 calls on a fresh bare-metal cluster (started
 * outside the measurement): create the S3 credentials secret, patch Config {@code cluster} to Managed
 * on S3 with two replicas, then wait with a watch until the new generation is Available, not
 * Progressing and not Degraded.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class TestkitConfigureAndAwaitBenchmark {

  private FakeOpenShift cluster;
  private OpenShiftClient client;

  /** A fresh cluster and client per invocation. */
  @Setup(Level.Invocation)
  public void start() {
    cluster = FakeOpenShift.bareMetal().start();
    client = cluster.client();
  }

  /** Closes the cluster. */
  @TearDown(Level.Invocation)
  public void stop() {
    cluster.close();
  }

  /** Configure S3 and await readiness of the new generation. */
  @Benchmark
  public Config configureAndAwait() {
    client.secrets().inNamespace("openshift-image-registry").resource(new SecretBuilder().withNewMetadata()
        .withName("image-registry-private-configuration-user").endMetadata()
        .addToStringData("REGISTRY_STORAGE_S3_ACCESSKEY", "AKIA0000000000000000")
        .addToStringData("REGISTRY_STORAGE_S3_SECRETKEY", "secret").build()).create();
    Config patched = client.imageRegistryOperatorConfigs().withName("cluster").edit(c -> {
      c.getSpec().setManagementState("Managed");
      c.getSpec().setReplicas(2);
      c.getSpec().getStorage().setS3(new io.fabric8.openshift.api.model.operator.imageregistry.v1
          .ImageRegistryConfigStorageS3Builder().withBucket("registry").withRegion("us-east-1").build());
      return c;
    });
    long generation = patched.getMetadata().getGeneration();
    return client.imageRegistryOperatorConfigs().withName("cluster").waitUntilCondition(c -> c != null
        && c.getStatus() != null && c.getStatus().getObservedGeneration() != null
        && c.getStatus().getObservedGeneration() >= generation
        && is(c.getStatus().getConditions(), "Available", "True")
        && is(c.getStatus().getConditions(), "Progressing", "False")
        && is(c.getStatus().getConditions(), "Degraded", "False"), 10, TimeUnit.SECONDS);
  }

  private static boolean is(List<OperatorCondition> conditions, String type, String status) {
    return conditions.stream().anyMatch(c -> type.equals(c.getType()) && status.equals(c.getStatus()));
  }
}
