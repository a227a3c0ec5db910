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
//DESCRIPTION AWS, user-provisioned: the registry on your S3 bucket, with your credentials (seed 001 3.1)

import dev.registrysdk.api.StorageManagementState;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.s3.S3;
import dev.registrysdk.testkit.FakeOpenShift;

/**
 * Seed 001, 3.1, "Configuring the registry for AWS user-provisioned infrastructure":
 *
 * <pre>
 * oc create secret generic image-registry-private-configuration-user \
 *     --from-literal=REGISTRY_STORAGE_S3_ACCESSKEY=... --from-literal=REGISTRY_STORAGE_S3_SECRETKEY=... -n openshift-image-registry
 * oc edit configs.imageregistry.operator.openshift.io/cluster     # storage: s3: {bucket, region}
 * </pre>
 *
 * <p>Credentials come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY. The fake AWS cluster starts
 * on a bucket the operator created; switching buckets needs {@code allowDataLoss()}, which is right
 * only while the registry holds no images.
 */
public class AwsS3 {
  public static void main(String... args) {
    try (ExampleCluster cluster = ExampleCluster.connect(args, FakeOpenShift.aws())) {
      cluster.run(RegistryConfigurer.on(cluster.client())
          .storage(S3.of("ocp-registry").region("us-east-2")
              .credentials(cluster.credential("AWS_ACCESS_KEY_ID"), cluster.credential("AWS_SECRET_ACCESS_KEY"))
              .managementState(StorageManagementState.UNMANAGED))                // your bucket stays yours
          .allowDataLoss());
    }
  }
}
