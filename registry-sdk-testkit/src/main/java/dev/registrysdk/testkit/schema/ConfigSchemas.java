package dev.registrysdk.testkit.schema;

import java.util.regex.Pattern;

/**
 * Schemas of the image-related kinds of {@code config.openshift.io/v1} (Image, ImageDigestMirrorSet,
 * ImageTagMirrorSet, ImageContentPolicy, ClusterOperator) and of {@code
 * operator.openshift.io/v1alpha1} ImageContentSourcePolicy.
 */
final class ConfigSchemas {

  private static final String LABEL = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final String HOST_PORT_PATH = "((?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
      + "(?:(?:\\." + LABEL + ")+)?(?::[0-9]+)?)(?:(?:/[a-z0-9]+(?:(?:(?:[._]|__|[-]*)[a-z0-9]+)+)?)+)?$";
  /** A source: {@code *.host} wildcard, or host[:port][/path] without tag or digest. */
  static final String SOURCE = "^\\*(?:\\." + LABEL + ")+$|^" + HOST_PORT_PATH;
  /** A mirror: host[:port][/path] without tag, digest or wildcard. */
  static final String MIRROR = "^" + HOST_PORT_PATH;
  private static final Pattern REGISTRY_ENTRY = Pattern.compile(SOURCE);
  private static final String IMAGE_CONTENT_POLICY_SOURCE = "^(([a-zA-Z]|[a-zA-Z][a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*"
      + "([A-Za-z]|[A-Za-z][A-Za-z0-9\\-]*[A-Za-z0-9])(:[0-9]+)?(\\/[^\\/:\\n]+)*(\\/[^\\/:\\n]+((:[^\\/:\\n]+)|"
      + "(@[^\\n]+)))?$";

  private ConfigSchemas() {
  }

  static Schema image() {
    Schema registryList = Schema.array(Schema.string().length(1, 256).rule(
        entry -> REGISTRY_ENTRY.matcher(entry.asText()).find(),
        "each registry must be a valid hostname[:port][/path] or wildcard *.hostname format without tags or digests"))
        .atomic().maxItems(1024);
    Schema spec = Schema.object()
        .prop("allowedRegistriesForImport", Schema.array(Schema.object().prop("domainName", Schema.string())
            .prop("insecure", Schema.bool())).atomic())
        .prop("externalRegistryHostnames", Schema.array(Schema.string()).atomic())
        .prop("additionalTrustedCA", Schema.object().required("name").prop("name", Schema.string()))
        .prop("registrySources", Schema.object()
            .prop("insecureRegistries", registryList)
            .prop("blockedRegistries", copy(registryList))
            .prop("allowedRegistries", copy(registryList))
            .prop("containerRuntimeSearchRegistries", Schema.array(Schema.string()).set().minItems(1))
            .rule(s -> !s.has("blockedRegistries") || !s.has("allowedRegistries"),
                "Only one of blockedRegistries or allowedRegistries may be set"))
        .prop("imageStreamImportMode", Schema.string().enumOf("", "Legacy", "PreserveOriginal"));
    Schema status = Schema.object()
        .prop("internalRegistryHostname", Schema.string())
        .prop("externalRegistryHostnames", Schema.array(Schema.string()).atomic())
        .prop("imageStreamImportMode", Schema.string().enumOf("", "Legacy", "PreserveOriginal"));
    return RegistrySchemas.root(spec, status).required("spec");
  }

  private static Schema copy(Schema list) {
    Schema items = Schema.string().length(1, 256);
    items.rules.addAll(list.items.rules);
    return Schema.array(items).atomic().maxItems(1024);
  }

  static Schema digestMirrorSet(String listField) {
    Schema spec = Schema.object().prop(listField, Schema.array(Schema.object().required("source")
        .prop("source", Schema.string().pattern(SOURCE))
        .prop("mirrors", Schema.array(Schema.string().pattern(MIRROR)).set())
        .prop("mirrorSourcePolicy", Schema.string().enumOf("NeverContactSource", "AllowContactingSource")))
        .atomic());
    return RegistrySchemas.root(spec, Schema.object()).required("spec");
  }

  static Schema imageContentPolicy() {
    Schema spec = Schema.object().prop("repositoryDigestMirrors", Schema.array(Schema.object().required("source")
        .prop("source", Schema.string().pattern(IMAGE_CONTENT_POLICY_SOURCE))
        .prop("mirrors", Schema.array(Schema.string().pattern(IMAGE_CONTENT_POLICY_SOURCE)).set())
        .prop("allowMirrorByTags", Schema.bool())).map("source"));
    return RegistrySchemas.root(spec, null).required("spec");
  }

  static Schema imageContentSourcePolicy() {
    Schema spec = Schema.object().prop("repositoryDigestMirrors", Schema.array(Schema.object().required("source")
        .prop("source", Schema.string()).prop("mirrors", Schema.array(Schema.string()))));
    return RegistrySchemas.root(spec, null).required("spec");
  }

  static Schema clusterOperator() {
    Schema status = Schema.object()
        .prop("conditions", Schema.array(Schema.object().required("lastTransitionTime", "status", "type")
            .prop("type", Schema.string()).prop("status", Schema.string()).prop("reason", Schema.string())
            .prop("message", Schema.string()).prop("lastTransitionTime", Schema.string().format("date-time")))
            .map("type"))
        .prop("relatedObjects", Schema.array(Schema.object().required("group", "name", "resource")
            .prop("group", Schema.string()).prop("name", Schema.string()).prop("namespace", Schema.string())
            .prop("resource", Schema.string())))
        .prop("versions", Schema.array(Schema.object().required("name", "version").prop("name", Schema.string())
            .prop("version", Schema.string())))
        .prop("extension", Schema.opaque().nullable());
    return RegistrySchemas.root(Schema.object(), status).required("spec");
  }
}
