package dev.registrysdk.core.feature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.spi.DesiredObject;
import dev.registrysdk.api.spi.WritePolicy;
import dev.registrysdk.core.plan.CurrentObjects;
import dev.registrysdk.core.plan.IntentPolicy;
import dev.registrysdk.core.plan.ObjectIntent;
import dev.registrysdk.core.plan.Phase;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;

/** Converts the SPI's {@link DesiredObject}s into {@link ObjectIntent}s. */
public final class DesiredObjects {

  private DesiredObjects() {}

  /** The key of a fabric8 object. */
  public static ResourceKey key(HasMetadata object) {
    String namespace = object.getMetadata().getNamespace();
    return namespace == null || namespace.isEmpty()
        ? ResourceKey.clusterScoped(object.getApiVersion(), object.getKind(), object.getMetadata().getName())
        : ResourceKey.namespaced(object.getApiVersion(), object.getKind(), namespace, object.getMetadata().getName());
  }

  /** The intent for a desired object, written in {@code phase}. */
  public static ObjectIntent intent(DesiredObject desired, Phase phase) {
    HasMetadata object = desired.object();
    ObjectNode document = ((ObjectNode) CurrentObjects.toTree(object)).deepCopy();
    document.remove("apiVersion");
    document.remove("kind");
    ObjectNode metadata = (ObjectNode) document.get("metadata");
    if (metadata != null) {
      ObjectNode kept = metadata.objectNode();
      for (String field : new String[] {"labels", "annotations"}) {
        if (metadata.has(field)) {
          kept.set(field, metadata.get(field));
        }
      }
      document.remove("metadata");
      if (!kept.isEmpty()) {
        document.set("metadata", kept);
      }
    }
    normalizeStringData(document);
    return ObjectIntent.builder()
        .key(key(object))
        .document(document)
        .policy(desired.policy() == WritePolicy.MERGE ? IntentPolicy.MERGE : IntentPolicy.CREATE_IF_ABSENT)
        .phase(phase)
        .purpose(desired.purpose())
        .sensitive(desired.sensitive())
        .build();
  }

  /** Moves {@code stringData} into {@code data}, base64-encoded, as the API server does on write. */
  static void normalizeStringData(ObjectNode document) {
    JsonNode stringData = document.remove("stringData");
    if (stringData == null || !stringData.isObject()) {
      return;
    }
    ObjectNode data = document.withObject("data");
    for (Iterator<Map.Entry<String, JsonNode>> it = stringData.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      data.put(entry.getKey(),
          Base64.getEncoder().encodeToString(entry.getValue().asText().getBytes(StandardCharsets.UTF_8)));
    }
  }
}
