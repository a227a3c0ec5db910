package dev.registrysdk.testkit.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The fake cluster's storage: objects by kind, namespace and name, one global resourceVersion counter,
 * and a bounded history of changes for watches.
 *
 * <p>A kind is stored once for all the versions it is served in (group and plural make the key), and
 * objects handed out carry the apiVersion they were asked for, as the API server converts custom
 * resources whose versions share one schema.
 *
 * <p>The store knows nothing of API semantics; {@link ObjectApi} applies them. Every method is
 * thread-safe. Objects passed in are copied; objects handed out are copies.
 */
@TestkitInternal
public final class ObjectStore {

  private static final int HISTORY_LIMIT = 1024;
  private static final long FIRST_RESOURCE_VERSION = 1000;

  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, TreeMap<String, ObjectNode>> objects = new HashMap<>();
  private final Map<String, ResourceType> kinds = new HashMap<>();
  private final Deque<StoredEvent> history = new ArrayDeque<>();
  private final List<Consumer<StoredEvent>> listeners = new CopyOnWriteArrayList<>();
  private long resourceVersion = FIRST_RESOURCE_VERSION;
  private long oldestRetained = FIRST_RESOURCE_VERSION;

  /** Returns the lock that serialises writes; hold it for read-modify-write sequences. */
  public ReentrantLock lock() {
    return lock;
  }

  /** Returns the resourceVersion of the latest change. */
  public long resourceVersion() {
    lock.lock();
    try {
      return resourceVersion;
    } finally {
      lock.unlock();
    }
  }

  /** Returns a copy of an object, or {@code null}. */
  public ObjectNode get(ResourceType type, String namespace, String name) {
    lock.lock();
    try {
      ObjectNode found = bucket(type).get(key(type, namespace, name));
      return found == null ? null : copyAs(type, found);
    } finally {
      lock.unlock();
    }
  }

  /** Returns copies of the objects of a kind, in one namespace or (for {@code null}) all. */
  public List<ObjectNode> list(ResourceType type, String namespace) {
    lock.lock();
    try {
      List<ObjectNode> result = new ArrayList<>();
      for (ObjectNode object : bucket(type).values()) {
        if (namespace == null || !type.namespaced()
            || namespace.equals(Json.text(object, "metadata.namespace").orElse(""))) {
          result.add(copyAs(type, object));
        }
      }
      return result;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns the stored objects of a kind without copying them, for controllers that only read. The
   * objects must not be modified; copy one before changing it.
   */
  public List<ObjectNode> view(ResourceType type, String namespace) {
    lock.lock();
    try {
      List<ObjectNode> result = new ArrayList<>();
      for (ObjectNode object : bucket(type).values()) {
        if (namespace == null || !type.namespaced()
            || namespace.equals(object.path("metadata").path("namespace").asText(""))) {
          result.add(object);
        }
      }
      return result;
    } finally {
      lock.unlock();
    }
  }

  /** Returns whether a kind holds any object. */
  public boolean isEmpty(ResourceType type) {
    lock.lock();
    try {
      return bucket(type).isEmpty();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Stores an object under a new resourceVersion and records the change.
   *
   * @return a copy of the stored object
   */
  public ObjectNode put(ResourceType type, ObjectNode object) {
    lock.lock();
    try {
      ObjectNode stored = object.deepCopy();
      String namespace = Json.text(stored, "metadata.namespace").orElse("");
      String name = Json.text(stored, "metadata.name").orElseThrow();
      long version = ++resourceVersion;
      Json.metadata(stored).put("resourceVersion", Long.toString(version));
      ObjectNode previous = bucket(type).put(key(type, namespace, name), stored);
      record(new StoredEvent(version, previous == null ? "ADDED" : "MODIFIED", type, stored.deepCopy(),
          previous));
      return stored.deepCopy();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Removes an object and records the deletion.
   *
   * @return the removed object's last state, or {@code null} when absent
   */
  public ObjectNode remove(ResourceType type, String namespace, String name) {
    lock.lock();
    try {
      ObjectNode removed = bucket(type).remove(key(type, namespace, name));
      if (removed == null) {
        return null;
      }
      long version = ++resourceVersion;
      ObjectNode last = removed.deepCopy();
      Json.metadata(last).put("resourceVersion", Long.toString(version));
      record(new StoredEvent(version, "DELETED", type, last, removed));
      return last.deepCopy();
    } finally {
      lock.unlock();
    }
  }

  /** Returns the recorded changes after a resourceVersion, oldest first. */
  public List<StoredEvent> eventsAfter(long version) {
    lock.lock();
    try {
      List<StoredEvent> result = new ArrayList<>();
      for (StoredEvent event : history) {
        if (event.resourceVersion() > version) {
          result.add(event);
        }
      }
      return result;
    } finally {
      lock.unlock();
    }
  }

  /** Returns the oldest resourceVersion a watch may still start from. */
  public long oldestRetained() {
    lock.lock();
    try {
      return oldestRetained;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Registers a listener called, under the store lock, for every change in commit order.
   *
   * @return a handle that unregisters the listener
   */
  public AutoCloseable subscribe(Consumer<StoredEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Returns the kinds that hold objects (one version of each). */
  public List<ResourceType> kinds() {
    lock.lock();
    try {
      List<ResourceType> result = new ArrayList<>();
      objects.forEach((key, bucket) -> {
        if (!bucket.isEmpty()) {
          result.add(kinds.get(key));
        }
      });
      return result;
    } finally {
      lock.unlock();
    }
  }

  /** Returns a copy of an object carrying the apiVersion of the kind it was asked for. */
  private static ObjectNode copyAs(ResourceType type, ObjectNode object) {
    ObjectNode copy = object.deepCopy();
    if (!type.apiVersion().equals(copy.path("apiVersion").asText(type.apiVersion()))) {
      copy.put("apiVersion", type.apiVersion());
    }
    return copy;
  }

  /** Returns the object itself when it carries the kind's apiVersion, else a copy that does. */
  static ObjectNode asVersion(ResourceType type, ObjectNode object) {
    if (object == null || type.apiVersion().equals(object.path("apiVersion").asText(type.apiVersion()))) {
      return object;
    }
    return copyAs(type, object);
  }

  private void record(StoredEvent event) {
    history.addLast(event);
    while (history.size() > HISTORY_LIMIT) {
      StoredEvent dropped = history.removeFirst();
      oldestRetained = dropped.resourceVersion();
    }
    for (Consumer<StoredEvent> listener : listeners) {
      listener.accept(event);
    }
  }

  private TreeMap<String, ObjectNode> bucket(ResourceType type) {
    String key = type.group() + "/" + type.plural();
    TreeMap<String, ObjectNode> bucket = objects.get(key);
    if (bucket == null) {
      bucket = new TreeMap<>();
      objects.put(key, bucket);
      kinds.put(key, type);
    }
    return bucket;
  }

  private static String key(ResourceType type, String namespace, String name) {
    return type.namespaced() ? (namespace == null ? "" : namespace) + "/" + name : name;
  }
}
