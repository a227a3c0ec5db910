package dev.registrysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorCommandTest {

  @TempDir
  Path dir;

  private ClusterFixture fixture;

  @BeforeEach
  void start() {
    fixture = new ClusterFixture(FakeOpenShift.bareMetal(), dir);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private void edit(UnaryOperator<Config> change) {
    fixture.cluster.client().imageRegistryOperatorConfigs().withName("cluster").edit(change);
  }

  @Test
  @DisplayName("explains a Removed registry with the operator's message and a registryctl remedy; only a warning")
  void removed() {
    Cli.Result result = fixture.run("doctor");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("WARNING REGISTRY_REMOVED", "operator: The registry is removed",
        "remedy:   registryctl apply --managed --storage pvc", "Verdict: nothing broken; 1 warning to read.");
  }

  @Test
  @DisplayName("a Managed registry without storage: the SDK's finding and the operator's failure, exit 4")
  void storageNotConfigured() {
    edit(c -> { c.getSpec().setManagementState("Managed"); return c; });

    Cli.Result result = fixture.run("doctor");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(result.out()).contains("ERROR STORAGE_NOT_CONFIGURED", "ERROR OPERATOR_FAILED",
        "storage backend not configured", "registryctl apply --storage pvc");
  }

  @Test
  @DisplayName("a ReadWriteOnce claim with RollingUpdate: the rule, the operator's words, the option that fixes it")
  void readWriteOnceWithRollingUpdate() {
    fixture.cluster.client().persistentVolumeClaims().inNamespace("openshift-image-registry").resource(
        new PersistentVolumeClaimBuilder().withNewMetadata().withName("block").endMetadata()
            .withNewSpec().withAccessModes("ReadWriteOnce").withNewResources()
            .addToRequests("storage", new Quantity("100Gi")).endResources().endSpec().build()).create();
    edit(c -> {
      c.getSpec().setManagementState("Managed");
      c.getSpec().setRolloutStrategy("RollingUpdate");
      c.getSpec().setStorage(new io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageBuilder()
          .withNewPvc().withClaim("block").endPvc().build());
      return c;
    });

    Cli.Result result = fixture.run("doctor");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(result.out()).contains("the rollout strategy must be Recreate",
        "cannot use ReadWriteOnce access mode with RollingUpdate rollout strategy",
        "registryctl apply --rollout-strategy Recreate");
  }

  @Test
  @DisplayName("emptyDir with two replicas: images would go missing; the option that fixes it")
  void emptyDirWithTwoReplicas() {
    edit(c -> {
      c.getSpec().setManagementState("Managed");
      c.getSpec().setReplicas(2);
      c.getSpec().setStorage(new io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageBuilder()
          .withNewEmptyDir().endEmptyDir().build());
      return c;
    });

    Cli.Result result = fixture.run("doctor");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(result.out()).contains("EMPTYDIR_SINGLE_REPLICA", "registryctl apply --replicas 1");
  }

  @Test
  @DisplayName("S3 with a user secret that lacks a key: the SDK's finding and the operator's message")
  void missingSecretKey() {
    fixture.cluster.client().secrets().inNamespace("openshift-image-registry").resource(new SecretBuilder()
        .withNewMetadata().withName("image-registry-private-configuration-user").endMetadata()
        .addToStringData("REGISTRY_STORAGE_S3_ACCESSKEY", "a").build()).create();
    edit(c -> {
      c.getSpec().setManagementState("Managed");
      c.getSpec().setStorage(new io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageBuilder()
          .withNewS3().withBucket("b").withRegion("local").withRegionEndpoint("https://s3.example.com").endS3().build());
      return c;
    });

    Cli.Result result = fixture.run("doctor");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(result.out()).contains("S3_CREDENTIALS_INCOMPLETE",
        "does not contain required key \"REGISTRY_STORAGE_S3_SECRETKEY\"", "--s3-secret-key env:VARIABLE");
  }

  @Test
  @DisplayName("two storage backends: says which, quotes the operator, and how to keep one")
  void twoBackends() {
    edit(c -> {
      c.getSpec().setManagementState("Managed");
      c.getSpec().setStorage(new io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageBuilder()
          .withNewEmptyDir().endEmptyDir().withNewPvc().withClaim("").endPvc().build());
      return c;
    });

    Cli.Result result = fixture.run("doctor");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(result.out()).contains("ERROR STORAGE_BACKENDS_MULTIPLE",
        "exactly one storage type should be configured at the same time", "registryctl apply --storage");
  }

  @Test
  @DisplayName("a Degraded operator: its reason and message")
  void degraded() {
    fixture.run("apply", "--managed", "--storage", "pvc-block", "--no-wait");
    fixture.cluster.faults().operatorDegraded("Unable to apply resources: disk on fire");

    Cli.Result result = fixture.run("doctor");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(result.out()).contains("disk on fire");
  }

  @Test
  @DisplayName("a healthy registry: nothing wrong, exit 0; --output json says healthy")
  void healthy() throws Exception {
    fixture.run("apply", "--managed", "--storage", "pvc-block", "--no-wait");

    Cli.Result result = fixture.run("doctor");
    JsonNode json = new ObjectMapper().readTree(fixture.run("doctor", "-o", "json").out());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("Verdict: healthy.");
    assertThat(json.get("healthy").asBoolean()).isTrue();
  }
}
