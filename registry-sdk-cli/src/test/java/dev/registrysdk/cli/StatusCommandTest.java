package dev.registrysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.registrysdk.testkit.FakeOpenShift;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCommandTest {

  @TempDir
  Path dir;

  @Test
  @DisplayName("shows the configuration and exits 0 when the operator reports the registry ready")
  void ready() {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.aws(), dir)) {
      Cli.Result result = fixture.run("status");

      assertThat(result.exitCode()).as(result.toString()).isZero();
      assertThat(result.out()).contains("Platform:          AWS", "Management state:  Managed", "Storage:           s3",
          "Replicas:          2", "Registry: READY");
    }
  }

  @Test
  @DisplayName("exits 3 while the registry is progressing")
  void progressing() {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.bareMetal(), dir)) {
      fixture.cluster.faults().operatorStuckProgressing();
      fixture.run("apply", "--managed", "--storage", "pvc-block", "--no-wait");

      Cli.Result result = fixture.run("status");

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.NOT_READY);
      assertThat(result.out()).contains("Registry: PROGRESSING");
    }
  }

  @Test
  @DisplayName("exits 4 with the operator's message when it reports a failure")
  void failed() {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.bareMetal(), dir)) {
      fixture.cluster.client().imageRegistryOperatorConfigs().withName("cluster")
          .edit(c -> { c.getSpec().setManagementState("Managed"); return c; });

      Cli.Result result = fixture.run("status");

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
      assertThat(result.out()).contains("storage backend not configured");
    }
  }

  @Test
  @DisplayName("--output json describes storage, routes and readiness")
  void json() throws Exception {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.bareMetal(), dir)) {
      fixture.run("apply", "--managed", "--storage", "pvc-block", "--route", "internal=registry.example.com", "--no-wait");

      JsonNode status = new ObjectMapper().readTree(fixture.run("status", "-o", "json").out());

      assertThat(status.at("/storage/backends/0").asText()).isEqualTo("pvc");
      assertThat(status.at("/storage/spec/pvc/claim").asText()).isEqualTo("image-registry-storage");
      assertThat(status.at("/routes/0/hostname").asText()).isEqualTo("registry.example.com");
      assertThat(status.at("/readiness/state").asText()).isEqualTo("READY");
    }
  }

  @Test
  @DisplayName("exits 4 on a cluster without the ImageRegistry capability, and says so")
  void capabilityDisabled() {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.bareMetal().withoutImageRegistryCapability(), dir)) {
      Cli.Result result = fixture.run("status");

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
      assertThat(result.err()).contains("ImageRegistry capability is disabled");
    }
  }

  @Test
  @DisplayName("shows where the registry can be reached: the default route's host, external and internal host names (seed 001 §6.1)")
  void exposure() throws Exception {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.aws(), dir)) {
      fixture.run("apply", "--default-route", "--wait", "30s");

      Cli.Result text = fixture.run("status");
      JsonNode json = new ObjectMapper().readTree(fixture.run("status", "-o", "json").out());
      JsonNode yaml = new YAMLMapper().readTree(fixture.run("status", "-o", "yaml").out());

      String host = "default-route-openshift-image-registry.apps.testkit.example.com";
      assertThat(text.out()).contains("Default route:     on, host " + host,
          "External hosts:    " + host,
          "Internal host:     image-registry.openshift-image-registry.svc:5000");
      assertThat(json.at("/exposure/defaultRouteHost").asText()).isEqualTo(host);
      assertThat(json.at("/exposure/externalHostnames/0").asText()).isEqualTo(host);
      assertThat(yaml.at("/exposure/internalHostname").asText()).isEqualTo("image-registry.openshift-image-registry.svc:5000");
    }
  }

  @Test
  @DisplayName("a registry that is not exposed shows no hosts")
  void notExposed() {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.bareMetal(), dir)) {
      Cli.Result result = fixture.run("status");

      assertThat(result.out()).contains("Default route:     off\n", "External hosts:    none", "Internal host:     none");
    }
  }
}
