package dev.registrysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.access.RegistryRole;
import dev.registrysdk.api.access.Subject;
import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registry roles (seed 001 §5.1, seed 004) and the metrics role (seed 001 §5.5). */
class AccessOptionsTest {

  @TempDir
  Path dir;

  @Test
  @DisplayName("--grant and --metrics-access write what grant and metricsAccess write")
  void sameAsSdk() {
    try (SdkParity parity = new SdkParity(FakeOpenShift::vSphere, dir, c -> Projects.create(c, "team-a"))) {
      Cli.Result result = parity.applyWithCli(Map.of(), "--grant", "viewer:user:ocp-user@team-a",
          "--grant", "registry-viewer:group:ocp-user-group@team-a", "--grant", "editor:user:ocp-user@team-a",
          "--grant", "system:image-puller:serviceaccount:team-b/default@team-a", "--grant", "image-builder:sa:builder@team-a",
          "--metrics-access", "serviceaccount:monitoring/prometheus", "--metrics-access", "user:alice@example.com");
      parity.applyWithSdk(c -> c.grant(RegistryRole.VIEWER, Subject.user("ocp-user"), "team-a")
          .grant(RegistryRole.VIEWER, Subject.group("ocp-user-group"), "team-a")
          .grant(RegistryRole.EDITOR, Subject.user("ocp-user"), "team-a")
          .grant(RegistryRole.IMAGE_PULLER, Subject.serviceAccount("team-b", "default"), "team-a")
          .grant(RegistryRole.IMAGE_BUILDER, Subject.serviceAccount("team-a", "builder"), "team-a")
          .metricsAccess(Subject.serviceAccount("monitoring", "prometheus"), Subject.user("alice@example.com")));

      assertThat(result.exitCode()).as(result.toString()).isZero();
      parity.assertSameWrites();
      RoleBinding viewer = parity.cli.cluster.client().rbac().roleBindings().inNamespace("team-a").withName("registry-viewer").get();
      assertThat(viewer.getSubjects()).extracting(io.fabric8.kubernetes.api.model.rbac.Subject::getName)
          .containsExactly("ocp-user", "ocp-user-group");
      assertThat(parity.cli.cluster.client().rbac().clusterRoles().withName("prometheus-scraper").get().getRules().get(0)
          .getResources()).containsExactly("registry/metrics");
    }
  }

  @Test
  @DisplayName("granting the same roles again writes nothing and exits 0")
  void idempotent() {
    try (ClusterFixture fixture = new ClusterFixture(FakeOpenShift.vSphere(), dir)) {
      Projects.create(fixture.cluster, "team-a");
      String[] args = {"--no-wait", "--grant", "viewer:group:developers@team-a", "--metrics-access", "user:alice"};
      fixture.run("apply", args);
      fixture.cluster.requests().clear();

      Cli.Result again = fixture.run("apply", args);

      assertThat(again.exitCode()).as(again.toString()).isZero();
      assertThat(fixture.cluster.requests().writes()).isEmpty();
    }
  }

  @Test
  @DisplayName("a namespace that is not a DNS label is refused by validation: exit 2")
  void refused() {
    Cli.Result result = Cli.run("plan", "--fake", "vsphere", "--grant", "viewer:user:alice@Team_A");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.REFUSED);
    assertThat(result.out()).contains("ACCESS_NAMESPACE_INVALID");
  }

  @Test
  @DisplayName("an unknown role or kind, a grant without a namespace, or a service account without its namespace: exit 1")
  void usage() {
    List<Cli.Result> results = List.of(
        Cli.run("plan", "--fake", "vsphere", "--grant", "admin:user:alice@team-a"),
        Cli.run("plan", "--fake", "vsphere", "--grant", "viewer:robot:alice@team-a"),
        Cli.run("plan", "--fake", "vsphere", "--grant", "viewer:user:alice"),
        Cli.run("plan", "--fake", "vsphere", "--metrics-access", "serviceaccount:prometheus"),
        Cli.run("plan", "--fake", "vsphere", "--metrics-access", "alice"));

    assertThat(results).allSatisfy(r -> assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE));
    assertThat(results.get(0).err()).contains("the role is viewer, editor, image-builder or image-puller");
  }
}
