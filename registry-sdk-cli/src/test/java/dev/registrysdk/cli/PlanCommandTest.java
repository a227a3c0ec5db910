package dev.registrysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.registrysdk.testkit.FakeOpenShift;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

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

  @Test
  @DisplayName("prints the change with its diff and exits 0")
  void printsPlan() {
    Cli.Result result = fixture.run("plan", "--managed", "--storage", "pvc-block");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("Plan: 2 changes", "CREATE PersistentVolumeClaim openshift-image-registry/image-registry-storage",
        "spec.managementState: \"Removed\" -> \"Managed\"", "spec.storage.pvc.claim: (unset) -> \"image-registry-storage\"");
  }

  @Test
  @DisplayName("writes nothing")
  void writesNothing() {
    fixture.cluster.requests().clear();

    fixture.run("plan", "--managed", "--storage", "pvc-block");

    assertThat(fixture.cluster.requests().writes()).isEmpty();
  }

  @Test
  @DisplayName("exits 2 when validation refuses the desired state, and says why")
  void refused() {
    Cli.Result result = fixture.run("plan", "--managed");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.REFUSED);
    assertThat(result.out()).contains("STORAGE_NOT_CONFIGURED", "Refused");
  }

  @Test
  @DisplayName("--output json is one JSON document with the changes and findings")
  void json() throws Exception {
    Cli.Result result = fixture.run("plan", "--managed", "--storage", "pvc-block", "-o", "json");

    JsonNode plan = new ObjectMapper().readTree(result.out());
    assertThat(plan.get("empty").asBoolean()).isFalse();
    assertThat(plan.at("/changes/0/kind").asText()).isEqualTo("PersistentVolumeClaim");
    assertThat(plan.at("/changes/1/kind").asText()).isEqualTo("Config");
    assertThat(plan.at("/changes/1/body/spec/managementState").asText()).isEqualTo("Managed");
    assertThat(plan.get("findings")).isNotEmpty();
  }

  @Test
  @DisplayName("--output yaml is one YAML document with the same fields")
  void yaml() throws Exception {
    Cli.Result result = fixture.run("plan", "--managed", "--storage", "pvc-block", "-o", "yaml");

    JsonNode plan = new YAMLMapper().readTree(result.out());
    assertThat(plan.at("/changes/0/action").asText()).isEqualTo("CREATE");
    assertThat(plan.at("/changes/1/action").asText()).isEqualTo("PATCH");
  }

  @Test
  @DisplayName("runs on an embedded fake cluster with --fake")
  void embeddedFake() {
    Cli.Result result = Cli.run("plan", "--fake", "vsphere", "--managed", "--storage", "pvc-block");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("embedded fake VSphere cluster", "PersistentVolumeClaim");
  }
}
