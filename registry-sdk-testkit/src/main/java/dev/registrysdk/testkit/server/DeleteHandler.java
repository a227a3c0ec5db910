package dev.registrysdk.testkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.List;

/** {@code delete} of one object and {@code deletecollection}. */
final class DeleteHandler implements VerbHandler {

  private final ObjectApi api;

  DeleteHandler(ObjectApi api) {
    this.api = api;
  }

  @Override
  public MockResponse handle(ApiRequest request, ResourcePath path) {
    WriteOptions options = VerbHandler.writeOptions(request);
    JsonNode deleteOptions = null;
    if (!request.body().isBlank()) {
      try {
        deleteOptions = Json.parse(request.body());
      } catch (IllegalArgumentException e) {
        throw Statuses.badRequest("the request body could not be decoded: " + e.getMessage());
      }
      if ("All".equals(deleteOptions.path("dryRun").path(0).asText(""))) {
        options = new WriteOptions(true, options.fieldManager(), false, options.fieldValidation(), false,
            options.warnings());
      }
    }
    String propagation = request.param("propagationPolicy");
    if (propagation != null && (deleteOptions == null || !deleteOptions.has("propagationPolicy"))) {
      ObjectNode withPolicy = deleteOptions instanceof ObjectNode o ? o : Json.object();
      withPolicy.put("propagationPolicy", propagation);
      deleteOptions = withPolicy;
    }
    if (path.name() == null) {
      List<JsonNode> deleted = api.deleteCollection(path.type(), path.namespace(),
          LabelSelector.parse(request.param("labelSelector")),
          FieldSelector.parse(request.param("fieldSelector"), path.type()), options);
      ObjectNode list = Json.object();
      list.put("apiVersion", path.type().apiVersion());
      list.put("kind", path.type().listKind());
      list.putObject("metadata");
      ArrayNode items = list.putArray("items");
      deleted.forEach(items::add);
      return Responses.json(200, list);
    }
    return Responses.json(200, api.delete(path.type(), path.namespace(), path.name(), deleteOptions, options));
  }
}
