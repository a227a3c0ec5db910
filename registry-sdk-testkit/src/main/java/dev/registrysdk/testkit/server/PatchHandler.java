package dev.registrysdk.testkit.server;

import io.fabric8.mockwebserver.http.MockResponse;

/**
 * {@code patch}: JSON patch, JSON merge patch (RFC 7386), strategic merge patch (built-in kinds) and
 * server-side apply (which creates missing objects with 201).
 */
final class PatchHandler implements VerbHandler {

  private final ObjectApi api;

  PatchHandler(ObjectApi api) {
    this.api = api;
  }

  @Override
  public MockResponse handle(ApiRequest request, ResourcePath path) {
    WriteOptions options = VerbHandler.writeOptions(request);
    boolean existed = api.find(path.type(), path.namespace(), path.name()) != null;
    var patched = api.patch(path.type(), path.namespace(), path.name(), path.subresource(),
        request.contentType().isEmpty() ? null : request.contentType(), request.body(), options);
    return Responses.json(existed ? 200 : 201, patched, options.warnings());
  }
}
