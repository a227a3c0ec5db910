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
//DESCRIPTION IBM Cloud: the registry on your IBM Cloud Object Storage bucket, with your API key

import dev.registrysdk.api.StorageManagementState;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.ibmcos.IbmCos;
import dev.registrysdk.testkit.FakeOpenShift;

/**
 * The registry on an IBM Cloud Object Storage bucket of your own (no seed procedure; the operator's
 * documented steps):
 *
 * <pre>
 * oc create secret generic image-registry-private-configuration-user \
 *     --from-literal=REGISTRY_STORAGE_IBMCOS_IAMAPIKEY=... -n openshift-image-registry
 * oc edit configs.imageregistry.operator.openshift.io/cluster     # storage: ibmcos: {bucket, location, ...}
 * </pre>
 *
 * <p>The API key comes from IBMCLOUD_API_KEY. Edit the bucket, location and resource group to match
 * your account; add {@code .serviceInstanceCrn(..)} and {@code .resourceKeyCrn(..)} from the IBM Cloud
 * console if you use them. The fake IBM Cloud cluster starts on a bucket the operator created;
 * switching buckets needs {@code allowDataLoss()}, which is right only while the registry holds no
 * images.
 */
public class IbmCloudCos {
  public static void main(String... args) {
    try (ExampleCluster cluster = ExampleCluster.connect(args, FakeOpenShift.ibmCloud())) {
      cluster.run(RegistryConfigurer.on(cluster.client())
          .storage(IbmCos.of("ocp-registry").location("us-south").resourceGroupName("ocp")
              .apiKey(cluster.credential("IBMCLOUD_API_KEY"))
              .managementState(StorageManagementState.UNMANAGED))                // your bucket stays yours
          .allowDataLoss());
    }
  }
}
