package dev.registrysdk.testkit.operator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.bootstrap.Trees;
import java.util.List;

/** The pruner's objects, as the operator generates them (built as trees: they are on the start path). */
final class PrunerResources {

  private PrunerResources() {
  }

  static ObjectNode imagePruner() {
    ObjectNode pruner = Trees.object("imageregistry.operator.openshift.io/v1", "ImagePruner", null, "cluster");
    ObjectNode spec = pruner.putObject("spec");
    spec.put("schedule", "");
    spec.put("suspend", false);
    spec.put("keepTagRevisions", 3);
    spec.put("successfulJobsHistoryLimit", 3);
    spec.put("failedJobsHistoryLimit", 3);
    spec.put("ignoreInvalidImageReferences", true);
    return pruner;
  }

  static ObjectNode cronJob(String schedule, boolean suspended) {
    ObjectNode cronJob = Trees.object("batch/v1", "CronJob", ClusterReader.NAMESPACE, "image-pruner");
    ObjectNode spec = cronJob.putObject("spec");
    spec.put("schedule", schedule);
    spec.put("suspend", suspended);
    spec.put("concurrencyPolicy", "Forbid");
    spec.put("successfulJobsHistoryLimit", 3);
    spec.put("failedJobsHistoryLimit", 3);
    ObjectNode jobSpec = spec.putObject("jobTemplate").putObject("spec");
    jobSpec.put("backoffLimit", 0);
    ObjectNode podSpec = jobSpec.putObject("template").putObject("spec");
    podSpec.put("serviceAccountName", "pruner");
    podSpec.put("restartPolicy", "Never");
    ObjectNode container = podSpec.putArray("containers").addObject();
    container.put("name", "image-pruner");
    container.put("image", "quay.io/openshift/origin-cli:latest");
    container.set("command", Trees.strings(List.of("oc")));
    container.set("args", Trees.strings(List.of("adm", "prune", "images", "--confirm=true",
        "--keep-tag-revisions=3", "--keep-younger-than=60m", "--ignore-invalid-refs=true", "--loglevel=1",
        "--prune-registry=true", "--registry-url=https://image-registry.openshift-image-registry.svc:5000")));
    return cronJob;
  }
}
