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
//DESCRIPTION Trusted CAs: the CAs of external registries, with and without a port, trusted for image pulls (seed 001 2.5)

import dev.registrysdk.api.trust.RegistryCa;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.testkit.FakeOpenShift;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Seed 001, 2.5, "Configuring additional trust stores for image registry access": the config map
 * {@code my-registry-ca} in {@code openshift-config} with one CA per registry host
 * ({@code registry-with-port.example.com:5000} keyed {@code registry-with-port.example.com..5000}),
 * named by {@code image.config.openshift.io/cluster} {@code spec.additionalTrustedCA}:
 *
 * <pre>
 * oc create configmap my-registry-ca -n openshift-config \
 *     --from-file=registry.example.com=ca.crt --from-file=registry-with-port.example.com..5000=ca-with-port.crt
 * oc patch image.config.openshift.io/cluster --type merge --patch '{"spec":{"additionalTrustedCA":{"name":"my-registry-ca"}}}'
 * </pre>
 *
 * <p>The PEM files come from REGISTRY_CA_FILE and REGISTRY_WITH_PORT_CA_FILE (paths); each must parse
 * as X.509 and not have expired. On the embedded fake cluster its router CA stands in for both.
 */
public class TrustedCa {
  public static void main(String... args) {
    try (ExampleCluster cluster = ExampleCluster.connect(args, FakeOpenShift.aws())) {
      String ca = cluster.credentialFile("REGISTRY_CA_FILE", () -> routerCa(cluster));
      String caWithPort = cluster.credentialFile("REGISTRY_WITH_PORT_CA_FILE", () -> routerCa(cluster));

      cluster.run(RegistryConfigurer.on(cluster.client())
          .trustedCaConfigMap("my-registry-ca")
          .trustRegistryCa("registry.example.com", ca)
          .trustRegistryCa("registry-with-port.example.com:5000", caWithPort));

      System.out.println("Config map key of registry-with-port.example.com:5000: "
          + RegistryCa.keyOf("registry-with-port.example.com:5000"));
    }
  }

  /** The fake cluster's router CA, as {@code oc extract secret/router-ca --keys=tls.crt -n openshift-ingress-operator} reads it. */
  static String routerCa(ExampleCluster cluster) {
    String data = cluster.client().secrets().inNamespace("openshift-ingress-operator").withName("router-ca").get()
        .getData().get("tls.crt");
    return new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8);
  }
}
