package dev.registrysdk.storage.pvc;

import dev.registrysdk.api.RolloutStrategy;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.spi.StorageConstraints;
import dev.registrysdk.storage.StorageFindingCodes;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import java.util.List;
import java.util.Optional;

/**
 * The operator's checks of a claim ({@code checkPVC} in its PVC driver): {@code ReadWriteMany} is
 * always accepted, {@code ReadWriteOnce} needs one replica and {@code Recreate}, anything else fails.
 */
final class ClaimRules {

  private ClaimRules() {}

  /** The access modes of a claim's spec, as the operator reads them. */
  static List<String> accessModes(PersistentVolumeClaim claim) {
    return claim.getSpec() == null || claim.getSpec().getAccessModes() == null
        ? List.of()
        : claim.getSpec().getAccessModes();
  }

  /** The mode the operator goes by: RWX if present, else RWO if present, else none. */
  static Optional<AccessMode> effectiveMode(List<String> accessModes) {
    if (accessModes.contains(AccessMode.READ_WRITE_MANY.wireValue())) {
      return Optional.of(AccessMode.READ_WRITE_MANY);
    }
    if (accessModes.contains(AccessMode.READ_WRITE_ONCE.wireValue())) {
      return Optional.of(AccessMode.READ_WRITE_ONCE);
    }
    return Optional.empty();
  }

  /** The limits of a claim with this mode. */
  static StorageConstraints constraints(String claimName, AccessMode mode) {
    if (mode != AccessMode.READ_WRITE_ONCE) {
      return StorageConstraints.none();
    }
    return StorageConstraints.builder()
        .maxReplicas(1)
        .requiredRolloutStrategy(RolloutStrategy.RECREATE)
        .code(StorageFindingCodes.PVC_READ_WRITE_ONCE)
        .because("the claim " + claimName + " is ReadWriteOnce: only one node can mount it")
        .build();
  }

  /** Errors about an existing claim: lost, or no usable access mode. */
  static List<Finding> findings(PersistentVolumeClaim claim) {
    String name = claim.getMetadata().getName();
    if (claim.getStatus() != null && "Lost".equals(claim.getStatus().getPhase())) {
      return List.of(
          Finding.error(
              StorageFindingCodes.PVC_CLAIM_LOST,
              "spec.storage.pvc.claim",
              "The claim " + name + " is Lost: its persistent volume no longer exists, so the registry cannot "
                  + "store images on it",
              "Delete the claim and use Pvc.create(\"" + name + "\"), or restore its volume"));
    }
    if (effectiveMode(accessModes(claim)).isEmpty()) {
      return List.of(
          Finding.error(
              StorageFindingCodes.PVC_ACCESS_MODES_UNSUPPORTED,
              "spec.storage.pvc.claim",
              "PVC " + name + " does not contain the necessary access modes: ReadWriteMany or ReadWriteOnce"
                  + " (it has " + accessModes(claim) + ")",
              "Use a claim with ReadWriteMany, e.g. Pvc.create(\"registry-storage\")"
                  + ".accessMode(AccessMode.READ_WRITE_MANY)"));
    }
    return List.of();
  }
}
