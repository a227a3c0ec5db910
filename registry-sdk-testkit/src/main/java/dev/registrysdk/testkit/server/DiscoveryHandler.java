package dev.registrysdk.testkit.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.List;
import java.util.Map;

/**
 * Answers the discovery documents ({@code /version}, {@code /api}, {@code /apis}, {@code /api/v1},
 * {@code /apis/{group}}, {@code /apis/{group}/{version}}) and health endpoints, in the legacy
 * (non-aggregated) form that every client understands.
 */
@TestkitInternal
final class DiscoveryHandler {

  private static final List<String> VERBS = List.of("create", "delete", "deletecollection", "get", "list", "patch",
      "update", "watch");

  private final ResourceCatalog catalog;
  private final String serverAddress;

  DiscoveryHandler(ResourceCatalog catalog, String serverAddress) {
    this.catalog = catalog;
    this.serverAddress = serverAddress;
  }

  /** Returns the answer for a non-resource path, or {@code null} when the path is not one. */
  MockResponse handle(String path) {
    String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    switch (p) {
      case "/version":
        return Responses.json(200, version());
      case "/api":
        return Responses.json(200, apiVersions());
      case "/apis":
        return Responses.json(200, groupList());
      case "/healthz", "/readyz", "/livez":
        return Responses.text(200, "ok");
      case "/":
        ObjectNode root = Json.object();
        ArrayNode paths = root.putArray("paths");
        List.of("/api", "/api/v1", "/apis", "/healthz", "/livez", "/readyz", "/version").forEach(paths::add);
        catalog.groups().forEach((g, vs) -> {
          if (!g.isEmpty()) {
            paths.add("/apis/" + g);
            vs.forEach(v -> paths.add("/apis/" + g + "/" + v));
          }
        });
        return Responses.json(200, root);
      default:
        break;
    }
    if (p.equals("/openapi/v3")) {
      return Responses.json(200, openApiRoot());
    }
    if (p.startsWith("/openapi/v3/")) {
      String gv = p.substring("/openapi/v3/".length());
      ObjectNode doc = openApiDocument(gv);
      return doc == null ? null : Responses.json(200, doc);
    }
    String[] parts = p.substring(1).split("/");
    if (parts.length == 2 && parts[0].equals("api")) {
      return catalog.typesOf("", parts[1]).isEmpty() ? null : Responses.json(200, resourceList("", parts[1]));
    }
    if (parts.length == 2 && parts[0].equals("apis")) {
      List<String> versions = catalog.groups().get(parts[1]);
      return versions == null ? null : Responses.json(200, group(parts[1], versions));
    }
    if (parts.length == 3 && parts[0].equals("apis")) {
      return catalog.typesOf(parts[1], parts[2]).isEmpty() ? null
          : Responses.json(200, resourceList(parts[1], parts[2]));
    }
    return null;
  }

  /**
   * The OpenAPI v3 discovery root. The documents it points to describe only the PATCH operation of
   * each kind with its {@code fieldValidation} parameter: enough for kubectl to see that the server
   * validates fields itself (so it skips client-side schema validation) and to pick the patch type of
   * {@code kubectl apply} from its built-in types.
   */
  private ObjectNode openApiRoot() {
    ObjectNode root = Json.object();
    ObjectNode paths = root.putObject("paths");
    catalog.groups().forEach((group, versions) -> versions.forEach(version -> {
      String gv = group.isEmpty() ? "api/" + version : "apis/" + group + "/" + version;
      paths.putObject(gv).put("serverRelativeURL", "/openapi/v3/" + gv + "?hash="
          + Integer.toHexString(gv.hashCode()).toUpperCase(java.util.Locale.ROOT));
    }));
    return root;
  }

  private ObjectNode openApiDocument(String gv) {
    String[] parts = gv.split("/");
    String group;
    String version;
    if (parts.length == 2 && parts[0].equals("api")) {
      group = "";
      version = parts[1];
    } else if (parts.length == 3 && parts[0].equals("apis")) {
      group = parts[1];
      version = parts[2];
    } else {
      return null;
    }
    List<ResourceType> types = catalog.typesOf(group, version);
    if (types.isEmpty()) {
      return null;
    }
    ObjectNode doc = Json.object();
    doc.put("openapi", "3.0.0");
    ObjectNode info = doc.putObject("info");
    info.put("title", "Kubernetes");
    info.put("version", "v1.31.6");
    ObjectNode paths = doc.putObject("paths");
    String prefix = group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version;
    for (ResourceType type : types) {
      String path = prefix + (type.namespaced() ? "/namespaces/{namespace}/" : "/") + type.plural() + "/{name}";
      ObjectNode patch = paths.putObject(path).putObject("patch");
      patch.put("operationId", "patch" + type.kind());
      ObjectNode gvk = patch.putObject("x-kubernetes-group-version-kind");
      gvk.put("group", group);
      gvk.put("version", version);
      gvk.put("kind", type.kind());
      ArrayNode parameters = patch.putArray("parameters");
      for (String name : List.of("dryRun", "fieldManager", "fieldValidation", "force")) {
        ObjectNode parameter = parameters.addObject();
        parameter.put("name", name);
        parameter.put("in", "query");
        parameter.putObject("schema").put("type", name.equals("force") ? "boolean" : "string");
      }
      patch.putObject("responses").putObject("200").put("description", "OK");
    }
    return doc;
  }

  private static ObjectNode version() {
    ObjectNode v = Json.object();
    v.put("major", "1");
    v.put("minor", "31");
    v.put("gitVersion", "v1.31.6");
    v.put("gitCommit", "0000000000000000000000000000000000000000");
    v.put("gitTreeState", "clean");
    v.put("buildDate", "2025-01-01T00:00:00Z");
    v.put("goVersion", "go1.22.9");
    v.put("compiler", "gc");
    v.put("platform", "linux/amd64");
    return v;
  }

  private ObjectNode apiVersions() {
    ObjectNode v = Json.object();
    v.put("kind", "APIVersions");
    v.putArray("versions").add("v1");
    ObjectNode address = v.putArray("serverAddressByClientCIDRs").addObject();
    address.put("clientCIDR", "0.0.0.0/0");
    address.put("serverAddress", serverAddress);
    return v;
  }

  private ObjectNode groupList() {
    ObjectNode list = Json.object();
    list.put("kind", "APIGroupList");
    list.put("apiVersion", "v1");
    ArrayNode groups = list.putArray("groups");
    for (Map.Entry<String, List<String>> entry : catalog.groups().entrySet()) {
      if (!entry.getKey().isEmpty()) {
        groups.add(groupBody(entry.getKey(), entry.getValue()));
      }
    }
    return list;
  }

  private static ObjectNode group(String name, List<String> versions) {
    ObjectNode group = groupBody(name, versions);
    group.put("kind", "APIGroup");
    group.put("apiVersion", "v1");
    return group;
  }

  private static ObjectNode groupBody(String name, List<String> versions) {
    ObjectNode group = Json.object();
    group.put("name", name);
    ArrayNode list = group.putArray("versions");
    for (String version : versions) {
      ObjectNode v = list.addObject();
      v.put("groupVersion", name + "/" + version);
      v.put("version", version);
    }
    ObjectNode preferred = group.putObject("preferredVersion");
    preferred.put("groupVersion", name + "/" + versions.get(0));
    preferred.put("version", versions.get(0));
    return group;
  }

  private ObjectNode resourceList(String group, String version) {
    ObjectNode list = Json.object();
    list.put("kind", "APIResourceList");
    list.put("apiVersion", "v1");
    list.put("groupVersion", group.isEmpty() ? version : group + "/" + version);
    ArrayNode resources = list.putArray("resources");
    for (ResourceType type : catalog.typesOf(group, version)) {
      ObjectNode r = resources.addObject();
      r.put("name", type.plural());
      r.put("singularName", type.singular());
      r.put("namespaced", type.namespaced());
      r.put("kind", type.kind());
      ArrayNode verbs = r.putArray("verbs");
      VERBS.forEach(verbs::add);
      if (!type.shortNames().isEmpty()) {
        ArrayNode shortNames = r.putArray("shortNames");
        type.shortNames().forEach(shortNames::add);
      }
      if (!type.categories().isEmpty()) {
        ArrayNode categories = r.putArray("categories");
        type.categories().forEach(categories::add);
      }
      r.put("storageVersionHash", Integer.toHexString(type.toString().hashCode()));
      if (type.statusSubresource()) {
        ObjectNode status = resources.addObject();
        status.put("name", type.plural() + "/status");
        status.put("singularName", "");
        status.put("namespaced", type.namespaced());
        status.put("kind", type.kind());
        ArrayNode statusVerbs = status.putArray("verbs");
        List.of("get", "patch", "update").forEach(statusVerbs::add);
      }
    }
    return list;
  }
}
