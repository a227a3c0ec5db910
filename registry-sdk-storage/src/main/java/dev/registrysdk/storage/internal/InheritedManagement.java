package dev.registrysdk.storage.internal;

import dev.registrysdk.api.StorageManagementState;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.storage.StorageFindingCodes;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorage;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rule behind {@link StorageFindingCodes#STORAGE_MANAGED_INHERITED}. The operator decides
 * {@code spec.storage.managementState} only while it is empty: {@code Managed} for storage it creates,
 * {@code Unmanaged} for storage the user names. A Config whose storage the operator provisioned
 * keeps {@code Managed} when the caller switches it to their own bucket, container or claim, unless
 * the caller says otherwise; the operator then configures that storage as its own and deletes it,
 * images and all, when the registry is set to {@code Removed}.
 */
public final class InheritedManagement {

  private InheritedManagement() {}

  /**
   * The warning for a provider, if its storage would inherit {@code Managed}.
   *
   * @param facts the observed cluster
   * @param chosen the management state the caller set, if any (then nothing is inherited)
   * @param wanted the bucket, container or claim the caller names; empty when the operator is to
   *     create and name one (then {@code Managed} is right)
   * @param what how to call it in the message, e.g. {@code "S3 bucket"}
   * @param current the name the current storage stanza gives for the same backend, if any
   */
  public static Optional<Finding> check(ClusterFacts facts, Optional<StorageManagementState> chosen,
      Optional<String> wanted, String what, Function<ImageRegistryConfigStorage, Optional<String>> current) {
    if (chosen.isPresent() || wanted.isEmpty() || wanted.get().isEmpty()) {
      return Optional.empty();
    }
    Optional<ImageRegistryConfigStorage> storage = facts.currentStorage();
    if (storage.isEmpty() || !StorageManagementState.MANAGED.wireValue().equals(storage.get().getManagementState())) {
      return Optional.empty();
    }
    if (current.apply(storage.get()).filter(wanted.get()::equals).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(Finding.warning(
        StorageFindingCodes.STORAGE_MANAGED_INHERITED,
        "spec.storage.managementState",
        "spec.storage.managementState stays Managed from the storage the operator provisioned before, so "
            + "the operator would treat the " + what + " " + wanted.get() + " as its own: configure it, and "
            + "delete it with every image in it when the registry is set to Removed",
        "Use .managementState(StorageManagementState.UNMANAGED) to keep it yours (registryctl: "
            + "--storage-management-state Unmanaged), or .managementState(StorageManagementState.MANAGED) to "
            + "hand it to the operator"));
  }
}
