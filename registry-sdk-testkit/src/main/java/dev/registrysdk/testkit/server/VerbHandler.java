package dev.registrysdk.testkit.server;

import io.fabric8.mockwebserver.http.MockResponse;

/** Handles one Kubernetes verb on a resource path. */
@FunctionalInterface
interface VerbHandler {

  /**
   * Handles the request.
   *
   * @throws ApiException for answers with an error Status
   */
  MockResponse handle(ApiRequest request, ResourcePath path);

  /** Builds the write options of a request. */
  static WriteOptions writeOptions(ApiRequest request) {
    return WriteOptions.request("All".equals(request.param("dryRun")), request.fieldManager(),
        "true".equals(request.param("force")), request.param("fieldValidation"));
  }

  /** Parses a JSON object body. */
  static com.fasterxml.jackson.databind.node.ObjectNode objectBody(ApiRequest request) {
    try {
      if (request.contentType().contains("protobuf") || request.contentType().contains("cbor")) {
        throw Statuses.unsupportedBodyMediaType();
      }
      if (request.body().isBlank()) {
        throw Statuses.badRequest("the request body is empty");
      }
      var node = request.contentType().contains("yaml") ? Json.parseYaml(request.body()) : Json.parse(request.body());
      if (!(node instanceof com.fasterxml.jackson.databind.node.ObjectNode object)) {
        throw Statuses.badRequest("the request body is not a JSON object");
      }
      return object;
    } catch (IllegalArgumentException e) {
      throw Statuses.badRequest("the request body could not be decoded: " + e.getMessage());
    }
  }
}
