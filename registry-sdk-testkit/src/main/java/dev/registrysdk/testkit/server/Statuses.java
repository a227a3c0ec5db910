package dev.registrysdk.testkit.server;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.StatusCause;
import io.fabric8.kubernetes.api.model.StatusCauseBuilder;
import io.fabric8.kubernetes.api.model.StatusDetailsBuilder;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the {@code Status} bodies of the Kubernetes API server, with its wording.
 */
@TestkitInternal
public final class Statuses {

  private Statuses() {
  }

  /** 404: {@code configs.imageregistry.operator.openshift.io "cluster" not found}. */
  public static ApiException notFound(ResourceType type, String name) {
    return failure(404, "NotFound", type.groupResource() + " \"" + name + "\" not found", type, name, null);
  }

  /** 404 for a resource type the server does not serve. */
  public static ApiException notFoundPath() {
    return new ApiException(base(404, "NotFound", "the server could not find the requested resource")
        .withNewDetails().endDetails().build());
  }

  /** 409: already exists. */
  public static ApiException alreadyExists(ResourceType type, String name) {
    return failure(409, "AlreadyExists", type.groupResource() + " \"" + name + "\" already exists", type, name,
        null);
  }

  /** 409: optimistic concurrency conflict. */
  public static ApiException conflict(ResourceType type, String name) {
    return conflict(type, name, "the object has been modified; please apply your changes to the latest version"
        + " and try again");
  }

  /** 409: conflict with a custom reason text after the usual prefix. */
  public static ApiException conflict(ResourceType type, String name, String why) {
    return failure(409, "Conflict", "Operation cannot be fulfilled on " + type.groupResource() + " \"" + name
        + "\": " + why, type, name, null);
  }

  /** 422: the object failed validation. */
  public static ApiException invalid(ResourceType type, String name, List<FieldError> errors) {
    String joined = errors.size() == 1 ? errors.get(0).toString()
        : errors.stream().map(FieldError::toString).collect(Collectors.joining(", ", "[", "]"));
    List<StatusCause> causes = errors.stream().map(e -> new StatusCauseBuilder().withReason(e.type().reason())
        .withMessage(e.body()).withField(e.field()).build()).collect(Collectors.toList());
    return failure(422, "Invalid", type.groupKind() + " \"" + name + "\" is invalid: " + joined, type, name,
        causes, type.kind());
  }

  /** 400 with a message. */
  public static ApiException badRequest(String message) {
    return new ApiException(base(400, "BadRequest", message).build());
  }

  /** 415 for a patch type the server does not accept for this kind. */
  public static ApiException unsupportedMediaType(String contentType, boolean strategicAllowed) {
    String accepted = "application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml"
        + (strategicAllowed ? ", application/strategic-merge-patch+json" : "");
    return new ApiException(base(415, "UnsupportedMediaType", "the body of the request was in an unknown format"
        + " - accepted media types include: " + accepted).build());
  }

  /**
   * 415 for an object body in a format this server does not decode: JSON and YAML are, and Protobuf
   * only for the kinds kubectl sends that way (see {@code ProtobufBody}).
   */
  public static ApiException unsupportedBodyMediaType() {
    return new ApiException(base(415, "UnsupportedMediaType", "the body of the request was in an unknown format"
        + " - accepted media types include: application/json, application/yaml").build());
  }

  /** 405 for a verb the resource does not support. */
  public static ApiException methodNotAllowed(String verb) {
    return new ApiException(base(405, "MethodNotAllowed", "the server does not allow this method on the"
        + " requested resource").build());
  }

  /** 403: namespace is being deleted. */
  public static ApiException namespaceTerminating(ResourceType type, String name, String namespace) {
    return failure(403, "Forbidden", type.groupResource() + " \"" + name + "\" is forbidden: unable to create"
        + " new content in namespace " + namespace + " because it is being terminated", type, name, null);
  }

  /** 404 for a missing namespace when creating in it. */
  public static ApiException namespaceNotFound(String namespace) {
    return new ApiException(base(404, "NotFound", "namespaces \"" + namespace + "\" not found")
        .withNewDetails().withName(namespace).withKind("namespaces").endDetails().build());
  }

  /** 410: a watch asked for a resourceVersion older than the kept history. */
  public static Status gone(long requested, long oldest) {
    return base(410, "Expired", "too old resource version: " + requested + " (" + oldest + ")").build();
  }

  /** An error with the given code, reason and message. */
  public static ApiException of(int code, String reason, String message) {
    return new ApiException(base(code, reason, message).build());
  }

  /** A success Status, returned by deletes that removed the object at once. */
  public static Status success(ResourceType type, String name, String uid) {
    return new StatusBuilder().withApiVersion("v1").withKind("Status").withNewMetadata().endMetadata()
        .withStatus("Success").withNewDetails().withName(name).withGroup(type.group()).withKind(type.plural())
        .withUid(uid).endDetails().build();
  }

  private static ApiException failure(int code, String reason, String message, ResourceType type, String name,
      List<StatusCause> causes) {
    return failure(code, reason, message, type, name, causes, type.plural());
  }

  private static ApiException failure(int code, String reason, String message, ResourceType type, String name,
      List<StatusCause> causes, String detailsKind) {
    StatusDetailsBuilder details = new StatusDetailsBuilder().withName(name).withKind(detailsKind);
    if (!type.group().isEmpty()) {
      details.withGroup(type.group());
    }
    if (causes != null) {
      details.withCauses(causes);
    }
    return new ApiException(base(code, reason, message).withDetails(details.build()).build());
  }

  private static StatusBuilder base(int code, String reason, String message) {
    return new StatusBuilder().withApiVersion("v1").withKind("Status").withNewMetadata().endMetadata()
        .withStatus("Failure").withMessage(message).withReason(reason).withCode(code);
  }
}
