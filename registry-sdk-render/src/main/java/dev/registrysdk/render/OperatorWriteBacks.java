package dev.registrysdk.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of the registry's Config that the Image Registry Operator writes back into the spec:
 * {@code httpSecret} always, {@code storage.managementState} and the names it generates for storage
 * it creates (bucket, container, claim, account) when the desired state leaves them unset. A GitOps
 * tool must ignore them, or it reports drift on every sync and undoes the operator's choices.
 */
final class OperatorWriteBacks {

  /** Fields per backend that the operator fills in when they are unset. */
  private static final Map<String, List<String>> FILLED_PER_BACKEND = new LinkedHashMap<>();

  static {
    FILLED_PER_BACKEND.put("s3", List.of("bucket", "region", "encrypt"));
    FILLED_PER_BACKEND.put("gcs", List.of("bucket", "projectID", "region"));
    FILLED_PER_BACKEND.put("azure", List.of("accountName", "container", "cloudName"));
    FILLED_PER_BACKEND.put("swift", List.of("container"));
    FILLED_PER_BACKEND.put("ibmcos", List.of("bucket", "location", "resourceGroupName", "resourceKeyCRN",
        "serviceInstanceCRN"));
    FILLED_PER_BACKEND.put("pvc", List.of("claim"));
  }

  private OperatorWriteBacks() {}

  /** JSON pointers of the fields the operator may write back, given the rendered Config. */
  static List<String> pointers(JsonNode config) {
    List<String> pointers = new ArrayList<>();
    pointers.add("/spec/httpSecret");
    JsonNode storage = config.at("/spec/storage");
    if (!storage.has("managementState") || storage.get("managementState").isNull()) {
      pointers.add("/spec/storage/managementState");
    }
    for (Map.Entry<String, List<String>> backend : FILLED_PER_BACKEND.entrySet()) {
      JsonNode stanza = storage.path(backend.getKey());
      if (!stanza.isObject()) {
        continue;
      }
      for (String field : backend.getValue()) {
        JsonNode value = stanza.path(field);
        if (value.isMissingNode() || value.isNull() || value.asText().isEmpty()) {
          pointers.add("/spec/storage/" + backend.getKey() + "/" + field);
        }
      }
    }
    return pointers;
  }
}
