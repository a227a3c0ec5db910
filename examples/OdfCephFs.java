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
//DESCRIPTION ODF CephFS: a ReadWriteMany claim on ocs-storagecluster-cephfs, two replicas (seed 000 3.7.4)

import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.pvc.Pvc;
import dev.registrysdk.testkit.FakeOpenShift;

/**
 * Seed 000, 3.7.4, "Configuring the Image Registry Operator to use CephFS storage with Red Hat
 * OpenShift Data Foundation":
 *
 * <pre>
 * cat &lt;&lt;EOF | oc apply -f -        # PVC registry-storage-pvc, ReadWriteMany, 100Gi, ocs-storagecluster-cephfs
 * oc patch config.image/cluster -p '{"spec":{"managementState":"Managed","replicas":2,"storage":{"managementState":"Unmanaged","pvc":{"claim":"registry-storage-pvc"}}}}' --type=merge
 * </pre>
 */
public class OdfCephFs {
  public static void main(String... args) {
    try (ExampleCluster cluster = ExampleCluster.connect(args, FakeOpenShift.bareMetal().withOdf())) {
      cluster.run(RegistryConfigurer.on(cluster.client())
          .managed()
          .storage(Pvc.cephFs()));
    }
  }
}
