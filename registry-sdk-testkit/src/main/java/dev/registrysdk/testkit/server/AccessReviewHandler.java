package dev.registrysdk.testkit.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.mockwebserver.http.MockResponse;

/**
 * Answers SelfSubjectAccessReviews and SubjectAccessReviews: the fake cluster has no RBAC, so every
 * request is allowed (inject a 403 fault on the real request to test a denial). Reviews are not stored.
 */
final class AccessReviewHandler {

  private AccessReviewHandler() {
  }

  static MockResponse handle(ApiRequest request, ResourcePath path) {
    ObjectNode review = VerbHandler.objectBody(request);
    review.put("apiVersion", path.type().apiVersion());
    review.put("kind", path.type().kind());
    Json.metadata(review);
    ObjectNode status = review.putObject("status");
    status.put("allowed", true);
    status.put("reason", "the fake cluster allows every request");
    return Responses.json(201, review);
  }
}
