package dev.registrysdk.storage.pvc;

import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.spi.DesiredObject;
import dev.registrysdk.storage.StorageFindingCodes;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Makes one storage class the cluster default, as the NetApp Trident procedure does with two
 * {@code oc patch storageclass} calls: the old default(s) get the annotation {@code "false"}, the new
 * one {@code "true"}. Both are merge patches of the annotation only.
 */
final class DefaultStorageClassSwitch {

  /** The pre-GA annotation some clusters still carry; cleared on old defaults as well. */
  static final String BETA_ANNOTATION = "storageclass.beta.kubernetes.io/is-default-class";

  private DefaultStorageClassSwitch() {}

  /** The findings of switching the default to {@code name}: an error if the class does not exist. */
  static List<Finding> findings(ClusterFacts facts, String name) {
    if (facts.storageClass(name).isPresent()) {
      return List.of();
    }
    String known =
        facts.storageClasses().stream().map(sc -> sc.getMetadata().getName()).sorted().collect(Collectors.joining(", "));
    return List.of(
        Finding.error(
            StorageFindingCodes.PVC_DEFAULT_STORAGE_CLASS_NOT_FOUND,
            "metadata.annotations[" + RegistryObjects.DEFAULT_STORAGE_CLASS_ANNOTATION + "]",
            "Storage class " + name + " cannot be made the cluster default: it does not exist (storage classes: "
                + (known.isEmpty() ? "none" : known) + ")",
            "Name an existing class in .defaultStorageClass(\"...\"), or install its provisioner first"));
  }

  /** The merge patches, old defaults first; none if {@code name} is already the only default or does not exist. */
  static List<DesiredObject> objects(ClusterFacts facts, String name) {
    if (facts.storageClass(name).isEmpty()) {
      return List.of();
    }
    List<DesiredObject> out = new ArrayList<>();
    for (StorageClass sc : facts.storageClasses()) {
      String other = sc.getMetadata().getName();
      if (other.equals(name)) {
        continue;
      }
      Map<String, String> annotations = sc.getMetadata().getAnnotations();
      boolean ga = annotations != null && "true".equals(annotations.get(RegistryObjects.DEFAULT_STORAGE_CLASS_ANNOTATION));
      boolean beta = annotations != null && "true".equals(annotations.get(BETA_ANNOTATION));
      if (ga || beta) {
        StorageClassBuilder patch = new StorageClassBuilder().withNewMetadata().withName(other).endMetadata();
        if (ga) {
          patch.editMetadata().addToAnnotations(RegistryObjects.DEFAULT_STORAGE_CLASS_ANNOTATION, "false").endMetadata();
        }
        if (beta) {
          patch.editMetadata().addToAnnotations(BETA_ANNOTATION, "false").endMetadata();
        }
        out.add(DesiredObject.merge(patch.build(), "no longer the default storage class, so that " + name + " is"));
      }
    }
    boolean alreadyDefault =
        facts.storageClass(name)
            .map(sc -> sc.getMetadata().getAnnotations())
            .map(a -> "true".equals(a.get(RegistryObjects.DEFAULT_STORAGE_CLASS_ANNOTATION)))
            .orElse(false);
    if (!alreadyDefault) {
      out.add(
          DesiredObject.merge(
              new StorageClassBuilder()
                  .withNewMetadata()
                  .withName(name)
                  .addToAnnotations(RegistryObjects.DEFAULT_STORAGE_CLASS_ANNOTATION, "true")
                  .endMetadata()
                  .build(),
              "make " + name + " the default storage class"));
    }
    return out;
  }
}
