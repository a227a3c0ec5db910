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
//DESCRIPTION ODF NooBaa: a bucket claim, re-keyed credentials and the ingress CA, in one call (seed 000 3.7.3.5)

import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.odf.Odf;
import dev.registrysdk.testkit.FakeOpenShift;

/**
 * Seed 000, 3.7.3.5, "Configuring the Image Registry Operator to use NooBaa storage with Red Hat
 * OpenShift Data Foundation": the same seven steps as for Ceph RGW, on storage class
 * openshift-storage.noobaa.io and route s3, plus a lookup of the ingress controller's certificate.
 */
public class OdfNooBaa {
  public static void main(String... args) {
    try (ExampleCluster cluster = ExampleCluster.connect(args, FakeOpenShift.bareMetal().withOdf())) {
      cluster.run(RegistryConfigurer.on(cluster.client())
          .managed()
          .storage(Odf.nooBaa().claimName("noobaatest")));
    }
  }
}
