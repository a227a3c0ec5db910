package dev.registrysdk.testkit.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code watch} with the API server's resourceVersion semantics: no version (or {@code 0}) starts with
 * synthetic {@code ADDED} events for the current objects; a version replays the changes after it; a
 * version older than the kept history gets a 410 {@code ERROR} event. Label and field selectors turn
 * changes that enter or leave the selection into {@code ADDED}/{@code DELETED}, as the real server
 * does.
 *
 * <p>WebSocket watches (fabric8) stream events as they are committed. Plain HTTP watches (kubectl,
 * client-go) are served as long polls: the answer carries the events already available, or, after a
 * short pause, a {@code BOOKMARK} at the current version (or nothing) so the client watches again from
 * there. No event is lost between polls.
 */
final class WatchHandler implements VerbHandler {

  private static final Duration IDLE_POLL = Duration.ofMillis(500);

  private final ObjectApi api;

  WatchHandler(ObjectApi api) {
    this.api = api;
  }

  private record Filter(ResourceType type, String namespace, String name, LabelSelector labels,
      FieldSelector fields) {

    boolean matchesObject(ObjectNode object) {
      if (object == null) {
        return false;
      }
      if (namespace != null && type.namespaced()
          && !namespace.equals(Json.text(object, "metadata.namespace").orElse(""))) {
        return false;
      }
      if (name != null && !name.equals(Json.text(object, "metadata.name").orElse(""))) {
        return false;
      }
      return labels.matches(object) && fields.matches(object);
    }

    /** Returns the event type a watcher sees for a change, or {@code null} for none. */
    String translate(StoredEvent event) {
      if (!event.resourceType().group().equals(type.group()) || !event.resourceType().plural().equals(type.plural())) {
        return null;
      }
      boolean now = !event.type().equals("DELETED") && matchesObject(event.object());
      boolean before = event.previous() != null && matchesObject(event.previous());
      if (event.type().equals("DELETED")) {
        return before || matchesObject(event.object()) ? "DELETED" : null;
      }
      if (now && before) {
        return "MODIFIED";
      }
      if (now) {
        return "ADDED";
      }
      return before ? "DELETED" : null;
    }
  }

  @Override
  public MockResponse handle(ApiRequest request, ResourcePath path) {
    FieldSelector fields = FieldSelector.parse(request.param("fieldSelector"), path.type());
    String name = path.name() != null ? path.name() : fields.pinnedName();
    Filter filter = new Filter(path.type(), path.namespace(), name, LabelSelector.parse(request.param("labelSelector")),
        fields);
    String from = request.param("resourceVersion");
    if (request.webSocket()) {
      return new MockResponse().withWebSocketUpgrade(new Socket(filter, from));
    }
    return longPoll(filter, from, "true".equals(request.param("allowWatchBookmarks")));
  }

  private MockResponse longPoll(Filter filter, String from, boolean bookmarks) {
    StringBuilder body = new StringBuilder();
    long current;
    api.store().lock().lock();
    try {
      current = api.store().resourceVersion();
      for (String event : initialEvents(filter, from)) {
        body.append(event).append('\n');
      }
    } finally {
      api.store().lock().unlock();
    }
    MockResponse response = new MockResponse().setResponseCode(200)
        .setHeader("Content-Type", "application/json");
    if (body.length() > 0) {
      return response.setBody(body.toString());
    }
    if (bookmarks) {
      ObjectNode bookmark = Json.object();
      bookmark.put("type", "BOOKMARK");
      ObjectNode object = bookmark.putObject("object");
      object.put("kind", filter.type().kind());
      object.put("apiVersion", filter.type().apiVersion());
      object.putObject("metadata").put("resourceVersion", Long.toString(current));
      return response.setBody(Json.write(bookmark) + "\n").setBodyDelay(IDLE_POLL);
    }
    return response.setBody("\n").setBodyDelay(IDLE_POLL.multipliedBy(2));
  }

  /** Must be called with the store lock held. */
  private List<String> initialEvents(Filter filter, String from) {
    List<String> events = new ArrayList<>();
    if (from == null || from.isEmpty() || from.equals("0")) {
      for (ObjectNode object : api.store().list(filter.type(), filter.namespace())) {
        if (filter.matchesObject(object)) {
          events.add(event("ADDED", object));
        }
      }
      return events;
    }
    long version;
    try {
      version = Long.parseLong(from);
    } catch (NumberFormatException e) {
      throw Statuses.badRequest("invalid resource version: " + from);
    }
    if (version < api.store().oldestRetained()) {
      ObjectNode error = Json.object();
      error.put("type", "ERROR");
      error.set("object", Json.toTree(Statuses.gone(version, api.store().oldestRetained())));
      events.add(Json.write(error));
      return events;
    }
    for (StoredEvent stored : api.store().eventsAfter(version)) {
      String type = filter.translate(stored);
      if (type != null) {
        events.add(event(type, ObjectStore.asVersion(filter.type(), stored.object())));
      }
    }
    return events;
  }

  private static String event(String type, ObjectNode object) {
    ObjectNode event = Json.object();
    event.put("type", type);
    event.set("object", object);
    return Json.write(event);
  }

  private final class Socket extends WebSocketListener {
    private final Filter filter;
    private final String from;
    private volatile AutoCloseable subscription;

    Socket(Filter filter, String from) {
      this.filter = filter;
      this.from = from;
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      api.store().lock().lock();
      try {
        for (String event : initialEvents(filter, from)) {
          webSocket.send(event);
        }
        subscription = api.store().subscribe(stored -> {
          String type = filter.translate(stored);
          if (type != null) {
            webSocket.send(event(type, ObjectStore.asVersion(filter.type(), stored.object())));
          }
        });
      } finally {
        api.store().lock().unlock();
      }
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      unsubscribe();
      webSocket.close(1000, reason);
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
      unsubscribe();
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
      unsubscribe();
    }

    private void unsubscribe() {
      AutoCloseable s = subscription;
      subscription = null;
      if (s != null) {
        try {
          s.close();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }
}
