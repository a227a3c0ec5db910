package dev.registrysdk.core.validate;

import dev.registrysdk.api.finding.Finding;
import java.util.ArrayList;
import java.util.List;

/** Replicas must not be negative (the operator's own check), and more than one makes no sense on a single node. */
final class ReplicasRule implements RegistryRule {

  @Override
  public List<Finding> check(ValidationInput input) {
    List<Finding> out = new ArrayList<>();
    input.desired().replicas().ifPresent(replicas -> {
      if (replicas < 0) {
        out.add(Finding.error(FindingCodes.REPLICAS_NEGATIVE, "spec.replicas",
            "replicas must be greater than or equal to 0, got " + replicas
                + "; the operator would fail with VerificationFailed",
            "Use replicas(0) or more"));
      } else if (replicas > 1 && input.facts().infrastructureTopology().filter("SingleReplica"::equals).isPresent()) {
        out.add(Finding.warning(FindingCodes.REPLICAS_SINGLE_NODE, "spec.replicas",
            replicas + " replicas on a single-node cluster cannot be spread over nodes",
            "Use replicas(1) on single-node clusters"));
      }
    });
    return out;
  }
}
