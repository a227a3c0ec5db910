///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS dev.registrysdk:registry-sdk-bom:0.1.0-SNAPSHOT@pom
//DEPS dev.registrysdk:registry-sdk-core
//DEPS dev.registrysdk:registry-sdk-storage
//DEPS dev.registrysdk:registry-sdk-testkit
//DEPS io.fabric8:kubernetes-httpclient-jdk:7.7.0
//DEPS org.slf4j:slf4j-simple:2.0.17
//SOURCES ExampleCluster.java
//CDS
//RUNTIME_OPTIONS -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds=off -Xlog:cds+dynamic=off -Dorg.slf4j.simpleLogger.defaultLogLevel=warn
//DESCRIPTION Google Cloud, user-provisioned: the registry on your GCS bucket with a service account key (seed 001 3.2)

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.registrysdk.api.StorageManagementState;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.gcs.Gcs;
import dev.registrysdk.testkit.FakeOpenShift;

/**
 * Seed 001, 3.2, "Configuring the registry for GCP user-provisioned infrastructure":
 *
 * <pre>
 * oc create secret generic image-registry-private-configuration-user \
 *     --from-file=REGISTRY_STORAGE_GCS_KEYFILE=&lt;path_to_keyfile&gt; -n openshift-image-registry
 * oc edit configs.imageregistry.operator.openshift.io/cluster     # storage: gcs: {bucket, region, projectID}
 * </pre>
 *
 * <p>The key file's path comes from GOOGLE_APPLICATION_CREDENTIALS. Switching from the bucket the
 * installer created needs {@code allowDataLoss()}, which is right only while the registry holds no images.
 */
public class GcpGcs {
  public static void main(String... args) {
    try (ExampleCluster cluster = ExampleCluster.connect(args, FakeOpenShift.gcp())) {
      String keyFile = cluster.credentialFile("GOOGLE_APPLICATION_CREDENTIALS", GcpGcs::standInKey);
      cluster.run(RegistryConfigurer.on(cluster.client())
          .storage(Gcs.of("ocp-registry").region("us-central1").projectId("my-project").keyFile(keyFile)
              .managementState(StorageManagementState.UNMANAGED))                // your bucket stays yours
          .allowDataLoss());
    }
  }

  /** A service account key of the right shape for the fake cluster; it opens nothing. */
  private static String standInKey() {
    return new ObjectMapper().createObjectNode().put("type", "service_account").put("project_id", "my-project")
        .put("client_email", "registry@my-project.iam.gserviceaccount.com").put("private_key_id", "stand-in")
        .toString();
  }
}
