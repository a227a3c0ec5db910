package dev.registrysdk.testkit.operator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.ClusterClock;
import dev.registrysdk.testkit.controller.Controller;
import dev.registrysdk.testkit.controller.ControllerLoop;
import dev.registrysdk.testkit.server.ForegroundDependents;
import dev.registrysdk.testkit.server.Json;
import dev.registrysdk.testkit.server.ObjectApi;
import dev.registrysdk.testkit.server.ResourceType;
import dev.registrysdk.testkit.server.TestkitInternal;
import dev.registrysdk.testkit.server.WriteOptions;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stands in for the deployment controller and the kubelets: every Deployment rolls out in the
 * configured time on the cluster clock (at once by default), keeping the previous replicas available
 * meanwhile. With the stuck-progressing fault, the registry's Deployment never completes.
 *
 * <p>It also stands for a Deployment's pods when the Deployment is deleted in the foreground: they
 * take the same time to terminate, and the Deployment stays, marked for deletion, until they are gone.
 */
@TestkitInternal
public final class DeploymentRollout implements Controller, ForegroundDependents {

  private record Rollout(long generation, Instant start, int previouslyAvailable) {
  }

  private final ObjectApi api;
  private final ClusterClock clock;
  private final OperatorTiming timing;
  private final OperatorFaultState faults;
  private final ControllerLoop loop;
  private final Map<String, Rollout> rollouts = new HashMap<>();
  private final Map<String, Instant> terminations = new HashMap<>();

  /** Creates the controller. */
  public DeploymentRollout(ObjectApi api, ClusterClock clock, OperatorTiming timing, OperatorFaultState faults,
      ControllerLoop loop) {
    this.api = api;
    this.clock = clock;
    this.timing = timing;
    this.faults = faults;
    this.loop = loop;
  }

  @Override
  public String name() {
    return "deployment-controller";
  }

  /** Returns whether a Deployment's current generation is fully rolled out and available. */
  public static boolean isComplete(JsonNode deployment) {
    long generation = Json.at(deployment, "metadata.generation") == null ? 1
        : Json.at(deployment, "metadata.generation").asLong();
    JsonNode status = deployment.path("status");
    int replicas = deployment.path("spec").path("replicas").asInt(1);
    return status.path("observedGeneration").asLong(0) >= generation
        && status.path("updatedReplicas").asInt(0) == replicas
        && status.path("availableReplicas").asInt(0) == replicas
        && status.path("readyReplicas").asInt(0) == replicas;
  }

  @Override
  public boolean present(ResourceType type, ObjectNode object) {
    if (!type.group().equals("apps") || !type.plural().equals("deployments") || timing.rolloutDuration().isZero()
        || object.path("status").path("replicas").asInt(0) == 0) {
      return false;
    }
    Instant gone = clock.instant().plus(timing.rolloutDuration());
    terminations.put(Json.text(object, "metadata.uid").orElse(""), gone);
    clock.schedule(gone, loop::settle);
    return true;
  }

  @Override
  public void reconcile() {
    ResourceType type = api.catalog().require("apps", "deployments");
    for (ObjectNode deployment : api.store().view(type, null)) {
      if (Json.metadata(deployment).has("deletionTimestamp")) {
        finishTermination(type, deployment);
        continue;
      }
      if (isComplete(deployment) && deployment.path("status").has("conditions")) {
        continue;
      }
      String uid = Json.text(deployment, "metadata.uid").orElse("");
      long generation = Json.metadata(deployment).path("generation").asLong(1);
      int replicas = deployment.path("spec").path("replicas").asInt(1);
      Rollout rollout = rollouts.get(uid);
      if (rollout == null || rollout.generation() != generation) {
        rollout = new Rollout(generation, clock.instant(),
            deployment.path("status").path("availableReplicas").asInt(0));
        rollouts.put(uid, rollout);
        if (!timing.rolloutDuration().isZero()) {
          clock.schedule(rollout.start().plus(timing.rolloutDuration()), loop::settle);
        }
      }
      boolean stuck = (faults.stuckProgressing()
          && RegistryResources.NAME.equals(Json.text(deployment, "metadata.name").orElse("")))
          || !claimsBound(deployment);
      Instant due = rollout.start().plus(timing.rolloutDuration());
      ObjectNode status;
      String name = Json.text(deployment, "metadata.name").orElse("");
      if (!stuck && !clock.instant().isBefore(due)) {
        status = status(generation, replicas, replicas, replicas);
        conditions(status, true, "MinimumReplicasAvailable", "Deployment has minimum availability.",
            "NewReplicaSetAvailable", "ReplicaSet \"" + name + "-" + generation + "\" has successfully progressed.");
      } else {
        int available = Math.min(rollout.previouslyAvailable(), replicas);
        status = status(generation, replicas, 0, available);
        conditions(status, available > 0 || replicas == 0,
            available > 0 ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable",
            available > 0 ? "Deployment has minimum availability." : "Deployment does not have minimum availability.",
            "ReplicaSetUpdated", "ReplicaSet \"" + name + "-" + generation + "\" is progressing.");
      }
      JsonNode old = deployment.get("status");
      if (old != null && old.get("conditions") != null) {
        keepTransitionTimes((ArrayNode) status.get("conditions"), old.get("conditions"));
      }
      if (!status.equals(old)) {
        ObjectNode updated = deployment.deepCopy();
        updated.set("status", status);
        api.update(type, Json.text(deployment, "metadata.namespace").orElse(null), name, "status", updated,
            WriteOptions.controller("kube-controller-manager"));
      }
    }
  }

  /** Once the pods of a Deployment deleted in the foreground are gone, lets the deletion finish. */
  private void finishTermination(ResourceType type, ObjectNode deployment) {
    List<String> finalizers = ObjectApi.finalizers(deployment);
    String uid = Json.text(deployment, "metadata.uid").orElse("");
    Instant gone = terminations.get(uid);
    if (!finalizers.contains(ObjectApi.FOREGROUND_FINALIZER) || gone != null && clock.instant().isBefore(gone)) {
      return;
    }
    terminations.remove(uid);
    rollouts.remove(uid);
    ObjectNode updated = deployment.deepCopy();
    ArrayNode kept = Json.metadata(updated).putArray("finalizers");
    finalizers.stream().filter(f -> !f.equals(ObjectApi.FOREGROUND_FINALIZER)).forEach(kept::add);
    api.update(type, Json.text(deployment, "metadata.namespace").orElse(null),
        Json.text(deployment, "metadata.name").orElseThrow(), null, updated,
        WriteOptions.controller("garbage-collector"));
  }

  /**
   * Whether every claim the pod template mounts exists and is {@code Bound}: a pod whose claim is
   * {@code Pending} (a ReadWriteMany claim on a block-only class, say) is never scheduled.
   */
  private boolean claimsBound(JsonNode deployment) {
    ResourceType claims = api.catalog().require("", "persistentvolumeclaims");
    String namespace = Json.text(deployment, "metadata.namespace").orElse(null);
    JsonNode volumes = Json.at(deployment, "spec.template.spec.volumes");
    if (volumes == null) {
      return true;
    }
    for (JsonNode volume : volumes) {
      String claim = volume.path("persistentVolumeClaim").path("claimName").asText("");
      if (!claim.isEmpty()) {
        ObjectNode pvc = api.find(claims, namespace, claim);
        if (pvc == null || !"Bound".equals(Json.text(pvc, "status.phase").orElse(""))) {
          return false;
        }
      }
    }
    return true;
  }

  private ObjectNode status(long generation, int replicas, int updated, int available) {
    ObjectNode status = Json.object();
    status.put("observedGeneration", generation);
    status.put("replicas", replicas);
    status.put("updatedReplicas", updated);
    status.put("readyReplicas", available);
    status.put("availableReplicas", available);
    if (replicas - available > 0) {
      status.put("unavailableReplicas", replicas - available);
    }
    return status;
  }

  private void conditions(ObjectNode status, boolean available, String availableReason, String availableMessage,
      String progressingReason, String progressingMessage) {
    ArrayNode list = status.putArray("conditions");
    String now = api.now();
    ObjectNode a = list.addObject();
    a.put("type", "Available");
    a.put("status", available ? "True" : "False");
    a.put("reason", availableReason);
    a.put("message", availableMessage);
    a.put("lastUpdateTime", now);
    a.put("lastTransitionTime", now);
    ObjectNode p = list.addObject();
    p.put("type", "Progressing");
    p.put("status", "True");
    p.put("reason", progressingReason);
    p.put("message", progressingMessage);
    p.put("lastUpdateTime", now);
    p.put("lastTransitionTime", now);
  }

  private static void keepTransitionTimes(ArrayNode fresh, JsonNode old) {
    for (JsonNode c : fresh) {
      for (JsonNode o : old) {
        if (c.path("type").equals(o.path("type")) && c.path("status").equals(o.path("status"))) {
          ((ObjectNode) c).set("lastTransitionTime", o.get("lastTransitionTime"));
          if (c.path("reason").equals(o.path("reason")) && c.path("message").equals(o.path("message"))) {
            ((ObjectNode) c).set("lastUpdateTime", o.get("lastUpdateTime"));
          }
        }
      }
    }
  }
}
