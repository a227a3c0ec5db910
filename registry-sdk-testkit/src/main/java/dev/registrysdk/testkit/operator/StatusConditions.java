package dev.registrysdk.testkit.operator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.server.Json;
import java.time.Duration;
import java.time.Instant;

/**
 * The Available, Progressing, Degraded and Removed conditions of Config {@code cluster}, decided the
 * way the operator's status sync decides them: from the management state, the registry Deployment (absent,
 * being deleted, without available replicas, rolling out or complete), the error of the last sync, the
 * routes' admission, and the five minutes Available may stay non-True before Degraded follows.
 */
final class StatusConditions {

  static final Duration UNAVAILABLE_DEGRADED_INERTIA = Duration.ofMinutes(5);

  private static final String UNMANAGED = "The registry configuration is set to unmanaged mode";
  private static final String REMOVED = "The registry is removed";

  private final String state;
  private final ObjectNode deployment;
  private final String applyError;
  private final String permanentReason;
  private final String routeError;

  /**
   * @param state {@code spec.managementState}: Managed, Removed or Unmanaged
   * @param deployment the registry Deployment, or {@code null}
   * @param applyError the error of the last sync, or {@code null}
   * @param permanentReason the reason when that error is permanent, or {@code null}
   * @param routeError why some of the operator's routes are not admitted, or {@code null}
   */
  StatusConditions(String state, ObjectNode deployment, String applyError, String permanentReason,
      String routeError) {
    this.state = state;
    this.deployment = deployment;
    this.applyError = applyError;
    this.permanentReason = permanentReason;
    this.routeError = routeError;
  }

  /** Sets the four conditions; a forced Degraded (an injected fault) wins over the computed one. */
  void writeTo(Conditions c, Instant now, OperatorFaultState faults) {
    boolean unmanaged = state.equals("Unmanaged");
    boolean removed = state.equals("Removed");
    boolean permanent = permanentReason != null;
    boolean deleting = deployment != null && Json.metadata(deployment).has("deletionTimestamp");
    boolean complete = deployment != null && DeploymentRollout.isComplete(deployment);
    if (unmanaged) {
      c.set("Available", "True", "Unmanaged", UNMANAGED);
    } else if (deployment == null) {
      if (permanent) {
        c.set("Available", "False", permanentReason, "Error: " + applyError);
      } else if (removed) {
        c.set("Available", "True", "Removed", REMOVED);
      } else {
        c.set("Available", "False", "DeploymentNotFound", "The deployment does not exist");
      }
    } else if (deleting) {
      c.set("Available", "False", "DeploymentDeleted", "The deployment is being deleted");
    } else if (deployment.path("status").path("availableReplicas").asInt(0) == 0) {
      c.set("Available", "False", "NoReplicasAvailable", "The deployment does not have available replicas");
    } else if (!complete) {
      c.set("Available", "True", "MinimumAvailability", "The registry has minimum availability");
    } else {
      c.set("Available", "True", "Ready", "The registry is ready");
    }

    if (unmanaged) {
      c.set("Progressing", "False", "Unmanaged", UNMANAGED);
    } else if (removed) {
      if (deployment != null) {
        c.set("Progressing", "True", "DeletingDeployment", "The deployment is being removed");
      } else {
        c.set("Progressing", "False", "Removed", "All registry resources are removed");
      }
    } else if (applyError != null) {
      c.set("Progressing", permanent ? "False" : "True", "Error", "Unable to apply resources: " + applyError);
    } else if (deployment == null) {
      c.set("Progressing", "True", "WaitingForDeployment",
          "All resources are successfully applied, but the deployment does not exist");
    } else if (deleting) {
      c.set("Progressing", "True", "FinalizingDeployment", "The deployment is being deleted");
    } else if (!complete) {
      c.set("Progressing", "True", "DeploymentNotCompleted", "The deployment has not completed");
    } else {
      c.set("Progressing", "False", "Ready", "The registry is ready");
    }

    if (faults.degradedReason() != null) {
      c.set("Degraded", "True", faults.degradedReason(), faults.degradedMessage());
    } else if (unmanaged) {
      c.set("Degraded", "False", "Unmanaged", UNMANAGED);
    } else if (permanent) {
      c.set("Degraded", "True", permanentReason, "Error: " + applyError);
    } else if (removed) {
      c.set("Degraded", "False", "Removed", REMOVED);
    } else if (!"True".equals(c.status("Available"))) {
      if (unavailableTooLong(c, now)) {
        c.set("Degraded", "True", "Unavailable", c.message("Available"));
      } else {
        c.set("Degraded", "False", "", "");
      }
    } else if (complete && routeError != null) {
      c.set("Degraded", "True", "RouteDegraded", routeError);
    } else {
      c.set("Degraded", "False", "", "");
    }

    if (removed) {
      c.set("Removed", "True", "Removed", REMOVED);
    } else {
      c.set("Removed", "False", "", "");
    }
  }

  private static boolean unavailableTooLong(Conditions c, Instant now) {
    String since = c.since("Available");
    return since != null && Duration.between(Instant.parse(since), now).compareTo(UNAVAILABLE_DEGRADED_INERTIA) > 0;
  }

  /**
   * Returns why routes are not admitted, one {@code route <name> (host <host>, router <router>) not
   * admitted: <message>} per rejection, joined with commas; {@code null} when all are admitted.
   */
  static String unadmitted(Iterable<ObjectNode> routes) {
    StringBuilder errors = new StringBuilder();
    for (ObjectNode route : routes) {
      for (JsonNode ingress : route.path("status").path("ingress")) {
        for (JsonNode condition : ingress.path("conditions")) {
          if (!"Admitted".equals(condition.path("type").asText()) || "True".equals(condition.path("status")
              .asText())) {
            continue;
          }
          if (errors.length() > 0) {
            errors.append(',');
          }
          errors.append("route ").append(Json.text(route, "metadata.name").orElse("")).append(" (host ")
              .append(ingress.path("host").asText("")).append(", router ").append(ingress.path("routerName")
                  .asText("")).append(") not admitted: ").append(condition.path("message").asText(""));
        }
      }
    }
    return errors.length() == 0 ? null : errors.toString();
  }
}
