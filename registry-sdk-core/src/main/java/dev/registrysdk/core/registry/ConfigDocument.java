package dev.registrysdk.core.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.DesiredState;
import dev.registrysdk.api.GoDuration;
import dev.registrysdk.api.LogLevel;
import dev.registrysdk.api.ManagementState;
import dev.registrysdk.api.RegistryRoute;
import dev.registrysdk.api.RequestLimits;
import dev.registrysdk.api.RolloutStrategy;
import dev.registrysdk.api.facts.StorageBackends;
import dev.registrysdk.core.plan.CurrentObjects;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the merge-patch document of the registry's Config from a desired state: only the fields
 * the caller set, plus what the storage provider asks for, plus a {@code null} for every other
 * storage backend so the Config never holds two at once.
 *
 * <p>Fields the API treats as a whole (maps such as {@code nodeSelector}, objects such as
 * {@code affinity}) get {@code null}s for the members to drop, so the result is exactly the value
 * asked for. Fields the operator writes back ({@code httpSecret}, generated bucket names,
 * {@code storage.managementState}) are never named unless the caller or provider names them.
 */
final class ConfigDocument {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ConfigDocument() {}

  static ObjectNode build(
      DesiredState desired,
      JsonNode currentSpec,
      Optional<ImageRegistryConfigStorage> storage,
      Optional<Integer> replicas,
      Optional<RolloutStrategy> rollout,
      Map<String, String> routeSecrets) {
    ObjectNode document = NODES.objectNode();
    ObjectNode spec = document.putObject("spec");
    desired.managementState().map(ManagementState::wireValue).ifPresent(v -> spec.put("managementState", v));
    replicas.ifPresent(v -> spec.put("replicas", v));
    rollout.map(RolloutStrategy::wireValue).ifPresent(v -> spec.put("rolloutStrategy", v));
    desired.defaultRoute().ifPresent(v -> spec.put("defaultRoute", v));
    routes(desired, currentSpec, routeSecrets).ifPresent(v -> spec.set("routes", v));
    desired.logLevel().map(LogLevel::wireValue).ifPresent(v -> spec.put("logLevel", v));
    desired.operatorLogLevel().map(LogLevel::wireValue).ifPresent(v -> spec.put("operatorLogLevel", v));
    desired.proxy().ifPresent(p -> {
      ObjectNode proxy = spec.putObject("proxy");
      p.http().ifPresent(v -> proxy.put("http", v));
      p.https().ifPresent(v -> proxy.put("https", v));
      p.noProxy().ifPresent(v -> proxy.put("noProxy", v));
    });
    desired.readOnly().ifPresent(v -> spec.put("readOnly", v));
    desired.disableRedirect().ifPresent(v -> spec.put("disableRedirect", v));
    desired.requests().ifPresent(r -> {
      ObjectNode requests = NODES.objectNode();
      r.read().ifPresent(l -> requests.set("read", limits(l)));
      r.write().ifPresent(l -> requests.set("write", limits(l)));
      replace(spec, currentSpec, "requests", requests);
    });
    desired.resources().ifPresent(v -> replace(spec, currentSpec, "resources", CurrentObjects.toTree(v)));
    if (desired.nodeSelector() != null) {
      replace(spec, currentSpec, "nodeSelector", CurrentObjects.toTree(new LinkedHashMap<>(desired.nodeSelector())));
    }
    if (desired.tolerations() != null) {
      spec.set("tolerations", CurrentObjects.toTree(desired.tolerations()));
    }
    desired.affinity().ifPresent(v -> replace(spec, currentSpec, "affinity", CurrentObjects.toTree(v)));
    if (desired.topologySpreadConstraints() != null) {
      spec.set("topologySpreadConstraints", CurrentObjects.toTree(desired.topologySpreadConstraints()));
    }
    storage.ifPresent(s -> spec.set("storage", storage(s, currentSpec.path("storage"))));
    return document;
  }

  private static ObjectNode storage(ImageRegistryConfigStorage wanted, JsonNode current) {
    ObjectNode storage = (ObjectNode) CurrentObjects.toTree(wanted);
    List<String> keep = StorageBackends.present(wanted);
    for (String backend : StorageBackends.ALL) {
      if (!keep.contains(backend) && current.has(backend)) {
        storage.set(backend, NullNode.getInstance());
      }
    }
    return storage;
  }

  private static Optional<ArrayNode> routes(DesiredState desired, JsonNode currentSpec, Map<String, String> secrets) {
    if (desired.routes() == null && desired.addedRoutes().isEmpty()) {
      return Optional.empty();
    }
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    if (desired.routes() == null) {
      for (JsonNode route : currentSpec.path("routes")) {
        byName.put(route.path("name").asText(), route);
      }
    }
    List<RegistryRoute> wanted = new ArrayList<>();
    if (desired.routes() != null) {
      wanted.addAll(desired.routes());
    }
    wanted.addAll(desired.addedRoutes());
    for (RegistryRoute route : wanted) {
      ObjectNode node = NODES.objectNode();
      node.put("name", route.name());
      route.hostname().ifPresent(h -> node.put("hostname", h));
      Optional.ofNullable(secrets.get(route.name())).ifPresent(s -> node.put("secretName", s));
      byName.put(route.name(), node);
    }
    ArrayNode out = NODES.arrayNode();
    byName.values().forEach(out::add);
    return Optional.of(out);
  }

  private static ObjectNode limits(RequestLimits limits) {
    ObjectNode node = NODES.objectNode();
    limits.maxRunning().ifPresent(v -> node.put("maxRunning", v));
    limits.maxInQueue().ifPresent(v -> node.put("maxInQueue", v));
    limits.maxWaitInQueue().ifPresent(v -> node.put("maxWaitInQueue", GoDuration.format(v)));
    return node;
  }

  /** Sets {@code field} so that, merged into the current spec, it equals {@code value} exactly. */
  private static void replace(ObjectNode spec, JsonNode currentSpec, String field, JsonNode value) {
    JsonNode current = currentSpec.get(field);
    spec.set(field, current != null && current.isObject() && value.isObject() ? exactly(current, value) : value);
  }

  /** {@code value}, plus a {@code null} for every member of {@code current} it lacks, at any depth. */
  private static JsonNode exactly(JsonNode current, JsonNode value) {
    ObjectNode node = ((ObjectNode) value).deepCopy();
    current.fieldNames().forEachRemaining(name -> {
      if (!value.has(name)) {
        node.set(name, NullNode.getInstance());
      } else if (current.get(name).isObject() && value.get(name).isObject()) {
        node.set(name, exactly(current.get(name), value.get(name)));
      }
    });
    return node;
  }
}
