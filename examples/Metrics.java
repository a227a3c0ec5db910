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
//DESCRIPTION Metrics: the prometheus-scraper cluster role for registry/metrics, bound to a user (seed 001 5.5)

import dev.registrysdk.api.access.Subject;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.core.exposure.RegistryExposure;
import dev.registrysdk.testkit.FakeOpenShift;

/**
 * Seed 001, 5.5, "Accessing registry metrics" with a cluster role:
 *
 * <pre>
 * oc create -f -      # ClusterRole prometheus-scraper: get on image.openshift.io registry/metrics
 * oc adm policy add-cluster-role-to-user prometheus-scraper &lt;username&gt;
 * </pre>
 *
 * <p>The user comes from METRICS_USER ({@code metrics-reader} when unset). An existing
 * {@code prometheus-scraper} role keeps its rules; the metrics rule is added if missing.
 */
public class Metrics {
  public static void main(String... args) {
    try (ExampleCluster cluster = ExampleCluster.connect(args, FakeOpenShift.aws())) {
      String user = System.getenv().getOrDefault("METRICS_USER", "metrics-reader");
      boolean applied = cluster.run(RegistryConfigurer.on(cluster.client()).metricsAccess(Subject.user(user)));

      if (applied) {
        RegistryExposure.of(cluster.client()).internalHostname().ifPresent(host -> System.out.println(
            "As " + user + ": curl -s -H \"Authorization: Bearer $(oc whoami -t)\" https://" + host + "/extensions/v2/metrics"));
      }
    }
  }
}
