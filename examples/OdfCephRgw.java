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
//DESCRIPTION ODF Ceph RGW: a bucket claim, re-keyed credentials and the ingress CA, in one call (seed 000 3.7.3.4)

import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.odf.Odf;
import dev.registrysdk.testkit.FakeOpenShift;

/**
 * Seed 000, 3.7.3.4, "Configuring the Image Registry Operator to use Ceph RGW storage with Red Hat
 * OpenShift Data Foundation", seven steps:
 *
 * <pre>
 * cat &lt;&lt;EOF | oc apply -f -        # ObjectBucketClaim rgwbucket, storage class ocs-storagecluster-ceph-rgw
 * bucket_name=$(oc get obc -n openshift-storage rgwbucket -o jsonpath='{.spec.bucketName}')
 * AWS_ACCESS_KEY_ID=$(oc get secret ...); AWS_SECRET_ACCESS_KEY=$(oc get secret ...)
 * oc create secret generic image-registry-private-configuration-user --from-literal=REGISTRY_STORAGE_S3_ACCESSKEY=... ...
 * route_host=$(oc get route ocs-storagecluster-cephobjectstore -n openshift-storage --template='{{ .spec.host }}')
 * oc extract secret/router-certs-default -n openshift-ingress --confirm
 * oc create configmap image-registry-s3-bundle --from-file=ca-bundle.crt=./tls.crt -n openshift-config
 * oc patch config.image/cluster -p '{"spec":{"managementState":"Managed","replicas":2,"storage":{...}}}' --type=merge
 * </pre>
 *
 * <p>The SDK also waits for the claim to be bound, which the procedure leaves out.
 */
public class OdfCephRgw {
  public static void main(String... args) {
    try (ExampleCluster cluster = ExampleCluster.connect(args, FakeOpenShift.bareMetal().withOdf())) {
      cluster.run(RegistryConfigurer.on(cluster.client())
          .managed()
          .storage(Odf.cephRgw().claimName("rgwbucket")));
    }
  }
}
