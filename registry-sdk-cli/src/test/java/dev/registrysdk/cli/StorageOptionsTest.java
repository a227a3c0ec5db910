package dev.registrysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every storage backend, planned on a fake cluster of its platform: the stanza the options ask for. */
class StorageOptionsTest {

  private static final Map<String, String> ENV = Map.of("KEY", "key-value", "SECRET", "secret-value");

  @TempDir
  Path dir;

  @BeforeEach
  void keyFile() throws Exception {
    Files.writeString(dir.resolve("sa.json"), "{\"type\":\"service_account\",\"project_id\":\"p\","
        + "\"private_key\":\"-----BEGIN PRIVATE KEY-----\\nx\\n-----END PRIVATE KEY-----\\n\","
        + "\"client_email\":\"r@p.iam.gserviceaccount.com\"}");
  }

  static Stream<Arguments> backends() {
    return Stream.of(
        Arguments.of("bare-metal", List.of("--storage", "emptydir"), "/storage/emptyDir", "{}"),
        Arguments.of("vsphere", List.of("--storage", "pvc"), "/storage/pvc", "{}"),
        Arguments.of("vsphere", List.of("--storage", "pvc", "--pvc-create", "registry", "--pvc-size", "200Gi"),
            "/storage/pvc/claim", "\"registry\""),
        Arguments.of("vsphere", List.of("--storage", "pvc-block"), "/rolloutStrategy", "\"Recreate\""),
        Arguments.of("bare-metal", List.of("--storage", "cephfs"), "/storage/pvc/claim", "\"registry-storage-pvc\""),
        Arguments.of("bare-metal", List.of("--storage", "s3", "--s3-bucket", "ocp-registry", "--s3-region", "local",
            "--s3-endpoint", "https://s3.example.com", "--s3-access-key", "env:KEY", "--s3-secret-key", "env:SECRET"),
            "/storage/s3/regionEndpoint", "\"https://s3.example.com\""),
        Arguments.of("aws", List.of("--storage", "s3", "--s3-bucket", "ocp-registry", "--s3-region", "us-east-2",
            "--s3-encrypt", "--s3-key-id", "arn:aws:kms:key", "--allow-data-loss"), "/storage/s3/keyID", "\"arn:aws:kms:key\""),
        Arguments.of("gcp", List.of("--storage", "gcs", "--gcs-bucket", "reg", "--gcs-project-id", "p",
            "--gcs-keyfile", "file:sa.json", "--allow-data-loss"), "/storage/gcs/projectID", "\"p\""),
        Arguments.of("azure", List.of("--storage", "azure", "--azure-account", "acct1", "--azure-container", "registry",
            "--azure-account-key", "env:KEY", "--allow-data-loss"), "/storage/azure/accountName", "\"acct1\""),
        Arguments.of("openstack", List.of("--storage", "swift", "--swift-container", "registry", "--swift-username", "u",
            "--swift-password", "env:SECRET", "--allow-data-loss"), "/storage/swift/container", "\"registry\""),
        Arguments.of("ibmcloud", List.of("--storage", "ibmcos", "--ibmcos-bucket", "reg", "--ibmcos-location", "us-south",
            "--ibmcos-api-key", "env:KEY", "--allow-data-loss"), "/storage/ibmcos/location", "\"us-south\""),
        Arguments.of("bare-metal", List.of("--storage", "pvc-block", "--storage-management-state", "Unmanaged"),
            "/storage/managementState", "\"Unmanaged\""));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("backends")
  @DisplayName("plans the backend's stanza")
  void plansStanza(String platform, List<String> options, String pointer, String json) throws Exception {
    List<String> args = new ArrayList<>(List.of("plan", "--fake", platform, "--fake-odf", "--managed", "-o", "json"));
    args.addAll(options);

    Cli.Result result = Cli.run(ENV, dir, args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    JsonNode plan = new ObjectMapper().readTree(result.out());
    JsonNode config = null;
    for (JsonNode change : plan.get("changes")) {
      if (change.get("kind").asText().equals("Config")) {
        config = change.at("/body/spec");
      }
    }
    assertThat(config).as(result.out()).isNotNull();
    assertThat(config.at(pointer)).as(config.toString()).isEqualTo(new ObjectMapper().readTree(json));
  }
}
