package dev.registrysdk.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Writes {@code kustomization.yaml}. */
final class KustomizationWriter {

  private KustomizationWriter() {}

  static ObjectNode kustomization(List<String> resources) {
    ObjectNode document = JsonNodeFactory.instance.objectNode();
    document.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
    document.put("kind", "Kustomization");
    ArrayNode list = document.putArray("resources");
    resources.forEach(list::add);
    return document;
  }
}
