package dev.registrysdk.testkit.controller;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.server.Json;
import dev.registrysdk.testkit.server.ObjectApi;
import dev.registrysdk.testkit.server.ResourceType;
import dev.registrysdk.testkit.server.TestkitInternal;
import dev.registrysdk.testkit.server.WriteOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Stands in for the route host allocator and the default router: routes without a host get {@code
 * <name>-<namespace>.<ingress domain>}, and router {@code default} admits every route but those whose
 * host an older route already holds, as its unique-host check does: an older route in another
 * namespace, or an older route in the same namespace with the same path. Such a route gets {@code
 * Admitted=False} with reason {@code HostAlreadyClaimed} and the router's message.
 */
@TestkitInternal
public final class RouteAdmitter implements Controller {

  private final ObjectApi api;
  private final Supplier<String> domain;

  /** Creates the controller; the domain comes from IngressController {@code default}. */
  public RouteAdmitter(ObjectApi api, Supplier<String> domain) {
    this.api = api;
    this.domain = domain;
  }

  @Override
  public String name() {
    return "router";
  }

  @Override
  public void reconcile() {
    ResourceType routes = api.catalog().require("route.openshift.io", "routes");
    List<ObjectNode> all = new ArrayList<>();
    for (ObjectNode route : api.store().view(routes, null)) {
      String namespace = Json.text(route, "metadata.namespace").orElseThrow();
      String name = Json.text(route, "metadata.name").orElseThrow();
      if (Json.text(route, "spec.host").orElse("").isEmpty()) {
        ObjectNode updated = route.deepCopy();
        Json.objectAt(updated, "spec").put("host", name + "-" + namespace + "." + domain.get());
        route = api.update(routes, namespace, name, null, updated, WriteOptions.controller("openshift-apiserver"));
      }
      all.add(route);
    }
    for (ObjectNode route : all) {
      String namespace = Json.text(route, "metadata.namespace").orElseThrow();
      String name = Json.text(route, "metadata.name").orElseThrow();
      String host = Json.text(route, "spec.host").orElse("");
      ObjectNode status = Json.object();
      ArrayNode ingress = status.putArray("ingress");
      ObjectNode entry = ingress.addObject();
      entry.put("host", host);
      entry.put("routerName", "default");
      entry.put("wildcardPolicy", "None");
      entry.put("routerCanonicalHostname", "router-default." + domain.get());
      ObjectNode admitted = entry.putArray("conditions").addObject();
      admitted.put("type", "Admitted");
      String rejection = rejection(route, all);
      if (rejection == null) {
        admitted.put("status", "True");
      } else {
        admitted.put("status", "False");
        admitted.put("reason", "HostAlreadyClaimed");
        admitted.put("message", rejection);
      }
      JsonNodeTime.keep(admitted, route, api.now());
      if (!status.equals(route.get("status"))) {
        ObjectNode updated = route.deepCopy();
        updated.set("status", status);
        api.update(routes, namespace, name, "status", updated, WriteOptions.controller("openshift-router"));
      }
    }
  }

  /** Returns why the router rejects a route, or {@code null} when it admits it. */
  private static String rejection(ObjectNode route, List<ObjectNode> all) {
    String host = Json.text(route, "spec.host").orElse("");
    String namespace = Json.text(route, "metadata.namespace").orElse("");
    String path = Json.text(route, "spec.path").orElse("");
    for (ObjectNode other : all) {
      if (other == route || !host.equals(Json.text(other, "spec.host").orElse("")) || !older(other, route)) {
        continue;
      }
      if (!namespace.equals(Json.text(other, "metadata.namespace").orElse(""))) {
        return "a route in another namespace holds " + host + " and is older than "
            + Json.text(route, "metadata.name").orElse("");
      }
      if (path.equals(Json.text(other, "spec.path").orElse(""))) {
        return "route " + Json.text(other, "metadata.name").orElse("") + " already exposes " + host
            + " and is older";
      }
    }
    return null;
  }

  /** The router's order: by creation time, then by uid. */
  private static boolean older(ObjectNode a, ObjectNode b) {
    Instant created = Instant.parse(Json.text(a, "metadata.creationTimestamp").orElse("1970-01-01T00:00:00Z"));
    Instant other = Instant.parse(Json.text(b, "metadata.creationTimestamp").orElse("1970-01-01T00:00:00Z"));
    if (!created.equals(other)) {
      return created.isBefore(other);
    }
    return Json.text(a, "metadata.uid").orElse("").compareTo(Json.text(b, "metadata.uid").orElse("")) < 0;
  }

  /** Keeps the admission time stable across reconciles. */
  private static final class JsonNodeTime {
    private JsonNodeTime() {
    }

    static void keep(ObjectNode condition, ObjectNode route, String now) {
      var before = route.path("status").path("ingress").path(0);
      String previous = before.path("conditions").path(0).path("lastTransitionTime").asText(null);
      boolean same = before.path("host").asText("").equals(Json.text(route, "spec.host").orElse(""))
          && before.path("conditions").path(0).path("status").equals(condition.path("status"));
      condition.put("lastTransitionTime", previous != null && same ? previous : now);
    }
  }
}
