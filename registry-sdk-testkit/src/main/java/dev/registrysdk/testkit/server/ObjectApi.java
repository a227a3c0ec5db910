package dev.registrysdk.testkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.StatusCauseBuilder;
import io.fabric8.zjsonpatch.JsonPatch;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The API server's semantics over the {@link ObjectStore}: create, update, patch (JSON, merge,
 * strategic merge, server-side apply), delete with finalizers and garbage collection, optimistic
 * concurrency, {@code metadata.generation}, the status subresource, {@code dryRun}, admission
 * (defaults and validation) and {@code managedFields}.
 *
 * <p>HTTP handlers and the simulated controllers both write through this class, so both see the same
 * rules. It is thread-safe: every write holds the store lock.
 */
@TestkitInternal
public final class ObjectApi {

  /** Content type of a JSON patch. */
  public static final String JSON_PATCH = "application/json-patch+json";
  /** Content type of a JSON merge patch. */
  public static final String MERGE_PATCH = "application/merge-patch+json";
  /** Content type of a strategic merge patch. */
  public static final String STRATEGIC_MERGE_PATCH = "application/strategic-merge-patch+json";
  /** Content type of a server-side apply. */
  public static final String APPLY_PATCH = "application/apply-patch+yaml";
  /** The finalizer that keeps an object deleted in the foreground until its dependents are gone. */
  public static final String FOREGROUND_FINALIZER = "foregroundDeletion";

  private static final String NAME_SUFFIX_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
  private static final String SUBDOMAIN = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";
  private static final String LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final Set<String> SERVER_METADATA = Set.of("uid", "creationTimestamp", "deletionTimestamp",
      "deletionGracePeriodSeconds", "generation", "resourceVersion", "managedFields", "selfLink");

  private final ObjectStore store;
  private final ResourceCatalog catalog;
  private final Clock clock;
  private final Random random;
  private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
  private final List<ForegroundDependents> foregroundDependents = new CopyOnWriteArrayList<>();
  private volatile Admission admission = Admission.NONE;

  /**
   * Creates the API over a store.
   *
   * @param store the storage
   * @param catalog the kinds served
   * @param clock the source of timestamps
   * @param random the source of uids and generated names (seeded for reproducible clusters)
   */
  public ObjectApi(ObjectStore store, ResourceCatalog catalog, Clock clock, Random random) {
    this.store = store;
    this.catalog = catalog;
    this.clock = clock;
    this.random = random;
  }

  /** Returns the storage. */
  public ObjectStore store() {
    return store;
  }

  /** Returns the kinds served. */
  public ResourceCatalog catalog() {
    return catalog;
  }

  /** Returns the clock timestamps come from. */
  public Clock clock() {
    return clock;
  }

  /** Sets the admission step (defaults and validation). */
  public void admission(Admission admission) {
    this.admission = Objects.requireNonNull(admission);
  }

  /** Registers a change listener. */
  public void addListener(ChangeListener listener) {
    listeners.add(listener);
  }

  /** Registers dependents the store does not hold, which keep an object deleted in the foreground. */
  public void addForegroundDependents(ForegroundDependents dependents) {
    foregroundDependents.add(dependents);
  }

  /** Returns the current time in the API's format ({@code 2024-01-02T03:04:05Z}). */
  public String now() {
    return DateTimeFormatter.ISO_INSTANT.format(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
  }

  /** Returns a new random uid. */
  public String newUid() {
    synchronized (random) {
      long most = (random.nextLong() & ~0xF000L) | 0x4000L;
      long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
      return new UUID(most, least).toString();
    }
  }

  /** Returns {@code n} random lowercase alphanumerics, as generateName uses. */
  public String randomSuffix(int n) {
    StringBuilder s = new StringBuilder();
    synchronized (random) {
      for (int i = 0; i < n; i++) {
        s.append(NAME_SUFFIX_ALPHABET.charAt(random.nextInt(NAME_SUFFIX_ALPHABET.length())));
      }
    }
    return s.toString();
  }

  /** Returns random bytes as lowercase hex. */
  public String randomHex(int bytes) {
    byte[] data = new byte[bytes];
    synchronized (random) {
      random.nextBytes(data);
    }
    StringBuilder s = new StringBuilder();
    for (byte b : data) {
      s.append(String.format("%02x", b));
    }
    return s.toString();
  }

  // ---------------------------------------------------------------------------------------------- reads

  /** Returns an object or {@code null}. */
  public ObjectNode find(ResourceType type, String namespace, String name) {
    return store.get(type, namespace, name);
  }

  /**
   * Returns an object.
   *
   * @throws ApiException 404 when absent
   */
  public ObjectNode get(ResourceType type, String namespace, String name) {
    ObjectNode found = store.get(type, namespace, name);
    if (found == null) {
      throw Statuses.notFound(type, name);
    }
    return found;
  }

  /** Lists objects of a kind in a namespace (or all, for {@code null}) that match the selectors. */
  public List<ObjectNode> list(ResourceType type, String namespace, LabelSelector labels, FieldSelector fields) {
    List<ObjectNode> result = new ArrayList<>();
    for (ObjectNode object : store.list(type, namespace)) {
      if (labels.matches(object) && (fields == null || fields.matches(object))) {
        result.add(object);
      }
    }
    return result;
  }

  // --------------------------------------------------------------------------------------------- create

  /**
   * Creates an object.
   *
   * @param namespace the namespace of the request path, or {@code null}
   * @throws ApiException 400, 403, 404, 409 or 422 as the API server would answer
   */
  public ObjectNode create(ResourceType type, String namespace, ObjectNode body, WriteOptions options) {
    store.lock().lock();
    try {
      ObjectNode object = prepareCreate(type, namespace, body, options);
      ManagedFields fields = ManagedFields.of(Json.object());
      fields.recordUpdate(manager(options), type.apiVersion(), now(), null, type, null, object);
      fields.writeTo(object);
      return commitCreate(type, object, options);
    } finally {
      store.lock().unlock();
    }
  }

  private ObjectNode prepareCreate(ResourceType type, String namespace, ObjectNode body, WriteOptions options) {
    ObjectNode object = body.deepCopy();
    checkTypeMeta(type, object);
    ObjectNode metadata = Json.metadata(object);
    String ns = resolveNamespace(type, namespace, metadata);
    String name = metadata.path("name").asText("");
    if (name.isEmpty() && !metadata.path("generateName").asText("").isEmpty()) {
      name = metadata.get("generateName").asText() + randomSuffix(5);
      metadata.put("name", name);
    }
    if (name.isEmpty()) {
      throw Statuses.invalid(type, "", List.of(FieldError.required("metadata.name",
          "name or generateName is required")));
    }
    validateName(type, name);
    if (type.namespaced()) {
      requireActiveNamespace(type, name, ns);
    }
    if (store.get(type, ns, name) != null) {
      throw Statuses.alreadyExists(type, name);
    }
    SERVER_METADATA.forEach(metadata::remove);
    if (type.statusSubresource() && !options.keepStatus()) {
      object.remove("status");
    }
    admit(type, object, null, null, options);
    metadata.put("uid", newUid());
    metadata.put("creationTimestamp", now());
    if (type.tracksGeneration()) {
      metadata.put("generation", 1);
    }
    return object;
  }

  private ObjectNode commitCreate(ResourceType type, ObjectNode object, WriteOptions options) {
    if (options.dryRun()) {
      return object;
    }
    ObjectNode stored = store.put(type, object);
    notifyListeners(type, null, stored);
    return stored;
  }

  // --------------------------------------------------------------------------------------------- update

  /**
   * Replaces an object (PUT).
   *
   * @param subresource {@code status} for {@code /status}, else {@code null}
   */
  public ObjectNode update(ResourceType type, String namespace, String name, String subresource, ObjectNode body,
      WriteOptions options) {
    store.lock().lock();
    try {
      ObjectNode old = get(type, namespace, name);
      ObjectNode object = body.deepCopy();
      checkTypeMeta(type, object);
      ObjectNode metadata = Json.metadata(object);
      String bodyName = metadata.path("name").asText("");
      if (!bodyName.isEmpty() && !bodyName.equals(name)) {
        throw Statuses.badRequest("the name of the object (" + bodyName + ") does not match the name on the URL ("
            + name + ")");
      }
      metadata.put("name", name);
      resolveNamespace(type, namespace, metadata);
      String version = metadata.path("resourceVersion").asText("");
      if (version.isEmpty()) {
        if (type.resourceVersionRequiredOnUpdate()) {
          throw Statuses.invalid(type, name, List.of(FieldError.invalidRendered("metadata.resourceVersion", "0x0",
              "must be specified for an update")));
        }
      } else if (!version.equals(resourceVersionOf(old))) {
        throw Statuses.conflict(type, name);
      }
      return commitUpdate(type, old, object, subresource, options, updateRecorder(type, subresource, options));
    } finally {
      store.lock().unlock();
    }
  }

  // ---------------------------------------------------------------------------------------------- patch

  /**
   * Patches an object with the patch type named by the content type.
   *
   * @throws ApiException 415 for unknown or unsupported patch types
   */
  public ObjectNode patch(ResourceType type, String namespace, String name, String subresource,
      String contentType, String body, WriteOptions options) {
    String patchType = contentType == null ? JSON_PATCH : contentType.split(";")[0].trim();
    if (patchType.equals(APPLY_PATCH)) {
      return apply(type, namespace, name, subresource, body, options);
    }
    if (!patchType.equals(JSON_PATCH) && !patchType.equals(MERGE_PATCH)
        && !(patchType.equals(STRATEGIC_MERGE_PATCH) && type.strategicMergeSupported())) {
      throw Statuses.unsupportedMediaType(patchType, type.strategicMergeSupported());
    }
    store.lock().lock();
    try {
      ObjectNode old = get(type, namespace, name);
      JsonNode patch;
      try {
        patch = Json.parse(body == null || body.isBlank() ? "{}" : body);
      } catch (IllegalArgumentException e) {
        throw Statuses.badRequest("error decoding patch: " + e.getMessage());
      }
      JsonNode patched;
      switch (patchType) {
        case JSON_PATCH -> {
          if (!patch.isArray()) {
            throw Statuses.badRequest("json: cannot unmarshal object into Go value of type jsonpatch.Patch");
          }
          try {
            patched = JsonPatch.apply(patch, old);
          } catch (RuntimeException e) {
            throw Statuses.of(422, "Invalid", "the server rejected our request due to an error in our request: "
                + e.getMessage());
          }
        }
        case MERGE_PATCH -> patched = MergePatch.apply(old, patch);
        default -> patched = StrategicMergePatch.apply(old, patch);
      }
      if (!(patched instanceof ObjectNode object)) {
        throw Statuses.badRequest("the patch did not result in an object");
      }
      ObjectNode metadata = Json.metadata(object);
      String version = metadata.path("resourceVersion").asText("");
      if (!version.isEmpty() && !version.equals(resourceVersionOf(old))) {
        throw Statuses.conflict(type, name);
      }
      metadata.put("name", name);
      if (type.namespaced()) {
        metadata.put("namespace", namespace);
      }
      checkTypeMeta(type, object);
      return commitUpdate(type, old, object, subresource, options, updateRecorder(type, subresource, options));
    } finally {
      store.lock().unlock();
    }
  }

  private ObjectNode apply(ResourceType type, String namespace, String name, String subresource, String body,
      WriteOptions options) {
    if (options.fieldManager() == null || options.fieldManager().isBlank()) {
      throw Statuses.badRequest("PATCH " + type.plural() + " \"" + name + "\": fieldManager is required for apply"
          + " requests");
    }
    JsonNode parsed;
    try {
      parsed = Json.parseYaml(body == null ? "" : body);
    } catch (IllegalArgumentException e) {
      throw Statuses.badRequest("error decoding YAML: " + e.getMessage());
    }
    if (!(parsed instanceof ObjectNode applied)) {
      throw Statuses.badRequest("error decoding YAML: the apply configuration is not an object");
    }
    if (applied.path("apiVersion").asText("").isEmpty()) {
      throw Statuses.badRequest("apiVersion must be set in apply patch");
    }
    if (applied.path("kind").asText("").isEmpty()) {
      throw Statuses.badRequest("kind must be set in apply patch");
    }
    checkTypeMeta(type, applied);
    ObjectNode appliedMeta = Json.metadata(applied);
    String bodyName = appliedMeta.path("name").asText("");
    if (!bodyName.isEmpty() && !bodyName.equals(name)) {
      throw Statuses.badRequest("the name of the object (" + bodyName + ") does not match the name on the URL ("
          + name + ")");
    }
    boolean statusWrite = "status".equals(subresource);
    store.lock().lock();
    try {
      ObjectNode old = find(type, namespace, name);
      Map<List<String>, JsonNode> appliedFields = FieldPaths.leaves(applied, type, statusWrite);
      if (old == null) {
        if (statusWrite) {
          throw Statuses.notFound(type, name);
        }
        appliedMeta.put("name", name);
        ObjectNode object = prepareCreate(type, namespace, applied, options);
        ManagedFields fields = ManagedFields.of(Json.object());
        fields.recordApply(options.fieldManager(), type.apiVersion(), now(), null, appliedFields.keySet(),
            List.of());
        fields.writeTo(object);
        return commitCreate(type, object, options);
      }
      String version = appliedMeta.path("resourceVersion").asText("");
      if (!version.isEmpty() && !version.equals(resourceVersionOf(old))) {
        throw Statuses.conflict(type, name);
      }
      ManagedFields fields = ManagedFields.of(old);
      List<ManagedFields.Conflict> conflicts = fields.conflicts(options.fieldManager(), subresource, appliedFields,
          old);
      if (!conflicts.isEmpty() && !options.force()) {
        throw applyConflict(type, name, conflicts);
      }
      ObjectNode candidate = (ObjectNode) MergePatch.applyConfiguration(old, stripServerMetadata(applied));
      for (List<String> previous : fields.appliedBy(options.fieldManager(), subresource)) {
        if (!appliedFields.containsKey(previous)
            && !fields.ownedByOthers(options.fieldManager(), subresource, previous)) {
          FieldPaths.remove(candidate, previous);
        }
      }
      Json.metadata(candidate).put("resourceVersion", resourceVersionOf(old));
      Recorder recorder = (before, after) -> {
        ManagedFields updated = ManagedFields.of(before);
        updated.recordApply(options.fieldManager(), type.apiVersion(), now(), subresource,
            appliedFields.keySet(), conflicts);
        updated.writeTo(after);
      };
      return commitUpdate(type, old, candidate, subresource, options, recorder);
    } finally {
      store.lock().unlock();
    }
  }

  private static ObjectNode stripServerMetadata(ObjectNode applied) {
    ObjectNode copy = applied.deepCopy();
    SERVER_METADATA.forEach(Json.metadata(copy)::remove);
    return copy;
  }

  private static ApiException applyConflict(ResourceType type, String name, List<ManagedFields.Conflict> conflicts) {
    ApiException base = Statuses.conflict(type, name, "");
    var status = base.status();
    status.setMessage(ManagedFields.conflictMessage(conflicts));
    status.getDetails().setCauses(conflicts.stream().map(c -> new StatusCauseBuilder()
        .withReason("FieldManagerConflict").withMessage("conflict with " + c.manager()).withField(c.path()).build())
        .collect(Collectors.toList()));
    return new ApiException(status);
  }

  // --------------------------------------------------------------------------------------------- delete

  /**
   * Deletes an object. Objects with finalizers are only marked ({@code deletionTimestamp}); the rest are
   * removed at once and their dependents garbage-collected.
   *
   * <p>With {@code propagationPolicy: Foreground}, the dependents go first. An object that still has
   * dependents the store does not hold (a Deployment's terminating pods, as a {@link
   * ForegroundDependents} reports) is kept, marked and with the {@value #FOREGROUND_FINALIZER}
   * finalizer, until whoever stands for those dependents removes the finalizer.
   *
   * @param deleteOptions the request's {@code DeleteOptions}, or {@code null}
   * @return the marked object, or a success {@code Status}
   */
  public JsonNode delete(ResourceType type, String namespace, String name, JsonNode deleteOptions,
      WriteOptions options) {
    store.lock().lock();
    try {
      ObjectNode old = get(type, namespace, name);
      checkPreconditions(type, name, old, deleteOptions);
      ObjectNode metadata = Json.metadata(old);
      if (!options.dryRun() && !metadata.has("deletionTimestamp") && foreground(deleteOptions)
          && implicitDependents(type, old)) {
        ObjectNode marked = old.deepCopy();
        Json.metadata(marked).put("deletionTimestamp", now());
        Json.metadata(marked).put("deletionGracePeriodSeconds", 0);
        Json.metadata(marked).withArray("finalizers").add(FOREGROUND_FINALIZER);
        ObjectNode stored = store.put(type, marked);
        notifyListeners(type, old, stored);
        collectDependents(metadata.path("uid").asText(""));
        return stored;
      }
      JsonNode finalizers = metadata.get("finalizers");
      if (finalizers != null && finalizers.isArray() && finalizers.size() > 0) {
        if (options.dryRun() || metadata.has("deletionTimestamp")) {
          return old;
        }
        ObjectNode marked = old.deepCopy();
        Json.metadata(marked).put("deletionTimestamp", now());
        Json.metadata(marked).put("deletionGracePeriodSeconds", 0);
        ObjectNode stored = store.put(type, marked);
        notifyListeners(type, old, stored);
        return stored;
      }
      if (options.dryRun()) {
        return Json.toTree(Statuses.success(type, name, metadata.path("uid").asText()));
      }
      remove(type, old);
      return Json.toTree(Statuses.success(type, name, metadata.path("uid").asText()));
    } finally {
      store.lock().unlock();
    }
  }

  private static boolean foreground(JsonNode deleteOptions) {
    return deleteOptions != null && "Foreground".equals(deleteOptions.path("propagationPolicy").asText(""));
  }

  private boolean implicitDependents(ResourceType type, ObjectNode object) {
    for (ForegroundDependents dependents : foregroundDependents) {
      if (dependents.present(type, object)) {
        return true;
      }
    }
    return false;
  }

  /** Deletes every object of a kind in a namespace that matches the selectors; returns their last states. */
  public List<JsonNode> deleteCollection(ResourceType type, String namespace, LabelSelector labels,
      FieldSelector fields, WriteOptions options) {
    store.lock().lock();
    try {
      List<JsonNode> deleted = new ArrayList<>();
      for (ObjectNode object : list(type, namespace, labels, fields)) {
        delete(type, Json.text(object, "metadata.namespace").orElse(null), Json.text(object, "metadata.name")
            .orElseThrow(), null, options);
        deleted.add(object);
      }
      return deleted;
    } finally {
      store.lock().unlock();
    }
  }

  /**
   * Removes every object of a kind at once, finalizers or not, and garbage-collects their dependents, as
   * the API server does with the objects of a CustomResourceDefinition that is deleted.
   */
  public void purge(ResourceType type) {
    store.lock().lock();
    try {
      for (ObjectNode object : store.list(type, null)) {
        remove(type, object);
      }
    } finally {
      store.lock().unlock();
    }
  }

  private void remove(ResourceType type, ObjectNode old) {
    String ns = Json.text(old, "metadata.namespace").orElse(null);
    String name = Json.text(old, "metadata.name").orElseThrow();
    ObjectNode removed = store.remove(type, ns, name);
    if (removed == null) {
      return;
    }
    notifyListeners(type, old, null);
    if (type.plural().equals("namespaces") && type.group().isEmpty()) {
      for (ResourceType kind : store.kinds()) {
        if (kind.namespaced()) {
          for (ObjectNode inside : store.list(kind, name)) {
            forceRemove(kind, inside);
          }
        }
      }
    }
    collectDependents(Json.text(old, "metadata.uid").orElse(""));
  }

  private void forceRemove(ResourceType type, ObjectNode object) {
    Json.metadata(object).remove("finalizers");
    remove(type, object);
  }

  private void collectDependents(String ownerUid) {
    if (ownerUid.isEmpty()) {
      return;
    }
    for (ResourceType kind : store.kinds()) {
      for (ObjectNode candidate : store.list(kind, null)) {
        JsonNode owners = Json.at(candidate, "metadata.ownerReferences");
        if (owners == null || !owners.isArray()) {
          continue;
        }
        for (JsonNode owner : owners) {
          if (ownerUid.equals(owner.path("uid").asText())) {
            String ns = Json.text(candidate, "metadata.namespace").orElse(null);
            String name = Json.text(candidate, "metadata.name").orElseThrow();
            if (store.get(kind, ns, name) != null) {
              delete(kind, ns, name, null, WriteOptions.controller("garbage-collector"));
            }
            break;
          }
        }
      }
    }
  }

  private static void checkPreconditions(ResourceType type, String name, ObjectNode old, JsonNode options) {
    if (options == null) {
      return;
    }
    JsonNode preconditions = options.get("preconditions");
    if (preconditions == null || !preconditions.isObject()) {
      return;
    }
    String version = preconditions.path("resourceVersion").asText("");
    if (!version.isEmpty() && !version.equals(resourceVersionOf(old))) {
      throw Statuses.conflict(type, name, "Precondition failed: ResourceVersion in precondition: " + version
          + ", ResourceVersion in object meta: " + resourceVersionOf(old));
    }
    String uid = preconditions.path("uid").asText("");
    String actual = Json.text(old, "metadata.uid").orElse("");
    if (!uid.isEmpty() && !uid.equals(actual)) {
      throw Statuses.conflict(type, name, "Precondition failed: UID in precondition: " + uid
          + ", UID in object meta: " + actual);
    }
  }

  // ------------------------------------------------------------------------------------------- internals

  @FunctionalInterface
  private interface Recorder {
    void record(ObjectNode before, ObjectNode after);
  }

  private Recorder updateRecorder(ResourceType type, String subresource, WriteOptions options) {
    return (before, after) -> {
      ManagedFields fields = ManagedFields.of(before);
      fields.recordUpdate(manager(options), type.apiVersion(), now(), subresource, type, before, after);
      fields.writeTo(after);
    };
  }

  private ObjectNode commitUpdate(ResourceType type, ObjectNode old, ObjectNode requested, String subresource,
      WriteOptions options, Recorder recorder) {
    boolean statusWrite = "status".equals(subresource);
    ObjectNode candidate;
    if (statusWrite) {
      candidate = old.deepCopy();
      if (requested.has("status")) {
        candidate.set("status", requested.get("status"));
      } else {
        candidate.remove("status");
      }
    } else {
      candidate = requested;
      if (type.statusSubresource()) {
        if (old.has("status")) {
          candidate.set("status", old.get("status").deepCopy());
        } else {
          candidate.remove("status");
        }
      }
      ObjectNode metadata = Json.metadata(candidate);
      ObjectNode oldMetadata = Json.metadata(old);
      for (String field : SERVER_METADATA) {
        if (oldMetadata.has(field)) {
          metadata.set(field, oldMetadata.get(field).deepCopy());
        } else {
          metadata.remove(field);
        }
      }
    }
    admit(type, candidate, old, subresource, options);
    if (type.tracksGeneration() && !statusWrite && !sameSpec(old, candidate)) {
      Json.metadata(candidate).put("generation", Json.metadata(old).path("generation").asLong(0) + 1);
    }
    recorder.record(old, candidate);
    if (sameIgnoringManagedFields(old, candidate)) {
      return old;
    }
    ObjectNode metadata = Json.metadata(candidate);
    JsonNode finalizers = metadata.get("finalizers");
    boolean noFinalizers = finalizers == null || !finalizers.isArray() || finalizers.size() == 0;
    if (metadata.has("deletionTimestamp") && noFinalizers) {
      if (!options.dryRun()) {
        remove(type, candidate);
      }
      return candidate;
    }
    if (options.dryRun()) {
      return candidate;
    }
    ObjectNode stored = store.put(type, candidate);
    notifyListeners(type, old, stored);
    return stored;
  }

  private void admit(ResourceType type, ObjectNode object, ObjectNode old, String subresource,
      WriteOptions options) {
    Admission.Result result = admission.admit(type, object, old, subresource);
    String name = Json.text(object, "metadata.name").orElse("");
    if (!result.unknownFields().isEmpty()) {
      if ("Strict".equalsIgnoreCase(options.fieldValidation())) {
        throw Statuses.badRequest(type.groupKind() + " in version \"" + type.version()
            + "\" cannot be handled as a " + type.kind() + ": strict decoding error: "
            + result.unknownFields().stream().map(f -> "unknown field \"" + f + "\"")
                .collect(Collectors.joining(", ")));
      }
      if ("Warn".equalsIgnoreCase(options.fieldValidation())) {
        result.unknownFields().forEach(f -> options.warnings().add("unknown field \"" + f + "\""));
      }
    }
    if (!result.errors().isEmpty()) {
      throw Statuses.invalid(type, name, result.errors());
    }
  }

  private static boolean sameSpec(ObjectNode a, ObjectNode b) {
    ObjectNode x = a.deepCopy();
    ObjectNode y = b.deepCopy();
    for (ObjectNode o : List.of(x, y)) {
      o.remove("metadata");
      o.remove("status");
    }
    return x.equals(y);
  }

  private static boolean sameIgnoringManagedFields(ObjectNode a, ObjectNode b) {
    ObjectNode x = a.deepCopy();
    ObjectNode y = b.deepCopy();
    for (ObjectNode o : List.of(x, y)) {
      Json.metadata(o).remove("managedFields");
      Json.metadata(o).remove("resourceVersion");
    }
    return x.equals(y);
  }

  private void checkTypeMeta(ResourceType type, ObjectNode object) {
    String apiVersion = object.path("apiVersion").asText("");
    String kind = object.path("kind").asText("");
    if (!apiVersion.isEmpty() && !apiVersion.equals(type.apiVersion())) {
      throw Statuses.badRequest("the API version in the data (" + apiVersion
          + ") does not match the expected API version (" + type.apiVersion() + ")");
    }
    if (!kind.isEmpty() && !kind.equals(type.kind())) {
      throw Statuses.badRequest(type.groupKind() + " in version \"" + type.version() + "\" cannot be handled as a "
          + type.kind() + ": the kind in the data (" + kind + ") does not match the expected kind ("
          + type.kind() + ")");
    }
    object.put("apiVersion", type.apiVersion());
    object.put("kind", type.kind());
  }

  private static String resolveNamespace(ResourceType type, String pathNamespace, ObjectNode metadata) {
    if (!type.namespaced()) {
      metadata.remove("namespace");
      return null;
    }
    String bodyNamespace = metadata.path("namespace").asText("");
    if (pathNamespace == null || pathNamespace.isEmpty()) {
      if (bodyNamespace.isEmpty()) {
        throw Statuses.badRequest("the server could not find the requested resource: a namespace is required");
      }
      return bodyNamespace;
    }
    if (!bodyNamespace.isEmpty() && !bodyNamespace.equals(pathNamespace)) {
      throw Statuses.badRequest("the namespace of the provided object does not match the namespace sent on the"
          + " request");
    }
    metadata.put("namespace", pathNamespace);
    return pathNamespace;
  }

  private void requireActiveNamespace(ResourceType type, String name, String namespace) {
    ResourceType namespaces = catalog.require("", "namespaces");
    ObjectNode ns = store.get(namespaces, null, namespace);
    if (ns == null) {
      throw Statuses.namespaceNotFound(namespace);
    }
    if (Json.metadata(ns).has("deletionTimestamp")) {
      throw Statuses.namespaceTerminating(type, name, namespace);
    }
  }

  private static void validateName(ResourceType type, String name) {
    if (type.group().equals("rbac.authorization.k8s.io")) {
      if (name.equals(".") || name.equals("..") || name.contains("/") || name.contains("%")) {
        throw Statuses.invalid(type, name, List.of(FieldError.invalidRendered("metadata.name",
            FieldError.quote(name), "may not contain '/' or '%' and may not be '.' or '..'")));
      }
      return;
    }
    boolean label = type.plural().equals("namespaces") && type.group().isEmpty();
    String pattern = label ? LABEL : SUBDOMAIN;
    if (name.length() > (label ? 63 : 253) || !name.matches(pattern)) {
      String detail = label
          ? "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start"
              + " and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation"
              + " is '" + LABEL + "')"
          : "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and"
              + " must start and end with an alphanumeric character (e.g. 'example.com', regex used for"
              + " validation is '" + SUBDOMAIN + "')";
      throw Statuses.invalid(type, name, List.of(FieldError.invalidRendered("metadata.name",
          FieldError.quote(name), detail)));
    }
  }

  private static String resourceVersionOf(ObjectNode object) {
    return Json.text(object, "metadata.resourceVersion").orElse("");
  }

  private static String manager(WriteOptions options) {
    return options.fieldManager() == null || options.fieldManager().isBlank() ? "unknown" : options.fieldManager();
  }

  private void notifyListeners(ResourceType type, ObjectNode before, ObjectNode after) {
    for (ChangeListener listener : listeners) {
      listener.changed(type, before, after);
    }
  }

  /** Returns the names of an object's finalizers. */
  public static List<String> finalizers(JsonNode object) {
    List<String> result = new ArrayList<>();
    JsonNode list = Json.at(object, "metadata.finalizers");
    if (list instanceof ArrayNode array) {
      array.forEach(f -> result.add(f.asText()));
    }
    return result;
  }
}
