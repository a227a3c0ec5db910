package dev.registrysdk.testkit.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed resource URL: {@code /api/v1/namespaces/{ns}/{plural}/{name}/{subresource}} or {@code
 * /apis/{group}/{version}/...}.
 *
 * @param group the API group (empty for core)
 * @param version the version
 * @param plural the resource
 * @param type the kind served under that resource, or {@code null} if the server does not serve it
 * @param namespace the namespace, or {@code null}
 * @param name the object name, or {@code null} for collections
 * @param subresource the subresource, or {@code null}
 */
@TestkitInternal
public record ResourcePath(String group, String version, String plural, ResourceType type, String namespace,
    String name, String subresource) {

  /**
   * Parses a path (without the query). Returns empty for paths that are not resource paths, such as
   * discovery documents.
   */
  public static Optional<ResourcePath> parse(String path, ResourceCatalog catalog) {
    List<String> parts = new ArrayList<>();
    for (String p : path.split("/")) {
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    String group;
    String version;
    int rest;
    if (parts.size() >= 3 && parts.get(0).equals("api")) {
      group = "";
      version = parts.get(1);
      rest = 2;
    } else if (parts.size() >= 4 && parts.get(0).equals("apis")) {
      group = parts.get(1);
      version = parts.get(2);
      rest = 3;
    } else {
      return Optional.empty();
    }
    List<String> tail = parts.subList(rest, parts.size());
    String namespace = null;
    if (tail.size() >= 3 && tail.get(0).equals("namespaces")) {
      namespace = tail.get(1);
      tail = tail.subList(2, tail.size());
    } else if (tail.size() == 2 && tail.get(0).equals("namespaces") && group.isEmpty()) {
      return Optional.of(of(catalog, group, version, "namespaces", null, tail.get(1), null));
    }
    if (tail.isEmpty() || tail.size() > 3) {
      return Optional.empty();
    }
    String plural = tail.get(0);
    String name = tail.size() >= 2 ? tail.get(1) : null;
    String subresource = tail.size() == 3 ? tail.get(2) : null;
    if (namespace != null && group.isEmpty() && tail.size() == 1
        && (plural.equals("status") || plural.equals("finalize"))) {
      return Optional.of(of(catalog, group, version, "namespaces", null, namespace, plural));
    }
    return Optional.of(of(catalog, group, version, plural, namespace, name, subresource));
  }

  private static ResourcePath of(ResourceCatalog catalog, String group, String version, String plural,
      String namespace, String name, String subresource) {
    ResourceType type = catalog.find(group, version, plural).orElse(null);
    return new ResourcePath(group, version, plural, type, namespace, name, subresource);
  }
}
