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
//DESCRIPTION Private registry on Trident: default class, a route, its router CA trusted, viewer and editor roles, a pull secret (seed 004)

import dev.registrysdk.api.RegistryRoute;
import dev.registrysdk.api.access.RegistryRole;
import dev.registrysdk.api.access.Subject;
import dev.registrysdk.api.pullsecret.PullSecret;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.core.exposure.RegistryExposure;
import dev.registrysdk.storage.pvc.Pvc;
import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;

/**
 * Seed 004, "Creating a private image registry" backed by NetApp Trident, in one apply:
 *
 * <pre>
 * oc patch storageclass thin -p '{"metadata":{"annotations":{"storageclass.kubernetes.io/is-default-class":"false"}}}'
 * oc patch storageclass ocp-trident -p '{"metadata":{"annotations":{"storageclass.kubernetes.io/is-default-class":"true"}}}'
 * oc edit configs.imageregistry.operator.openshift.io      # storage: pvc: claim:; routes: netapp-astra-route; Managed
 * oc extract secret/router-ca --keys=tls.crt -n openshift-ingress-operator
 * oc create configmap astra-ca -n openshift-config --from-file=astra-registry.apps.ocp-vmw.cie.netapp.com=tls.crt
 * oc patch image.config.openshift.io/cluster --patch '{"spec":{"additionalTrustedCA":{"name":"astra-ca"}}}' --type=merge
 * oc policy add-role-to-user registry-viewer ocp-user;  oc policy add-role-to-group registry-viewer ocp-user-group
 * oc policy add-role-to-user registry-editor ocp-user;  oc policy add-role-to-group registry-editor ocp-user-group
 * oc create secret docker-registry astra-registry-credentials --docker-server=astra-registry.apps.ocp-vmw.cie.netapp.com \
 *     --docker-username=ocp-user --docker-password=...
 * oc secrets link default astra-registry-credentials --for=pull
 * </pre>
 *
 * <p>Roles and the pull secret go to the project {@value #PROJECT} (the seed uses the current one).
 * The password comes from REGISTRY_PASSWORD. On the embedded fake cluster, Trident's class
 * {@code ocp-trident} and the project with its service account {@code default} are created first.
 */
public class PrivateRegistry {

  static final String HOST = "astra-registry.apps.ocp-vmw.cie.netapp.com";
  static final String PROJECT = "netapp-astra";

  public static void main(String... args) {
    try (ExampleCluster cluster = ExampleCluster.connect(args, FakeOpenShift.vSphere(), PrivateRegistry::prerequisites)) {
      Subject user = Subject.user("ocp-user");
      Subject group = Subject.group("ocp-user-group");
      boolean applied = cluster.run(RegistryConfigurer.on(cluster.client())
          .managed()
          .storage(Pvc.operatorDefault().defaultStorageClass("ocp-trident"))
          .route(RegistryRoute.named("netapp-astra-route").hostname(HOST))
          .trustClusterIngressCa(HOST)
          .trustedCaConfigMap("astra-ca")
          .grant(RegistryRole.VIEWER, user, PROJECT)
          .grant(RegistryRole.VIEWER, group, PROJECT)
          .grant(RegistryRole.EDITOR, user, PROJECT)
          .grant(RegistryRole.EDITOR, group, PROJECT)
          .pullSecret(PullSecret.of(PROJECT, "astra-registry-credentials")
              .credential(HOST, "ocp-user", cluster.credential("REGISTRY_PASSWORD"))
              .linkForPull("default")));

      if (applied) {
        System.out.println("Registry hosts: " + RegistryExposure.of(cluster.client()).externalHostnames());
        System.out.println("Log in: podman login -u ocp-user -p $(oc whoami -t) " + HOST);
        System.out.println("Push:   podman push " + HOST + "/" + PROJECT + "/vault-controller:latest");
      }
    }
  }

  /** What a Trident cluster has: the class, and the project with its default service account. */
  static void prerequisites(FakeOpenShift fake) {
    fake.client().storage().v1().storageClasses().resource(new StorageClassBuilder().withNewMetadata().withName("ocp-trident").endMetadata()
        .withProvisioner("csi.trident.netapp.io").build()).create();
    fake.client().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(PROJECT).endMetadata().build())
        .create();
    fake.client().serviceAccounts().inNamespace(PROJECT).resource(new ServiceAccountBuilder().withNewMetadata()
        .withName("default").withNamespace(PROJECT).endMetadata().build()).create();
  }
}
