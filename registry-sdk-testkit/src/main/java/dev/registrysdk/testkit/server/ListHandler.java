package dev.registrysdk.testkit.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.List;

/**
 * {@code list}: all matching objects (label selectors with set-based requirements, field selectors),
 * as a list or a Table. Pagination is not simulated: the whole list comes back without a continue
 * token, which clients treat as the last page.
 */
final class ListHandler implements VerbHandler {

  private final ObjectApi api;
  private final TableRenderer tables;

  ListHandler(ObjectApi api, TableRenderer tables) {
    this.api = api;
    this.tables = tables;
  }

  @Override
  public MockResponse handle(ApiRequest request, ResourcePath path) {
    ResourceType type = path.type();
    LabelSelector labels = LabelSelector.parse(request.param("labelSelector"));
    FieldSelector fields = FieldSelector.parse(request.param("fieldSelector"), type);
    String version;
    List<ObjectNode> items;
    api.store().lock().lock();
    try {
      version = Long.toString(api.store().resourceVersion());
      items = api.list(type, path.namespace(), labels, fields);
    } finally {
      api.store().lock().unlock();
    }
    if (request.wantsTable()) {
      return Responses.json(200, tables.render(type, items, version,
          !"None".equals(request.param("includeObject"))));
    }
    ObjectNode list = Json.object();
    list.put("apiVersion", type.apiVersion());
    list.put("kind", type.listKind());
    list.putObject("metadata").put("resourceVersion", version);
    ArrayNode array = list.putArray("items");
    items.forEach(array::add);
    return Responses.json(200, list);
  }
}
