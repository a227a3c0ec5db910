package dev.registrysdk.core.validate;

import dev.registrysdk.api.RolloutStrategy;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.finding.Severity;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.spi.StorageConstraints;
import dev.registrysdk.api.spi.StorageContribution;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registry's replicas and rollout strategy must suit its storage: a {@code ReadWriteOnce}
 * claim allows one replica and needs {@code Recreate}; emptyDir allows one replica, because every
 * pod gets its own empty volume (the operator does not check this, and images go missing).
 *
 * <p>Checks the chosen provider's constraints, or, when the caller keeps the current storage, the
 * constraints of that storage. A violation the caller did not cause (they changed neither storage,
 * replicas nor rollout strategy) is a warning, so it does not block unrelated changes.
 */
final class StorageConstraintsRule implements RegistryRule {

  @Override
  public List<Finding> check(ValidationInput input) {
    StorageConstraints constraints =
        input.storage().map(StorageContribution::constraints).orElseGet(() -> currentConstraints(input));
    boolean caused = input.storage().isPresent()
        || input.desired().replicas().isPresent()
        || input.desired().rolloutStrategy().isPresent();
    Severity severity = caused ? Severity.ERROR : Severity.WARNING;
    String because = constraints.because().isEmpty() ? "of the storage backend" : constraints.because();
    boolean rwo = constraints.because().contains("ReadWriteOnce");
    List<Finding> out = new ArrayList<>();
    constraints.maxReplicas().filter(max -> input.finalReplicas() > max).ifPresent(max -> out.add(
        Finding.of(code(constraints, FindingCodes.STORAGE_MAX_REPLICAS), severity, "spec.replicas",
                "the registry would run " + input.finalReplicas() + " replicas, but at most " + max
                    + " is possible because " + because
                    + (rwo ? "; the operator would fail with \"cannot use ReadWriteOnce access mode with more than one replica of the image registry\""
                        : ""),
                "Use replicas(" + max + "), or storage that several pods can share (ReadWriteMany or object storage)")));
    constraints.requiredRolloutStrategy()
        .filter(required -> !input.finalRolloutStrategy().equals(Optional.of(required)))
        .ifPresent(required -> out.add(
            Finding.of(code(constraints, FindingCodes.STORAGE_ROLLOUT_STRATEGY), severity, "spec.rolloutStrategy",
                    "the rollout strategy must be " + required.wireValue() + " because " + because
                        + ", but would be " + input.finalRolloutStrategy().map(RolloutStrategy::wireValue).orElse("unset")
                        + (rwo ? "; the operator would fail with \"cannot use ReadWriteOnce access mode with "
                            + input.finalRolloutStrategy().map(RolloutStrategy::wireValue).orElse("") + " rollout strategy\""
                            : ""),
                    "Use rolloutStrategy(RolloutStrategy." + required.name() + ")")));
    return out;
  }

  private static String code(StorageConstraints constraints, String generic) {
    return constraints.code().isEmpty() ? generic : constraints.code();
  }

  private static StorageConstraints currentConstraints(ValidationInput input) {
    Optional<ImageRegistryConfigStorage> storage = input.facts().currentStorage();
    if (storage.map(ImageRegistryConfigStorage::getEmptyDir).isPresent()) {
      return StorageConstraints.builder()
          .maxReplicas(1)
          .because("the current storage is emptyDir, which gives every pod its own empty volume")
          .build();
    }
    if (storage.map(ImageRegistryConfigStorage::getPvc).isPresent()) {
      String claim = Optional.ofNullable(storage.get().getPvc().getClaim())
          .filter(c -> !c.isEmpty())
          .orElse(RegistryObjects.DEFAULT_CLAIM);
      Optional<PersistentVolumeClaim> pvc = input.facts().persistentVolumeClaim(RegistryObjects.NAMESPACE, claim);
      List<String> modes = pvc.map(p -> p.getSpec().getAccessModes()).orElse(List.of());
      if (!modes.contains("ReadWriteMany") && modes.contains("ReadWriteOnce")) {
        return StorageConstraints.builder()
            .maxReplicas(1)
            .requiredRolloutStrategy(RolloutStrategy.RECREATE)
            .because("the current claim " + claim + " is ReadWriteOnce")
            .build();
      }
    }
    return StorageConstraints.none();
  }
}
