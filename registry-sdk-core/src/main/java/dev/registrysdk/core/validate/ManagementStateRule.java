package dev.registrysdk.core.validate;

import dev.registrysdk.api.ManagementState;
import dev.registrysdk.api.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The management state must let the configuration take effect: a {@code Managed} registry needs
 * storage where the platform has no default (the operator fails with
 * {@code StorageNotConfigured}); storage set on a registry that stays {@code Removed}, or anything
 * set on an {@code Unmanaged} one, is ignored by the operator.
 */
final class ManagementStateRule implements RegistryRule {

  /** Platforms whose bootstrap configures no storage (the operator starts them Removed). */
  static final Set<String> PLATFORMS_WITHOUT_STORAGE =
      Set.of("BareMetal", "VSphere", "None", "Nutanix", "KubeVirt", "EquinixMetal", "AlibabaCloud", "External");

  @Override
  public List<Finding> check(ValidationInput input) {
    List<Finding> out = new ArrayList<>();
    ManagementState state = input.finalManagementState().orElse(null);
    boolean storageAfter = input.storage().isPresent() || !input.facts().currentBackends().isEmpty();
    if (state == ManagementState.MANAGED && !storageAfter
        && PLATFORMS_WITHOUT_STORAGE.contains(input.facts().platformType())) {
      out.add(Finding.error(FindingCodes.STORAGE_NOT_CONFIGURED, "spec.storage",
          "the registry would be Managed without storage; on " + input.facts().platformType()
              + " the operator has no default storage and fails with \"storage backend not configured\" (StorageNotConfigured)",
          "Choose storage, e.g. storage(Pvc.operatorDefault()) or storage(S3.of(\"bucket\")...)"));
    }
    if (state == ManagementState.REMOVED && input.storage().isPresent()) {
      out.add(Finding.warning(FindingCodes.REGISTRY_REMOVED, "spec.managementState",
          "storage is configured but the registry is Removed, so the operator will not use it",
          "Add managed() to deploy the registry on this storage"));
    }
    if (state == ManagementState.UNMANAGED && hasSpecChanges(input)) {
      out.add(Finding.warning(FindingCodes.REGISTRY_UNMANAGED, "spec.managementState",
          "the registry is Unmanaged, so the operator ignores this configuration until it is Managed again",
          "Add managed() for the operator to act on the configuration"));
    }
    return out;
  }

  private static boolean hasSpecChanges(ValidationInput input) {
    var d = input.desired();
    return input.storage().isPresent() || d.replicas().isPresent() || d.routes() != null
        || !d.addedRoutes().isEmpty() || d.defaultRoute().isPresent() || d.rolloutStrategy().isPresent();
  }
}
