package dev.registrysdk.testkit.server;

import io.fabric8.mockwebserver.http.MockResponse;

/** {@code update} (PUT) of an object or its status. */
final class UpdateHandler implements VerbHandler {

  private final ObjectApi api;

  UpdateHandler(ObjectApi api) {
    this.api = api;
  }

  @Override
  public MockResponse handle(ApiRequest request, ResourcePath path) {
    WriteOptions options = VerbHandler.writeOptions(request);
    var updated = api.update(path.type(), path.namespace(), path.name(), path.subresource(),
        VerbHandler.objectBody(request), options);
    return Responses.json(200, updated, options.warnings());
  }
}
