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
//DESCRIPTION vSphere: the registry Managed on the claim the operator creates (seed 000, 3.7.2 and 3.7.3.1)

import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.pvc.Pvc;
import dev.registrysdk.testkit.FakeOpenShift;

/**
 * Seed 000, 3.7.2 and 3.7.3.1, "Configuring registry storage for VMware vSphere". Its prerequisite is
 * persistent storage "such as OpenShift Data Foundation" behind the default storage class: the claim
 * the operator creates is ReadWriteMany, which vSphere's block {@code thin-csi} class cannot provide
 * (the plan notes that). On the embedded fake cluster, ODF's CephFS class is made the default:
 *
 * <pre>
 * oc patch configs.imageregistry.operator.openshift.io cluster --type merge --patch '{"spec":{"managementState":"Managed"}}'
 * oc edit configs.imageregistry.operator.openshift.io      # storage: pvc: claim: (empty)
 * oc get clusteroperator image-registry
 * </pre>
 */
public class VSpherePvc {
  public static void main(String... args) {
    try (ExampleCluster cluster = ExampleCluster.connect(args, FakeOpenShift.vSphere().withOdf(),
        fake -> fake.client().storage().v1().storageClasses().list().getItems().forEach(sc -> fake.client().storage().v1()
            .storageClasses().withName(sc.getMetadata().getName()).edit(c -> {
              c.getMetadata().getAnnotations().put("storageclass.kubernetes.io/is-default-class",
                  String.valueOf(c.getMetadata().getName().equals("ocs-storagecluster-cephfs")));
              return c;
            })))) {
      cluster.run(RegistryConfigurer.on(cluster.client())
          .managed()
          .storage(Pvc.operatorDefault()));
    }
  }
}
