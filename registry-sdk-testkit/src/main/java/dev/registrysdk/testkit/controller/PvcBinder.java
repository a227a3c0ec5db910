package dev.registrysdk.testkit.controller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.server.Json;
import dev.registrysdk.testkit.server.ObjectApi;
import dev.registrysdk.testkit.server.ResourceType;
import dev.registrysdk.testkit.server.TestkitInternal;
import dev.registrysdk.testkit.server.WriteOptions;

/**
 * Stands in for the default-storage-class admission and the CSI provisioners: claims without a class
 * get the default class; claims whose class exists and supports their access modes
 * ({@link VolumeSharing}) are bound at once ({@code status.phase: Bound}); the rest stay
 * {@code Pending}, as a real provisioner leaves a ReadWriteMany claim on a block-only class.
 */
@TestkitInternal
public final class PvcBinder implements Controller {

  private final ObjectApi api;

  /** Creates the controller. */
  public PvcBinder(ObjectApi api) {
    this.api = api;
  }

  @Override
  public String name() {
    return "volume-provisioner";
  }

  @Override
  public void reconcile() {
    ResourceType claims = api.catalog().require("", "persistentvolumeclaims");
    ResourceType classes = api.catalog().require("storage.k8s.io", "storageclasses");
    for (ObjectNode claim : api.store().view(claims, null)) {
      if ("Bound".equals(Json.text(claim, "status.phase").orElse(""))) {
        continue;
      }
      ObjectNode updated = claim.deepCopy();
      String className = Json.text(claim, "spec.storageClassName").orElse(null);
      if (className == null) {
        className = defaultClass(classes);
        if (className != null) {
          Json.objectAt(updated, "spec").put("storageClassName", className);
        }
      }
      ObjectNode storageClass = className == null ? null : api.find(classes, null, className);
      boolean rwx = false;
      JsonNode modes = Json.at(claim, "spec.accessModes");
      if (modes != null) {
        for (JsonNode m : modes) {
          rwx |= m.asText().equals("ReadWriteMany");
        }
      }
      boolean classSupportsRwx = storageClass != null && VolumeSharing.readWriteMany(storageClass);
      boolean bind = storageClass != null && (!rwx || classSupportsRwx);
      String namespace = Json.text(claim, "metadata.namespace").orElseThrow();
      String name = Json.text(claim, "metadata.name").orElseThrow();
      if (!updated.equals(claim)) {
        updated = api.update(claims, namespace, name, null, updated, WriteOptions.controller(
            "kube-controller-manager"));
      }
      ObjectNode status = Json.object();
      if (bind) {
        Json.objectAt(updated, "spec").put("volumeName", "pvc-" + Json.text(claim, "metadata.uid").orElse(""));
        updated = api.update(claims, namespace, name, null, updated, WriteOptions.controller(
            "kube-controller-manager"));
        status.put("phase", "Bound");
        status.set("accessModes", modes == null ? Json.array() : modes.deepCopy());
        JsonNode requested = Json.at(claim, "spec.resources.requests.storage");
        status.putObject("capacity").put("storage", requested == null ? "1Gi" : requested.asText());
      } else {
        status.put("phase", "Pending");
      }
      if (!status.equals(updated.get("status"))) {
        updated.set("status", status);
        api.update(claims, namespace, name, "status", updated, WriteOptions.controller("kube-controller-manager"));
      }
    }
  }

  private String defaultClass(ResourceType classes) {
    for (ObjectNode sc : api.store().view(classes, null)) {
      if ("true".equals(annotation(sc, "storageclass.kubernetes.io/is-default-class"))) {
        return Json.text(sc, "metadata.name").orElse(null);
      }
    }
    return null;
  }

  private static String annotation(JsonNode object, String key) {
    JsonNode annotations = Json.at(object, "metadata.annotations");
    return annotations == null ? "" : annotations.path(key).asText("");
  }
}
