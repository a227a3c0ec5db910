///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS dev.registrysdk:registry-sdk-bom:0.1.0-SNAPSHOT@pom
//DEPS dev.registrysdk:registry-sdk-core
//DEPS dev.registrysdk:registry-sdk-testkit
//DEPS io.fabric8:kubernetes-httpclient-jdk:7.7.0
//DEPS org.slf4j:slf4j-simple:2.0.17
//SOURCES ExampleCluster.java
//CDS
//RUNTIME_OPTIONS -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds=off -Xlog:cds+dynamic=off -Dorg.slf4j.simpleLogger.defaultLogLevel=warn
//DESCRIPTION Mirrors: ubi8/ubi-minimal pulled by digest from two mirrors, and the registries.conf every node gets (seed 003)

import dev.registrysdk.api.mirror.MirrorSet;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.core.mirror.ClusterMirrorSets;
import dev.registrysdk.core.mirror.RegistriesConf;
import dev.registrysdk.testkit.FakeOpenShift;
import java.util.List;

/**
 * Seed 003, "Configuring image registry repository mirroring", after installation: the
 * ImageContentSourcePolicy {@code ubi8repo} as the ImageDigestMirrorSet that replaces it since
 * OpenShift 4.13 (on older clusters the SDK writes the ImageContentSourcePolicy itself), then the
 * check the seed does by hand on a node:
 *
 * <pre>
 * oc create -f registryrepomirror.yaml          # kind: ImageContentSourcePolicy, name: ubi8repo
 * oc debug node/ip-10-0-147-35.ec2.internal
 * sh-4.2# chroot /host
 * sh-4.2# cat /etc/containers/registries.conf
 * sh-4.2# podman pull --log-level=debug registry.access.redhat.com/ubi8/ubi-minimal@sha256:5cfbaf45...
 * </pre>
 *
 * <p>The file and the order of the pull are computed from the cluster's mirror objects and the new
 * set, without a node. {@code .asContentSourcePolicy()} writes the seed's kind exactly.
 */
public class Mirrors {

  static final String SOURCE = "registry.access.redhat.com/ubi8/ubi-minimal";
  /** The seed's image, as the documentation prints it (its digest is one hex digit short of sha256's 64). */
  static final String IMAGE = SOURCE + "@sha256:5cfbaf45ca96806917830c183e9f37df2e913b187adb32e89fd83fa455ebaa6";

  public static void main(String... args) {
    try (ExampleCluster cluster = ExampleCluster.connect(args, FakeOpenShift.aws())) {
      MirrorSet ubi8repo = MirrorSet.digest("ubi8repo")
          .mirror(SOURCE, "example.io/example/ubi-minimal", "example.com/example/ubi-minimal");
      RegistriesConf nodes = ClusterMirrorSets.registriesConf(cluster.client(), List.of(ubi8repo));

      cluster.run(RegistryConfigurer.on(cluster.client()).mirrors(ubi8repo));

      System.out.println("/etc/containers/registries.conf on every node with ubi8repo:");
      System.out.print(nodes.render());
      System.out.println("podman pull " + IMAGE + " tries, in order:");
      int n = 1;
      for (var source : nodes.pullSources(IMAGE)) {
        System.out.println("  " + n++ + ". " + source);
      }
      System.out.println("A pull by tag is not mirrored: " + nodes.pullSources(SOURCE + ":latest"));
    }
  }
}
