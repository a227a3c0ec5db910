package dev.registrysdk.storage.gcs;

import static dev.registrysdk.storage.Fixtures.codes;
import static dev.registrysdk.storage.Fixtures.contribute;
import static dev.registrysdk.storage.Fixtures.decodedData;
import static dev.registrysdk.storage.Fixtures.facts;
import static dev.registrysdk.storage.Fixtures.finding;
import static dev.registrysdk.storage.Fixtures.json;
import static dev.registrysdk.storage.Fixtures.object;
import static dev.registrysdk.storage.Fixtures.tree;
import static dev.registrysdk.storage.Fixtures.userSecret;
import static dev.registrysdk.storage.StorageFindingCodes.GCS_CREDENTIALS_INCOMPLETE;
import static dev.registrysdk.storage.StorageFindingCodes.GCS_KEYFILE_INVALID;
import static dev.registrysdk.storage.StorageFindingCodes.GCS_NO_CREDENTIALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.api.StorageManagementState;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.spi.DesiredObject;
import dev.registrysdk.api.spi.StorageContribution;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GcsTest {

  static final String KEY_FILE =
      "{\"type\":\"service_account\",\"project_id\":\"my-project\",\"private_key\":\"CANARY-GCS-PRIVATE-KEY\"}";

  @Test
  @DisplayName("the stanza carries bucket, region, projectID and keyID, only when set")
  void stanza() {
    assertThat(tree(contribute(Gcs.of("b"), facts("GCP")).storage())).isEqualTo(json("{\"gcs\":{\"bucket\":\"b\"}}"));
    Gcs gcs = Gcs.of("b").region("us-central1").projectId("p").keyId("k")
        .managementState(StorageManagementState.UNMANAGED);
    assertThat(tree(contribute(gcs, facts("GCP")).storage())).isEqualTo(json(
        "{\"managementState\":\"Unmanaged\",\"gcs\":{\"bucket\":\"b\",\"region\":\"us-central1\",\"projectID\":\"p\",\"keyID\":\"k\"}}"));
  }

  @Test
  @DisplayName("the key file is merged into the user secret as REGISTRY_STORAGE_GCS_KEYFILE, sensitive")
  void keyFile() {
    StorageContribution c = contribute(Gcs.of("b").keyFile(KEY_FILE), facts("GCP"));
    DesiredObject secret = object(c, "Secret", RegistryObjects.USER_CREDENTIALS_SECRET);
    assertThat(secret.sensitive()).isTrue();
    assertThat(decodedData(secret)).containsExactly(Map.entry("REGISTRY_STORAGE_GCS_KEYFILE", KEY_FILE));
  }

  @Test
  @DisplayName("the key file never appears in toString of the provider or the contribution")
  void keyFileNeverPrinted() {
    Gcs gcs = Gcs.of("b").keyFile(KEY_FILE);
    StorageContribution c = contribute(gcs, facts("GCP"));
    assertThat(gcs + " " + c + " " + c.objects()).doesNotContain("CANARY-GCS-PRIVATE-KEY");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"not json {CANARY-GCS-PRIVATE-KEY", "[1,2]", "{\"type\":\"authorized_user\"}"})
  @DisplayName("a key file that is not a service account key is an error that does not quote it")
  void badKeyFile(String content) {
    StorageContribution c = contribute(Gcs.of("b").keyFile(content), facts("GCP"));
    var f = finding(c, GCS_KEYFILE_INVALID);
    assertThat(f.isError()).isTrue();
    assertThat(f.message()).doesNotContain("CANARY");
    assertThat(c.objects()).isEmpty();
  }

  @Test
  @DisplayName("no key file with a user secret lacking the key is an error with the operator's message")
  void incomplete() {
    var f = finding(contribute(Gcs.of("b"), facts("GCP", userSecret(Map.of("OTHER", "x")))), GCS_CREDENTIALS_INCOMPLETE);
    assertThat(f.message()).startsWith(
        "secret \"openshift-image-registry/image-registry-private-configuration-user\" does not contain required key "
            + "\"REGISTRY_STORAGE_GCS_KEYFILE\"");
  }

  @Test
  @DisplayName("no key file off GCP is warned; on GCP the minted credentials are used")
  void none() {
    assertThat(codes(contribute(Gcs.of("b"), facts("BareMetal")))).containsExactly(GCS_NO_CREDENTIALS);
    assertThat(contribute(Gcs.of("b"), facts("GCP")).findings()).isEmpty();
  }

  @Test
  @DisplayName("a blank bucket is refused at once")
  void blankBucket() {
    assertThatThrownBy(() -> Gcs.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
