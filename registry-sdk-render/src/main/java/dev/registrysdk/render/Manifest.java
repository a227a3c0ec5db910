package dev.registrysdk.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.core.plan.IntentPolicy;
import dev.registrysdk.core.plan.ObjectIntent;
import dev.registrysdk.core.plan.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One object to render, made from an {@link ObjectIntent}: apiVersion, kind, name and namespace,
 * plus the fields the intent names. Objects that must already exist keep merge-patch {@code null}s,
 * which {@code kubectl apply} and Argo CD send as deletions (e.g. the previous storage backend);
 * objects created when absent lose them.
 */
record Manifest(ResourceKey key, ObjectNode body, Phase phase, IntentPolicy policy, boolean sensitive,
    String purpose) {

  static Manifest of(ObjectIntent intent) {
    ResourceKey key = intent.key();
    ObjectNode document = intent.document().deepCopy();
    if (intent.policy() == IntentPolicy.CREATE_IF_ABSENT) {
      removeNulls(document);
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("apiVersion", key.apiVersion());
    body.put("kind", key.kind());
    ObjectNode metadata = body.putObject("metadata");
    metadata.put("name", key.name());
    key.namespace().ifPresent(ns -> metadata.put("namespace", ns));
    JsonNode extra = document.remove("metadata");
    if (extra instanceof ObjectNode more) {
      metadata.setAll(more);
    }
    body.setAll(document);
    return new Manifest(key, body, intent.phase(), intent.policy(), intent.sensitive(), intent.purpose());
  }

  /** The keys under {@code data} and {@code stringData}, for secrets. */
  List<String> dataKeys() {
    List<String> keys = new ArrayList<>();
    for (String field : new String[] {"data", "stringData"}) {
      body.path(field).fieldNames().forEachRemaining(keys::add);
    }
    return keys;
  }

  /** The secret type, {@code Opaque} when not named. */
  String secretType() {
    return body.path("type").asText("Opaque");
  }

  /**
   * The file name under {@code resources/}: {@code 01-secret-name.yaml}; characters other than
   * letters, digits, {@code .} and {@code -} become {@code -}, so {@code system:image-builder} gives
   * {@code rolebinding-system-image-builder}.
   */
  String fileName(int index) {
    String name = key.name().replaceAll("[^A-Za-z0-9.-]", "-");
    return String.format(Locale.ROOT, "%02d-%s-%s.yaml", index, key.kind().toLowerCase(Locale.ROOT), name);
  }

  /** Adds an annotation. */
  void annotate(String name, String value) {
    ((ObjectNode) body.get("metadata")).withObject("annotations").put(name, value);
  }

  private static void removeNulls(ObjectNode node) {
    List<String> nulls = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (field.getValue().isNull()) {
        nulls.add(field.getKey());
      } else if (field.getValue() instanceof ObjectNode child) {
        removeNulls(child);
      }
    }
    node.remove(nulls);
  }
}
