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
//DESCRIPTION Bare metal, non-production: the registry Managed on emptyDir (seed 000 3.7.3.2, seed 001 3.4)

import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.emptydir.EmptyDir;
import dev.registrysdk.testkit.FakeOpenShift;

/**
 * Seed 000, 3.7.3.2, and seed 001, 3.4, "Configuring storage for the image registry in non-production clusters":
 *
 * <pre>
 * oc patch configs.imageregistry.operator.openshift.io cluster --type merge --patch '{"spec":{"managementState":"Managed"}}'
 * oc patch configs.imageregistry.operator.openshift.io cluster --type merge --patch '{"spec":{"storage":{"emptyDir":{}}}}'
 * </pre>
 *
 * <p>Images are lost whenever the registry pod restarts; the SDK warns, and keeps the registry at one
 * replica, which the operator itself never checks.
 */
public class BareMetalEmptyDir {
  public static void main(String... args) {
    try (ExampleCluster cluster = ExampleCluster.connect(args, FakeOpenShift.bareMetal())) {
      cluster.run(RegistryConfigurer.on(cluster.client())
          .managed()
          .storage(EmptyDir.create()));
    }
  }
}
