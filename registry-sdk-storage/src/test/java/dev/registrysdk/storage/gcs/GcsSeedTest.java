package dev.registrysdk.storage.gcs;

import static dev.registrysdk.storage.Fixtures.contribute;
import static dev.registrysdk.storage.Fixtures.decodedData;
import static dev.registrysdk.storage.Fixtures.facts;
import static dev.registrysdk.storage.Fixtures.json;
import static dev.registrysdk.storage.Fixtures.object;
import static dev.registrysdk.storage.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.storage.MergePatch;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GcsSeedTest {

  @Test
  @DisplayName("seed 001 §3.2 (GCP, user-provisioned): the key file secret and the documented parameters")
  void gcpUpi() {
    StorageContribution c = contribute(
        Gcs.of("ocp-registry").region("us-central1").projectId("my-project").keyFile(GcsTest.KEY_FILE), facts("GCP"));
    // oc create secret generic image-registry-private-configuration-user
    //   --from-file=REGISTRY_STORAGE_GCS_KEYFILE=<path_to_keyfile> --namespace openshift-image-registry
    assertThat(decodedData(object(c, "Secret", RegistryObjects.USER_CREDENTIALS_SECRET)))
        .isEqualTo(Map.of("REGISTRY_STORAGE_GCS_KEYFILE", GcsTest.KEY_FILE));
    // §3.2.3 parameters on the bootstrapped gcs: {}
    JsonNode bootstrap = json("{\"gcs\":{}}");
    assertThat(MergePatch.apply(bootstrap, MergePatch.enginePatch(bootstrap, tree(c.storage()))))
        .isEqualTo(json("{\"gcs\":{\"bucket\":\"ocp-registry\",\"region\":\"us-central1\",\"projectID\":\"my-project\"}}"));
    assertThat(c.findings()).isEmpty();
  }
}
