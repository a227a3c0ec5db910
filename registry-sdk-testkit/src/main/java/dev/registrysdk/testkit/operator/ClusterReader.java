package dev.registrysdk.testkit.operator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.server.Json;
import dev.registrysdk.testkit.server.ObjectApi;
import dev.registrysdk.testkit.server.ResourceType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Typed look-ups the simulated controllers share. */
final class ClusterReader {

  static final String NAMESPACE = "openshift-image-registry";

  private final ObjectApi api;

  ClusterReader(ObjectApi api) {
    this.api = api;
  }

  ObjectApi api() {
    return api;
  }

  ResourceType type(String group, String plural) {
    return api.catalog().require(group, plural);
  }

  ObjectNode get(String group, String plural, String namespace, String name) {
    return api.find(type(group, plural), namespace, name);
  }

  /** Returns a secret's decoded data, or {@code null} when the secret does not exist. */
  Map<String, String> secret(String namespace, String name) {
    ObjectNode secret = get("", "secrets", namespace, name);
    if (secret == null) {
      return null;
    }
    Map<String, String> data = new LinkedHashMap<>();
    JsonNode encoded = secret.get("data");
    if (encoded != null) {
      encoded.properties().forEach(e -> data.put(e.getKey(),
          new String(Base64.getDecoder().decode(e.getValue().asText("")), StandardCharsets.UTF_8)));
    }
    JsonNode plain = secret.get("stringData");
    if (plain != null) {
      plain.properties().forEach(e -> data.put(e.getKey(), e.getValue().asText("")));
    }
    return data;
  }

  /** Returns a config map's data, or {@code null} when it does not exist. */
  Map<String, String> configMap(String namespace, String name) {
    ObjectNode map = get("", "configmaps", namespace, name);
    if (map == null) {
      return null;
    }
    Map<String, String> data = new LinkedHashMap<>();
    JsonNode d = map.get("data");
    if (d != null) {
      d.properties().forEach(e -> data.put(e.getKey(), e.getValue().asText("")));
    }
    return data;
  }

  ObjectNode infrastructure() {
    return get("config.openshift.io", "infrastructures", null, "cluster");
  }

  String platformType() {
    return Json.text(infrastructure(), "status.platformStatus.type").orElse("");
  }

  String infrastructureName() {
    return Json.text(infrastructure(), "status.infrastructureName").orElse("cluster");
  }

  boolean singleReplica() {
    return "SingleReplica".equals(Json.text(infrastructure(), "status.infrastructureTopology").orElse(""));
  }

  String ingressDomain() {
    ObjectNode controller = get("operator.openshift.io", "ingresscontrollers", "openshift-ingress-operator",
        "default");
    return Json.text(controller, "status.domain").orElse("apps.example.com");
  }
}
