package dev.registrysdk.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.resource.ResourceKey;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.Optional;

/** Looks up the observed state of an object in {@link ClusterFacts}, as JSON. */
public final class CurrentObjects {

  private CurrentObjects() {}

  /**
   * The observed object as JSON; empty if it does not exist.
   *
   * @throws IllegalStateException if the object was never looked up, which is a bug in the feature
   *     that wants it: it must list the key among its observed objects
   */
  public static Optional<JsonNode> lookup(ClusterFacts facts, ResourceKey key) {
    if (key.equals(RegistryObjects.CONFIG)) {
      return facts.registryConfig().map(CurrentObjects::toTree);
    }
    if (isStorageClass(key)) {
      // the observer reads every storage class into ClusterFacts#storageClasses()
      return facts.storageClass(key.name()).map(CurrentObjects::toTree);
    }
    if (!facts.lookedUp().contains(key) && !facts.objects().containsKey(key)) {
      throw new IllegalStateException(key + " was not observed; add it to the feature's observed objects");
    }
    return facts.object(key).map(CurrentObjects::toTree);
  }

  private static boolean isStorageClass(ResourceKey key) {
    return key.kind().equals("StorageClass") && key.apiVersion().startsWith("storage.k8s.io/")
        && key.namespace().isEmpty();
  }

  /** Any fabric8 object as a JSON tree. */
  public static JsonNode toTree(Object object) {
    return Serialization.jsonMapper().valueToTree(object);
  }
}
