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
//DESCRIPTION Azure, user-provisioned: the registry on your storage account and container (seed 001 3.3)

import dev.registrysdk.api.StorageManagementState;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.azure.Azure;
import dev.registrysdk.testkit.FakeOpenShift;

/**
 * Seed 001, 3.3, "Configuring the registry for Azure user-provisioned infrastructure":
 *
 * <pre>
 * oc create secret generic image-registry-private-configuration-user \
 *     --from-literal=REGISTRY_STORAGE_AZURE_ACCOUNTKEY=... -n openshift-image-registry
 * oc edit configs.imageregistry.operator.openshift.io/cluster     # storage: azure: {accountName, container}
 * </pre>
 *
 * <p>The key comes from AZURE_ACCOUNT_KEY. Switching from the container the installer created needs
 * {@code allowDataLoss()}, which is right only while the registry holds no images.
 */
public class AzureBlob {
  public static void main(String... args) {
    try (ExampleCluster cluster = ExampleCluster.connect(args, FakeOpenShift.azure())) {
      cluster.run(RegistryConfigurer.on(cluster.client())
          .storage(Azure.of("registrystorage", "registry").accountKey(cluster.credential("AZURE_ACCOUNT_KEY"))
              .managementState(StorageManagementState.UNMANAGED))                // your container stays yours
          .allowDataLoss());
    }
  }
}
