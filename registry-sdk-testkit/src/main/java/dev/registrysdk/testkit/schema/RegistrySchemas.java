package dev.registrysdk.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Schemas of {@code imageregistry.operator.openshift.io/v1}: Config and ImagePruner, written from the
 * documented fields, patterns, ranges, defaults and rules of the CRDs.
 */
final class RegistrySchemas {

  static final String CONDITION_TYPE = "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?"
      + "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$";
  private static final String LOG_LEVELS = "Normal";
  private static final String DNS_SUBDOMAIN_OR_EMPTY = "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?"
      + "(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";

  private RegistrySchemas() {
  }

  static Schema config() {
    Schema spec = Schema.object().required("replicas")
        .prop("managementState", Schema.string().pattern("^(Managed|Unmanaged|Force|Removed)$"))
        .prop("logLevel", logLevel())
        .prop("operatorLogLevel", logLevel())
        .prop("unsupportedConfigOverrides", Schema.opaque().nullable())
        .prop("observedConfig", Schema.opaque().nullable())
        .prop("httpSecret", Schema.string())
        .prop("proxy", Schema.object().prop("http", Schema.string()).prop("https", Schema.string())
            .prop("noProxy", Schema.string()))
        .prop("storage", storage(true))
        .prop("readOnly", Schema.bool())
        .prop("disableRedirect", Schema.bool())
        .prop("requests", Schema.object().prop("read", requestLimits()).prop("write", requestLimits()))
        .prop("defaultRoute", Schema.bool())
        .prop("routes", Schema.array(Schema.object().required("name").prop("name", Schema.string())
            .prop("hostname", Schema.string()).prop("secretName", Schema.string())).atomic())
        .prop("replicas", Schema.integer())
        .prop("logging", Schema.integer())
        .prop("resources", Schema.opaque())
        .prop("nodeSelector", Schema.stringMap())
        .prop("tolerations", Schema.opaqueArray().atomic())
        .prop("rolloutStrategy", Schema.string().pattern("^(RollingUpdate|Recreate)$"))
        .prop("affinity", Schema.opaque())
        .prop("topologySpreadConstraints", Schema.opaqueArray().atomic());
    Schema status = Schema.object().required("storage", "storageManaged")
        .prop("observedGeneration", Schema.integer())
        .prop("conditions", conditions().map("type"))
        .prop("version", Schema.string())
        .prop("readyReplicas", Schema.integer())
        .prop("latestAvailableRevision", Schema.integer().transitionRule(
            (self, old) -> self.asLong() >= old.asLong(), "must only increase"))
        .prop("generations", Schema.array(Schema.object().required("group", "resource", "namespace", "name")
            .prop("group", Schema.string()).prop("resource", Schema.string()).prop("namespace", Schema.string())
            .prop("name", Schema.string()).prop("lastGeneration", Schema.integer()).prop("hash", Schema.string()))
            .map("group", "resource", "namespace", "name"))
        .prop("storageManaged", Schema.bool())
        .prop("storage", storage(false));
    return root(spec, status).required("metadata", "spec");
  }

  static Schema imagePruner() {
    Schema spec = Schema.object()
        .prop("schedule", Schema.string())
        .prop("suspend", Schema.bool())
        .prop("keepTagRevisions", Schema.integer())
        .prop("keepYoungerThan", Schema.integer())
        .prop("keepYoungerThanDuration", Schema.string().format("duration"))
        .prop("resources", Schema.opaque())
        .prop("affinity", Schema.opaque())
        .prop("nodeSelector", Schema.stringMap())
        .prop("tolerations", Schema.opaqueArray())
        .prop("successfulJobsHistoryLimit", Schema.integer())
        .prop("failedJobsHistoryLimit", Schema.integer())
        .prop("ignoreInvalidImageReferences", Schema.bool())
        .prop("logLevel", logLevel());
    Schema status = Schema.object().prop("observedGeneration", Schema.integer()).prop("conditions", conditions());
    return root(spec, status).required("metadata", "spec");
  }

  /** Root object: apiVersion, kind, metadata (kept as is), spec, status. */
  static Schema root(Schema spec, Schema status) {
    Schema root = Schema.object().prop("apiVersion", Schema.string()).prop("kind", Schema.string())
        .prop("metadata", Schema.opaque()).prop("spec", spec);
    if (status != null) {
      root.prop("status", status);
    }
    return root;
  }

  static Schema conditions() {
    return Schema.array(Schema.object().required("type", "status", "lastTransitionTime")
        .prop("type", Schema.string().maxLength(316).pattern(CONDITION_TYPE))
        .prop("status", Schema.string().enumOf("True", "False", "Unknown"))
        .prop("lastTransitionTime", Schema.string().format("date-time"))
        .prop("reason", Schema.string())
        .prop("message", Schema.string()));
  }

  private static Schema logLevel() {
    return Schema.string().enumOf("", "Normal", "Debug", "Trace", "TraceAll")
        .defaultValue(JsonNodeFactory.instance.textNode(LOG_LEVELS));
  }

  private static Schema requestLimits() {
    return Schema.object().prop("maxRunning", Schema.integer()).prop("maxInQueue", Schema.integer())
        .prop("maxWaitInQueue", Schema.string().format("duration"));
  }

  private static Schema storage(boolean spec) {
    ObjectNode networkAccessDefault = JsonNodeFactory.instance.objectNode().put("type", "External");
    Schema encryption = Schema.object()
        .prop("method", Schema.string().enumOf("KMS", "AES256").defaultValue(JsonNodeFactory.instance.textNode(
            "AES256")))
        .prop("kms", Schema.object().required("keyID").prop("keyID", Schema.string().minLength(1)));
    if (spec) {
      encryption.rule(RegistrySchemas::kmsMatchesMethod, "kms must be set if and only if method is KMS");
    }
    return Schema.object()
        .prop("managementState", Schema.string().pattern("^(Managed|Unmanaged)$"))
        .prop("emptyDir", Schema.object())
        .prop("s3", Schema.object()
            .prop("bucket", Schema.string())
            .prop("region", Schema.string())
            .prop("regionEndpoint", Schema.string())
            .prop("chunkSizeMiB", Schema.integer().min(5).max(5120))
            .prop("encrypt", Schema.bool())
            .prop("keyID", Schema.string())
            .prop("cloudFront", Schema.object().required("baseURL", "keypairID", "privateKey")
                .prop("baseURL", Schema.string())
                .prop("keypairID", Schema.string())
                .prop("duration", Schema.string().format("duration"))
                .prop("privateKey", Schema.object().required("key").prop("key", Schema.string())
                    .prop("name", Schema.string().defaultValue(JsonNodeFactory.instance.textNode("")))
                    .prop("optional", Schema.bool())))
            .prop("virtualHostedStyle", Schema.bool())
            .prop("trustedCA", Schema.object().prop("name", Schema.string().maxLength(253)
                .pattern(DNS_SUBDOMAIN_OR_EMPTY))))
        .prop("gcs", Schema.object().prop("bucket", Schema.string()).prop("region", Schema.string())
            .prop("projectID", Schema.string()).prop("keyID", Schema.string()))
        .prop("swift", Schema.object().prop("authURL", Schema.string()).prop("authVersion", Schema.string())
            .prop("container", Schema.string()).prop("domain", Schema.string()).prop("domainID", Schema.string())
            .prop("tenant", Schema.string()).prop("tenantID", Schema.string()).prop("regionName", Schema.string()))
        .prop("pvc", Schema.object().prop("claim", Schema.string()))
        .prop("azure", Schema.object()
            .prop("accountName", Schema.string())
            .prop("container", Schema.string().length(3, 63).pattern("^[0-9a-z]+(-[0-9a-z]+)*$"))
            .prop("cloudName", Schema.string())
            .prop("networkAccess", Schema.object().defaultValue(networkAccessDefault)
                .prop("type", Schema.string().enumOf("Internal", "External")
                    .defaultValue(JsonNodeFactory.instance.textNode("External")))
                .prop("internal", Schema.object()
                    .prop("networkResourceGroupName", Schema.string().length(1, 90)
                        .pattern("^[0-9A-Za-z_.-](?:[0-9A-Za-z_.-]*[0-9A-Za-z_-])?$"))
                    .prop("vnetName", Schema.string().length(2, 64)
                        .pattern("^[0-9A-Za-z][0-9A-Za-z_.-]*[0-9A-Za-z_]$"))
                    .prop("subnetName", Schema.string().length(1, 80)
                        .pattern("^[0-9A-Za-z](?:[0-9A-Za-z_.-]*[0-9A-Za-z_])?$"))
                    .prop("privateEndpointName", Schema.string().length(2, 64)
                        .pattern("^[0-9A-Za-z][0-9A-Za-z_.-]*[0-9A-Za-z_]$")))
                .rule(a -> "Internal".equals(a.path("type").asText(null)) || !a.has("internal"),
                    "internal is forbidden when type is not Internal")))
        .prop("ibmcos", Schema.object()
            .prop("bucket", Schema.string())
            .prop("location", Schema.string())
            .prop("resourceGroupName", Schema.string())
            .prop("resourceKeyCRN", Schema.string()
                .pattern("^crn:.+:.+:.+:cloud-object-storage:.+:.+:.+:resource-key:.+$"))
            .prop("serviceInstanceCRN", Schema.string()
                .pattern("^crn:.+:.+:.+:cloud-object-storage:.+:.+:.+::$")))
        .prop("oss", Schema.object()
            .prop("bucket", Schema.string().length(3, 63).pattern("^[0-9a-z]+(-[0-9a-z]+)*$"))
            .prop("region", Schema.string())
            .prop("endpointAccessibility", Schema.string().enumOf("Internal", "Public", "")
                .defaultValue(JsonNodeFactory.instance.textNode("Internal")))
            .prop("encryption", encryption));
  }

  private static boolean kmsMatchesMethod(JsonNode encryption) {
    boolean kms = "KMS".equals(encryption.path("method").asText(null));
    return kms == encryption.has("kms");
  }
}
