package dev.registrysdk.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.core.plan.Phase;
import java.util.List;
import java.util.Optional;

/** Writes the Argo CD {@code Application} and the annotations Argo CD reads on each object. */
final class ApplicationWriter {

  /** Argo CD never prunes nor deletes these objects: they are cluster singletons and storage. */
  static final String SYNC_OPTIONS = "Prune=false,Delete=false";

  private ApplicationWriter() {}

  /** Sync waves: prerequisites, then cluster configuration, then the registry's Config. */
  static void annotate(Manifest manifest) {
    manifest.annotate("argocd.argoproj.io/sync-wave", wave(manifest.phase()));
    manifest.annotate("argocd.argoproj.io/sync-options", SYNC_OPTIONS);
  }

  private static String wave(Phase phase) {
    return switch (phase) {
      case PREREQUISITE -> "0";
      case CONFIGURATION -> "1";
      case REGISTRY -> "2";
    };
  }

  static ObjectNode application(ArgoCdApplication app, List<Manifest> manifests) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode application = json.objectNode();
    application.put("apiVersion", "argoproj.io/v1alpha1");
    application.put("kind", "Application");
    ObjectNode metadata = application.putObject("metadata");
    metadata.put("name", app.name());
    metadata.put("namespace", app.namespace());
    ObjectNode spec = application.putObject("spec");
    spec.put("project", app.project());
    ObjectNode source = spec.putObject("source");
    source.put("repoURL", app.repoUrl());
    source.put("path", app.path());
    source.put("targetRevision", app.targetRevision());
    spec.putObject("destination").put("server", app.destinationServer());
    Optional<Manifest> config = manifests.stream().filter(m -> m.key().equals(RegistryObjects.CONFIG)).findFirst();
    if (config.isPresent()) {
      ArrayNode ignore = spec.putArray("ignoreDifferences");
      ObjectNode configDifferences = ignore.addObject();
      configDifferences.put("group", RegistryObjects.CONFIG.group());
      configDifferences.put("kind", RegistryObjects.CONFIG.kind());
      configDifferences.put("name", RegistryObjects.CONFIG.name());
      ArrayNode pointers = configDifferences.putArray("jsonPointers");
      OperatorWriteBacks.pointers(config.get().body()).forEach(pointers::add);
    }
    ObjectNode sync = spec.putObject("syncPolicy");
    if (app.autoSync()) {
      ObjectNode automated = sync.putObject("automated");
      automated.put("prune", false);
      automated.put("selfHeal", true);
    }
    sync.putArray("syncOptions").add("RespectIgnoreDifferences=true");
    return application;
  }
}
