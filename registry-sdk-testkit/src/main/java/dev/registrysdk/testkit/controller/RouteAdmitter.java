package dev.registrysdk.testkit.controller;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.server.Json;
import dev.registrysdk.testkit.server.ObjectApi;
import dev.registrysdk.testkit.server.ResourceType;
import dev.registrysdk.testkit.server.TestkitInternal;
import dev.registrysdk.testkit.server.WriteOptions;
import java.util.function.Supplier;

/**
 * Stands in for the route host allocator and the default router: routes without a host get {@code
 * <name>-<namespace>.<ingress domain>}, and every route is admitted by router {@code default}.
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
    for (ObjectNode route : api.store().view(routes, null)) {
      String namespace = Json.text(route, "metadata.namespace").orElseThrow();
      String name = Json.text(route, "metadata.name").orElseThrow();
      String host = Json.text(route, "spec.host").orElse("");
      if (host.isEmpty()) {
        ObjectNode updated = route.deepCopy();
        host = name + "-" + namespace + "." + domain.get();
        Json.objectAt(updated, "spec").put("host", host);
        route = api.update(routes, namespace, name, null, updated, WriteOptions.controller("openshift-apiserver"));
      }
      ObjectNode status = Json.object();
      ArrayNode ingress = status.putArray("ingress");
      ObjectNode entry = ingress.addObject();
      entry.put("host", host);
      entry.put("routerName", "default");
      entry.put("wildcardPolicy", "None");
      entry.put("routerCanonicalHostname", "router-default." + domain.get());
      ObjectNode admitted = entry.putArray("conditions").addObject();
      admitted.put("type", "Admitted");
      admitted.put("status", "True");
      JsonNodeTime.keep(admitted, route, api.now());
      if (!status.equals(route.get("status"))) {
        ObjectNode updated = route.deepCopy();
        updated.set("status", status);
        api.update(routes, namespace, name, "status", updated, WriteOptions.controller("openshift-router"));
      }
    }
  }

  /** Keeps the admission time stable across reconciles. */
  private static final class JsonNodeTime {
    private JsonNodeTime() {
    }

    static void keep(ObjectNode condition, ObjectNode route, String now) {
      String previous = Json.at(route, "status") == null ? null
          : route.path("status").path("ingress").path(0).path("conditions").path(0)
              .path("lastTransitionTime").asText(null);
      String host = route.path("status").path("ingress").path(0).path("host").asText("");
      condition.put("lastTransitionTime", previous != null && host.equals(Json.text(route, "spec.host").orElse(""))
          ? previous : now);
    }
  }
}
