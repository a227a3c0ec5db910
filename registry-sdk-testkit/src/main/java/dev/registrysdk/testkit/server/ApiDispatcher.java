package dev.registrysdk.testkit.server;

import dev.registrysdk.testkit.requests.ApiCall;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes HTTP requests to one handler per verb, turns {@link ApiException}s into Status answers, and
 * calls the {@link ApiHooks} around each request.
 */
final class ApiDispatcher extends Dispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(ApiDispatcher.class);

  private final ObjectApi api;
  private final ApiHooks hooks;
  private final DiscoveryHandler discovery;
  private final VerbHandler get;
  private final VerbHandler list;
  private final VerbHandler watch;
  private final VerbHandler create;
  private final VerbHandler update;
  private final VerbHandler patch;
  private final VerbHandler delete;
  private final Runnable beforeEach;
  private final Runnable afterEach;

  ApiDispatcher(ObjectApi api, ApiHooks hooks, String serverAddress, Runnable beforeEach, Runnable afterEach) {
    this.api = api;
    this.beforeEach = beforeEach;
    this.hooks = hooks;
    this.afterEach = afterEach;
    TableRenderer tables = new TableRenderer(api.clock());
    this.discovery = new DiscoveryHandler(api.catalog(), serverAddress);
    this.get = new GetHandler(api, tables);
    this.list = new ListHandler(api, tables);
    this.watch = new WatchHandler(api);
    this.create = new CreateHandler(api);
    this.update = new UpdateHandler(api);
    this.patch = new PatchHandler(api);
    this.delete = new DeleteHandler(api);
  }

  @Override
  public MockResponse dispatch(RecordedRequest recorded) {
    try {
      beforeEach.run();
      return dispatchSafely(recorded);
    } catch (RuntimeException e) {
      LOG.error("Fake API server failed on {} {}", recorded.getMethod(), recorded.getPath(), e);
      return Responses.error(Statuses.of(500, "InternalError", "Internal error occurred: " + e));
    } finally {
      afterEach.run();
    }
  }

  private MockResponse dispatchSafely(RecordedRequest recorded) {
    Map.Entry<String, Map<String, String>> target = ApiRequest.splitTarget(recorded.getPath());
    String upgrade = Optional.ofNullable(recorded.getHeader("Upgrade")).orElse("");
    String contentType = header(recorded, "Content-Type");
    byte[] bytes = recorded.getBody() == null ? new byte[0] : recorded.getBody().getBytes();
    String body = new String(bytes, StandardCharsets.UTF_8);
    ApiException undecodable = null;
    if (ProtobufBody.isProtobuf(contentType) && bytes.length > 0) {
      // Served as the JSON it decodes to: handlers, hooks and the request log see one format.
      try {
        body = ProtobufBody.decode(bytes).toString();
        contentType = "application/json";
      } catch (ApiException e) {
        undecodable = e;
        body = "";
      }
    }
    ApiRequest request = new ApiRequest(recorded.getMethod(), target.getKey(), target.getValue(),
        contentType, header(recorded, "Accept"), header(recorded, "User-Agent"), body,
        upgrade.toLowerCase().contains("websocket"));
    ResourcePath path = ResourcePath.parse(request.path(), api.catalog()).orElse(null);
    String verb = verb(request, path);
    ApiCall call = new ApiCall(request.method(), verb, request.path(), path == null ? "" : path.group(),
        path == null ? "" : path.plural(), path == null || path.namespace() == null ? "" : path.namespace(),
        path == null || path.name() == null ? "" : path.name(),
        path == null || path.subresource() == null ? "" : path.subresource(), request.query(),
        request.contentType(), request.body(), request.userAgent(), 0, Instant.now(api.clock()));
    MockResponse response = hooks.intercept(call);
    if (response == null && undecodable != null) {
      response = Responses.error(undecodable);
    } else if (response == null) {
      try {
        response = route(request, path, verb);
      } catch (ApiException e) {
        response = Responses.error(e);
      }
      if (call.isWrite() && response.code() < 300 && !call.dryRun()) {
        hooks.afterWrite();
      }
    }
    Duration latency = hooks.latency(call);
    if (!latency.isZero() && response.getWebSocketListener() == null) {
      if (response.getBody() == null || response.getBody().size() == 0) {
        response.setBody("\n");
      }
      response.setBodyDelay(latency);
    }
    hooks.answered(call.withCode(response.code()));
    return response;
  }

  private static String header(RecordedRequest request, String name) {
    String value = request.getHeader(name);
    return value == null ? "" : value;
  }

  private static String verb(ApiRequest request, ResourcePath path) {
    if (path == null) {
      return "discovery";
    }
    return switch (request.method()) {
      case "GET" -> request.isWatch() ? "watch" : path.name() == null ? "list" : "get";
      case "POST" -> "create";
      case "PUT" -> "update";
      case "PATCH" -> "patch";
      case "DELETE" -> path.name() == null ? "deletecollection" : "delete";
      default -> request.method().toLowerCase();
    };
  }

  private MockResponse route(ApiRequest request, ResourcePath path, String verb) {
    if (path == null) {
      MockResponse answer = discovery.handle(request.path());
      return answer != null ? answer : Responses.error(Statuses.notFoundPath());
    }
    ResourceType type = path.type();
    if (type == null || (!type.namespaced() && path.namespace() != null)) {
      throw Statuses.notFoundPath();
    }
    if (path.subresource() != null && (!path.subresource().equals("status") || !type.statusSubresource())) {
      throw Statuses.notFoundPath();
    }
    if (type.group().equals("authorization.k8s.io") && !verb.equals("create")) {
      throw Statuses.methodNotAllowed(verb);
    }
    return switch (verb) {
      case "get" -> get.handle(request, path);
      case "list" -> list.handle(request, path);
      case "watch" -> watch.handle(request, path);
      case "create" -> {
        if (path.name() != null) {
          throw Statuses.methodNotAllowed("create");
        }
        yield type.group().equals("authorization.k8s.io") ? AccessReviewHandler.handle(request, path)
            : create.handle(request, path);
      }
      case "update" -> requireName(path, update).handle(request, path);
      case "patch" -> requireName(path, patch).handle(request, path);
      case "delete", "deletecollection" -> delete.handle(request, path);
      default -> throw Statuses.methodNotAllowed(verb);
    };
  }

  private static VerbHandler requireName(ResourcePath path, VerbHandler handler) {
    if (path.name() == null) {
      throw Statuses.methodNotAllowed("collection");
    }
    return handler;
  }
}
