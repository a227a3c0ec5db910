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
//DESCRIPTION MinIO: S3-compatible storage with credentials and an internal route (seed 002)

import dev.registrysdk.api.RegistryRoute;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.s3.S3;
import dev.registrysdk.testkit.FakeOpenShift;

/**
 * Seed 002, MinIO as the registry's object storage:
 *
 * <pre>
 * oc create secret generic image-registry-private-configuration-user \
 *     --from-literal=REGISTRY_STORAGE_S3_ACCESSKEY=... --from-literal=REGISTRY_STORAGE_S3_SECRETKEY=... -n openshift-image-registry
 * oc edit configs.imageregistry.operator.openshift.io/cluster
 *     # managementState: Managed; storage: s3: {bucket, region: local, regionEndpoint}; routes: [internal-registry-route]
 * </pre>
 *
 * <p>Credentials come from MINIO_ACCESS_KEY and MINIO_SECRET_KEY. A self-signed endpoint also needs
 * {@code .trustedCa(TrustedCa.fromPem(pem))}.
 */
public class MinioS3 {
  public static void main(String... args) {
    try (ExampleCluster cluster = ExampleCluster.connect(args, FakeOpenShift.bareMetal())) {
      cluster.run(RegistryConfigurer.on(cluster.client())
          .managed()
          .storage(S3.compatible("ocp-registry", "https://s3.svc.example.com").region("local")
              .credentials(cluster.credential("MINIO_ACCESS_KEY"), cluster.credential("MINIO_SECRET_KEY")))
          .route(RegistryRoute.named("internal-registry-route").hostname("registry-int.apps.example.com")));
    }
  }
}
