package dev.registrysdk.testkit.server;

import io.fabric8.mockwebserver.http.MockResponse;
import java.util.List;

/** {@code get}: one object, or a one-row Table when kubectl asks for one. */
final class GetHandler implements VerbHandler {

  private final ObjectApi api;
  private final TableRenderer tables;

  GetHandler(ObjectApi api, TableRenderer tables) {
    this.api = api;
    this.tables = tables;
  }

  @Override
  public MockResponse handle(ApiRequest request, ResourcePath path) {
    var object = api.get(path.type(), path.namespace(), path.name());
    if (request.wantsTable()) {
      return Responses.json(200, tables.render(path.type(), List.of(object),
          Json.text(object, "metadata.resourceVersion").orElse(""), !"None".equals(request.param("includeObject"))));
    }
    return Responses.json(200, object);
  }
}
