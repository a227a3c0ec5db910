package dev.registrysdk.cli;

import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;

/** Projects a fake cluster lacks and the procedures assume: a namespace with its service accounts. */
final class Projects {

  private Projects() {}

  /** Creates namespace {@code name} with these service accounts, as {@code oc new-project} and {@code oc create sa} do. */
  static void create(FakeOpenShift cluster, String name, String... serviceAccounts) {
    cluster.client().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build()).create();
    for (String account : serviceAccounts) {
      cluster.client().serviceAccounts().inNamespace(name)
          .resource(new ServiceAccountBuilder().withNewMetadata().withName(account).withNamespace(name).endMetadata().build())
          .create();
    }
  }
}
