package dev.registrysdk.testkit.operator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.server.Json;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;

/** The pruner's CronJob, as the operator generates it. */
final class PrunerResources {

  private PrunerResources() {
  }

  static ObjectNode cronJob(String schedule, boolean suspended) {
    return Json.toTree(new CronJobBuilder().withNewMetadata().withName("image-pruner")
        .withNamespace(ClusterReader.NAMESPACE).endMetadata().withNewSpec().withSchedule(schedule)
        .withSuspend(suspended).withConcurrencyPolicy("Forbid").withSuccessfulJobsHistoryLimit(3)
        .withFailedJobsHistoryLimit(3).withNewJobTemplate().withNewSpec().withBackoffLimit(0).withNewTemplate()
        .withNewSpec().withServiceAccountName("pruner").withRestartPolicy("Never").addNewContainer()
        .withName("image-pruner").withImage("quay.io/openshift/origin-cli:latest")
        .withCommand("oc").withArgs("adm", "prune", "images", "--confirm=true", "--keep-tag-revisions=3",
            "--keep-younger-than=60m", "--ignore-invalid-refs=true", "--loglevel=1",
            "--prune-registry=true", "--registry-url=https://image-registry.openshift-image-registry.svc:5000")
        .endContainer().endSpec().endTemplate().endSpec().endJobTemplate().endSpec().build());
  }
}
