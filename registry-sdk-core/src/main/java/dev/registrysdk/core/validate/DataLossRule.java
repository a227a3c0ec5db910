package dev.registrysdk.core.validate;

import dev.registrysdk.api.ManagementState;
import dev.registrysdk.api.StorageManagementState;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.resource.RegistryObjects;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * No images are lost without consent ({@code allowDataLoss()}):
 * <ul>
 *   <li>switching the backend, bucket, container or claim of a registry that may hold images makes
 *       those images unreachable (or, for emptyDir, deletes them);
 *   <li>setting {@code Removed} while storage is {@code Managed} makes the operator delete the
 *       bucket, container or claim.
 * </ul>
 */
final class DataLossRule implements RegistryRule {

  @Override
  public List<Finding> check(ValidationInput input) {
    List<Finding> out = new ArrayList<>();
    if (input.desired().allowDataLoss()) {
      return out;
    }
    Optional<ImageRegistryConfigStorage> current = input.facts().currentStorage();
    boolean mayHoldImages = !input.facts().appliedBackends().isEmpty()
        || (input.currentManagementState().filter(s -> s != ManagementState.REMOVED).isPresent()
            && !input.facts().currentBackends().isEmpty());
    if (mayHoldImages && input.storage().isPresent() && input.storageBackend().isPresent() && current.isPresent()) {
      String backend = input.storageBackend().get();
      List<String> currentBackends = input.facts().currentBackends();
      ImageRegistryConfigStorage wanted = input.storage().get().storage();
      String from = String.join(", ", currentBackends);
      if (!currentBackends.isEmpty() && !currentBackends.equals(List.of(backend))) {
        out.add(switchFinding("the storage backend would change from " + from + " to " + backend));
      } else if (!Objects.equals(identity(current.get(), backend), identity(wanted, backend))
          && !identity(wanted, backend).isEmpty() && !identity(current.get(), backend).isEmpty()) {
        out.add(switchFinding("the " + backend + " storage would change from " + identity(current.get(), backend)
            + " to " + identity(wanted, backend)));
      }
    }
    boolean removing = input.desired().managementState().filter(s -> s == ManagementState.REMOVED).isPresent()
        && input.currentManagementState().filter(s -> s != ManagementState.REMOVED).isPresent();
    if (removing && storageManaged(input)) {
      out.add(Finding.error(FindingCodes.DATA_LOSS_REMOVE_MANAGED_STORAGE, "spec.managementState",
          "setting Removed while spec.storage.managementState is Managed makes the operator delete the registry's "
              + "storage (" + String.join(", ", input.facts().currentBackends()) + ") and every image in it",
          "Set the storage to Unmanaged first, or call allowDataLoss() if the images may be deleted"));
    }
    return out;
  }

  private static Finding switchFinding(String what) {
    return Finding.error(FindingCodes.DATA_LOSS_STORAGE_SWITCH, "spec.storage",
        what + "; images stored so far would no longer be served (emptyDir images are deleted)",
        "Migrate the images first, then call allowDataLoss() to confirm the switch");
  }

  private static boolean storageManaged(ValidationInput input) {
    Optional<Config> config = input.facts().registryConfig();
    String state = input.facts().currentStorage().map(ImageRegistryConfigStorage::getManagementState).orElse(null);
    if (state != null && !state.isEmpty()) {
      return StorageManagementState.MANAGED.wireValue().equals(state);
    }
    return config.map(Config::getStatus).map(s -> Boolean.TRUE.equals(s.getStorageManaged())).orElse(false);
  }

  /** What names the stored images' home within a backend: bucket, container or claim. */
  static String identity(ImageRegistryConfigStorage storage, String backend) {
    String id =
        switch (backend) {
          case "s3" -> storage.getS3() == null ? null : storage.getS3().getBucket();
          case "gcs" -> storage.getGcs() == null ? null : storage.getGcs().getBucket();
          case "ibmcos" -> storage.getIbmcos() == null ? null : storage.getIbmcos().getBucket();
          case "swift" -> storage.getSwift() == null ? null : storage.getSwift().getContainer();
          case "azure" -> storage.getAzure() == null
              ? null
              : join(storage.getAzure().getAccountName(), storage.getAzure().getContainer());
          case "pvc" -> storage.getPvc() == null
              ? null
              : (storage.getPvc().getClaim() == null || storage.getPvc().getClaim().isEmpty()
                  ? RegistryObjects.DEFAULT_CLAIM
                  : storage.getPvc().getClaim());
          default -> null;
        };
    return id == null ? "" : id;
  }

  private static String join(String account, String container) {
    if ((account == null || account.isEmpty()) && (container == null || container.isEmpty())) {
      return null;
    }
    return Objects.toString(account, "") + "/" + Objects.toString(container, "");
  }
}
