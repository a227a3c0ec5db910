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
//DESCRIPTION vSphere block storage: a ReadWriteOnce claim, one replica, Recreate (seed 000 3.7.3.3)

import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.pvc.Pvc;
import dev.registrysdk.testkit.FakeOpenShift;

/**
 * Seed 000, 3.7.3.3, "Configuring block registry storage for VMware vSphere":
 *
 * <pre>
 * oc patch config.imageregistry.operator.openshift.io/cluster --type=merge -p '{"spec":{"rolloutStrategy":"Recreate","replicas":1}}'
 * oc create -f pvc.yaml -n openshift-image-registry       # image-registry-storage, ReadWriteOnce, 100Gi
 * oc edit config.imageregistry.operator.openshift.io -o yaml   # storage: pvc: claim:
 * </pre>
 *
 * <p>The claim is named in {@code spec.storage.pvc.claim}: left empty, the operator refuses a claim of
 * that name that it did not create.
 */
public class BlockStorage {
  public static void main(String... args) {
    try (ExampleCluster cluster = ExampleCluster.connect(args, FakeOpenShift.vSphere())) {
      cluster.run(RegistryConfigurer.on(cluster.client())
          .managed()
          .storage(Pvc.block()));
    }
  }
}
