package dev.registrysdk.testkit.server;

import io.fabric8.mockwebserver.http.MockResponse;

/** {@code create} (POST): 201 with the stored object. */
final class CreateHandler implements VerbHandler {

  private final ObjectApi api;

  CreateHandler(ObjectApi api) {
    this.api = api;
  }

  @Override
  public MockResponse handle(ApiRequest request, ResourcePath path) {
    WriteOptions options = VerbHandler.writeOptions(request);
    var created = api.create(path.type(), path.namespace(), VerbHandler.objectBody(request), options);
    return Responses.json(201, created, options.warnings());
  }
}
