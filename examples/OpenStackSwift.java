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
//DESCRIPTION OpenStack: the registry on your Swift container, with a password, an application credential or a token

import dev.registrysdk.api.StorageManagementState;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.swift.Swift;
import dev.registrysdk.storage.swift.SwiftCredentials;
import dev.registrysdk.testkit.FakeOpenShift;

/**
 * The registry on an OpenStack Swift container of your own (no seed procedure; the operator's
 * documented steps):
 *
 * <pre>
 * oc create secret generic image-registry-private-configuration-user \
 *     --from-literal=REGISTRY_STORAGE_SWIFT_USERNAME=... --from-literal=REGISTRY_STORAGE_SWIFT_PASSWORD=... \
 *     -n openshift-image-registry
 * oc edit configs.imageregistry.operator.openshift.io/cluster     # storage: swift: {container, authURL, ...}
 * </pre>
 *
 * <p>Credentials come from OS_APPLICATION_CREDENTIAL_ID, OS_APPLICATION_CREDENTIAL_NAME and
 * OS_APPLICATION_CREDENTIAL_SECRET when the first is set, else from OS_TOKEN when set, else from
 * OS_USERNAME and OS_PASSWORD. Edit the Keystone URL, domain, project and region to match your
 * cloud. The fake OpenStack cluster starts on a container the operator created; switching containers
 * needs {@code allowDataLoss()}, which is right only while the registry holds no images.
 */
public class OpenStackSwift {
  public static void main(String... args) {
    try (ExampleCluster cluster = ExampleCluster.connect(args, FakeOpenShift.openStack())) {
      cluster.run(RegistryConfigurer.on(cluster.client())
          .storage(Swift.of("registry").authUrl("https://keystone.example.com:5000/v3").authVersion("3")
              .domain("Default").tenant("ocp").regionName("RegionOne")
              .credentials(credentials(cluster))
              .managementState(StorageManagementState.UNMANAGED))                // your container stays yours
          .allowDataLoss());
    }
  }

  /** The first of the three forms whose variable is set; a user name and password otherwise. */
  private static SwiftCredentials credentials(ExampleCluster cluster) {
    if (isSet("OS_APPLICATION_CREDENTIAL_ID")) {
      return SwiftCredentials.applicationCredential(cluster.credential("OS_APPLICATION_CREDENTIAL_ID"),
          cluster.credential("OS_APPLICATION_CREDENTIAL_NAME"), cluster.credential("OS_APPLICATION_CREDENTIAL_SECRET"));
    }
    if (isSet("OS_TOKEN")) {
      return SwiftCredentials.token(cluster.credential("OS_TOKEN"));
    }
    return SwiftCredentials.password(cluster.credential("OS_USERNAME"), cluster.credential("OS_PASSWORD"));
  }

  private static boolean isSet(String variable) {
    String value = System.getenv(variable);
    return value != null && !value.isEmpty();
  }
}
