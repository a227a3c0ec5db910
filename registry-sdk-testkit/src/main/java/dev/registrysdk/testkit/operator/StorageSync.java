package dev.registrysdk.testkit.operator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.server.Json;
import dev.registrysdk.testkit.server.ObjectApi;
import dev.registrysdk.testkit.server.WriteOptions;
import dev.registrysdk.testkit.bootstrap.Trees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The storage half of the operator's sync: picks the one configured driver, checks its credentials and
 * prerequisites with the operator's messages, writes generated values back into {@code spec.storage},
 * creates the default claim and sets {@code StorageExists}.
 */
final class StorageSync {

  static final String USER_SECRET = "image-registry-private-configuration-user";
  static final String INSTALLER_SECRET = "installer-cloud-credentials";
  static final String DEFAULT_CLAIM = "image-registry-storage";
  static final String OWNED_ANNOTATION = "imageregistry.openshift.io";

  private static final Map<String, String> DISPLAY_NAMES = new LinkedHashMap<>();

  static {
    DISPLAY_NAMES.put("emptyDir", "EmptyDir");
    DISPLAY_NAMES.put("s3", "S3");
    DISPLAY_NAMES.put("swift", "Swift");
    DISPLAY_NAMES.put("gcs", "GCS");
    DISPLAY_NAMES.put("pvc", "PVC");
    DISPLAY_NAMES.put("azure", "Azure");
    DISPLAY_NAMES.put("ibmcos", "IBMCOS");
  }

  private final ClusterReader cluster;
  private final ObjectApi api;
  private final CloudBuckets buckets;
  private final ObjectNode platformStorage;

  StorageSync(ClusterReader cluster, CloudBuckets buckets, ObjectNode platformStorage) {
    this.cluster = cluster;
    this.api = cluster.api();
    this.buckets = buckets;
    this.platformStorage = platformStorage;
  }

  /** Returns the names of the configured drivers, in the operator's order. */
  static List<String> configuredDrivers(JsonNode storage) {
    List<String> names = new ArrayList<>();
    for (String driver : DISPLAY_NAMES.keySet()) {
      if (storage != null && storage.hasNonNull(driver)) {
        names.add(driver);
      }
    }
    return names;
  }

  /**
   * Syncs storage for a Managed registry. May rewrite {@code spec.storage} in place.
   */
  StorageResult sync(ObjectNode spec, Conditions conditions) {
    ObjectNode storage = Json.objectAt(spec, "storage");
    List<String> drivers = configuredDrivers(storage);
    if (drivers.isEmpty()) {
      String managementState = storage.path("managementState").asText(null);
      storage.removeAll();
      storage.setAll(platformStorage.deepCopy());
      if (managementState != null) {
        storage.put("managementState", managementState);
      }
      drivers = configuredDrivers(storage);
      if (drivers.isEmpty()) {
        conditions.set("StorageExists", "False", "StorageNotConfigured", "storage backend not configured");
        return StorageResult.permanent("StorageNotConfigured", "storage backend not configured");
      }
    }
    if (drivers.size() > 1) {
      List<String> display = drivers.stream().map(DISPLAY_NAMES::get).toList();
      return StorageResult.failed("exactly one storage type should be configured at the same time, got "
          + drivers.size() + ": [" + String.join(" ", display) + "]");
    }
    String driver = drivers.get(0);
    ObjectNode config = storage.get(driver) instanceof ObjectNode o ? o : storage.putObject(driver);
    return switch (driver) {
      case "emptyDir" -> emptyDir(storage, conditions);
      case "pvc" -> pvc(spec, storage, config, conditions);
      case "s3" -> s3(storage, config, conditions);
      case "gcs" -> gcs(storage, config, conditions);
      case "azure" -> azure(storage, config, conditions);
      case "swift" -> swift(storage, config, conditions);
      default -> ibmcos(storage, config, conditions);
    };
  }

  private StorageResult emptyDir(ObjectNode storage, Conditions conditions) {
    defaultState(storage, "Managed");
    conditions.set("StorageExists", "True", "Creation Successful", "EmptyDir storage successfully created");
    return StorageResult.OK;
  }

  private StorageResult pvc(ObjectNode spec, ObjectNode storage, ObjectNode config, Conditions conditions) {
    String claim = config.path("claim").asText("");
    ObjectNode pvc;
    if (claim.isEmpty()) {
      pvc = cluster.get("", "persistentvolumeclaims", ClusterReader.NAMESPACE, DEFAULT_CLAIM);
      if (pvc != null && !"true".equals(annotation(pvc, OWNED_ANNOTATION))) {
        conditions.set("StorageExists", "False", "PVC Already Exists",
            "could not create default PVC, it already exists and is not owned by the operator");
        return StorageResult.failed("could not create default PVC, it already exists and is not owned by the"
            + " operator");
      }
      if (pvc == null) {
        pvc = createClaim(DEFAULT_CLAIM, "ReadWriteMany", null);
        conditions.set("StorageExists", "True", "PVC Created", "PVC " + DEFAULT_CLAIM + " created");
      }
      config.put("claim", DEFAULT_CLAIM);
      claim = DEFAULT_CLAIM;
      defaultState(storage, "Managed");
    } else {
      pvc = cluster.get("", "persistentvolumeclaims", ClusterReader.NAMESPACE, claim);
      defaultState(storage, "Unmanaged");
      if (pvc == null) {
        String error = "persistentvolumeclaims \"" + claim + "\" not found";
        conditions.set("StorageExists", "False", "PVC does not exist", error);
        return StorageResult.failed(error);
      }
    }
    List<String> modes = new ArrayList<>();
    JsonNode accessModes = Json.at(pvc, "spec.accessModes");
    if (accessModes != null) {
      accessModes.forEach(m -> modes.add(m.asText()));
    }
    String error = null;
    if (!modes.contains("ReadWriteMany")) {
      if (modes.contains("ReadWriteOnce")) {
        String strategy = spec.path("rolloutStrategy").asText("");
        if (spec.path("replicas").asInt(1) > 1) {
          error = "cannot use ReadWriteOnce access mode with more than one replica of the image registry";
        } else if (!strategy.equals("Recreate")) {
          error = "cannot use ReadWriteOnce access mode with " + strategy + " rollout strategy";
        }
      } else {
        error = "PVC " + claim + " does not contain the necessary access modes: ReadWriteMany or ReadWriteOnce";
      }
    }
    if (error != null) {
      conditions.set("StorageExists", "False", "PVC Issues Found", error);
      return StorageResult.failed(error);
    }
    if (!"PVC Created".equals(reason(conditions))) {
      conditions.set("StorageExists", "True", "PVC Exists", "PVC " + claim + " exists");
    }
    return StorageResult.OK;
  }

  private static String reason(Conditions conditions) {
    ObjectNode c = conditions.find("StorageExists");
    return c == null ? "" : c.path("reason").asText("");
  }

  private static String annotation(ObjectNode object, String key) {
    JsonNode annotations = Json.at(object, "metadata.annotations");
    return annotations == null ? "" : annotations.path(key).asText("");
  }

  /** Creates a claim owned by the operator. */
  ObjectNode createClaim(String name, String accessMode, String storageClass) {
    ObjectNode claim = Trees.putAll(Trees.object("v1", "PersistentVolumeClaim", ClusterReader.NAMESPACE, name),
        "annotations", Map.of(OWNED_ANNOTATION, "true"));
    ObjectNode spec = claim.putObject("spec");
    spec.putArray("accessModes").add(accessMode);
    spec.putObject("resources").putObject("requests").put("storage", "100Gi");
    if (storageClass != null) {
      spec.put("storageClassName", storageClass);
    }
    return api.create(cluster.type("", "persistentvolumeclaims"), ClusterReader.NAMESPACE, claim,
        WriteOptions.controller(RegistryOperator.MANAGER));
  }

  private StorageResult s3(ObjectNode storage, ObjectNode config, Conditions conditions) {
    String error = requireKeys("REGISTRY_STORAGE_S3_ACCESSKEY", "REGISTRY_STORAGE_S3_SECRETKEY");
    if (error == null) {
      error = trustedCa(config);
    }
    if (error != null) {
      conditions.set("StorageExists", "Unknown", "Could not connect to registry storage", error);
      return StorageResult.failed(error);
    }
    String region = config.path("region").asText("");
    String location = !region.isEmpty() ? region
        : Json.text(cluster.infrastructure(), "status.platformStatus.aws.region").orElse("us-east-1");
    return bucket(storage, config, "bucket", location, conditions, "S3 Bucket");
  }

  private StorageResult gcs(ObjectNode storage, ObjectNode config, Conditions conditions) {
    String error = requireKeys("REGISTRY_STORAGE_GCS_KEYFILE");
    if (error != null) {
      conditions.set("StorageExists", "Unknown", "Could not connect to registry storage", error);
      return StorageResult.failed(error);
    }
    if (config.path("projectID").asText("").isEmpty()) {
      Json.text(cluster.infrastructure(), "status.platformStatus.gcp.projectID")
          .ifPresent(p -> config.put("projectID", p));
    }
    if (config.path("region").asText("").isEmpty()) {
      Json.text(cluster.infrastructure(), "status.platformStatus.gcp.region").ifPresent(r -> config.put("region", r));
    }
    return bucket(storage, config, "bucket", config.path("region").asText("us"), conditions, "GCS Bucket");
  }

  private StorageResult ibmcos(ObjectNode storage, ObjectNode config, Conditions conditions) {
    String error = requireKeys("REGISTRY_STORAGE_IBMCOS_IAMAPIKEY");
    if (error != null) {
      conditions.set("StorageExists", "Unknown", "Could not connect to registry storage", error);
      return StorageResult.failed(error);
    }
    if (config.path("location").asText("").isEmpty()) {
      Json.text(cluster.infrastructure(), "status.platformStatus.ibmcloud.location")
          .ifPresent(l -> config.put("location", l));
    }
    if (config.path("resourceGroupName").asText("").isEmpty()) {
      Json.text(cluster.infrastructure(), "status.platformStatus.ibmcloud.resourceGroupName")
          .ifPresent(g -> config.put("resourceGroupName", g));
    }
    return bucket(storage, config, "bucket", config.path("location").asText("us-east"), conditions,
        "IBM COS Bucket");
  }

  private StorageResult swift(ObjectNode storage, ObjectNode config, Conditions conditions) {
    Map<String, String> user = cluster.secret(ClusterReader.NAMESPACE, USER_SECRET);
    if (user != null) {
      boolean password = user.containsKey("REGISTRY_STORAGE_SWIFT_USERNAME")
          && user.containsKey("REGISTRY_STORAGE_SWIFT_PASSWORD");
      boolean application = user.containsKey("REGISTRY_STORAGE_SWIFT_APPLICATIONCREDENTIALID")
          && user.containsKey("REGISTRY_STORAGE_SWIFT_APPLICATIONCREDENTIALNAME")
          && user.containsKey("REGISTRY_STORAGE_SWIFT_APPLICATIONCREDENTIALSECRET");
      if (!password && !application && !user.containsKey("REGISTRY_STORAGE_SWIFT_TOKENID")) {
        String error = "secret \"" + ClusterReader.NAMESPACE + "/" + USER_SECRET + "\" does not contain required"
            + " keys 'REGISTRY_STORAGE_SWIFT_USERNAME' and 'REGISTRY_STORAGE_SWIFT_PASSWORD'; or"
            + " 'REGISTRY_STORAGE_SWIFT_APPLICATIONCREDENTIALID', 'REGISTRY_STORAGE_SWIFT_APPLICATIONCREDENTIALNAME'"
            + " and 'REGISTRY_STORAGE_SWIFT_APPLICATIONCREDENTIALSECRET'; or 'REGISTRY_STORAGE_SWIFT_TOKENID'";
        conditions.set("StorageExists", "Unknown", "Could not connect to registry storage", error);
        return StorageResult.failed(error);
      }
    } else {
      String error = installerCredentials();
      if (error != null) {
        conditions.set("StorageExists", "Unknown", "Could not connect to registry storage", error);
        return StorageResult.failed(error);
      }
    }
    return bucket(storage, config, "container", "", conditions, "Swift Container");
  }

  private StorageResult azure(ObjectNode storage, ObjectNode config, Conditions conditions) {
    Map<String, String> user = cluster.secret(ClusterReader.NAMESPACE, USER_SECRET);
    if (user != null && user.containsKey("REGISTRY_STORAGE_AZURE_ACCOUNTKEY")) {
      if (user.get("REGISTRY_STORAGE_AZURE_ACCOUNTKEY").isEmpty()) {
        String error = "the secret " + ClusterReader.NAMESPACE + "/" + USER_SECRET + " has an empty value for"
            + " REGISTRY_STORAGE_AZURE_ACCOUNTKEY; the secret should be removed so that the operator can use"
            + " cluster-wide secrets or it should contain a valid storage account access key";
        conditions.set("StorageExists", "False", "ConfigError", error);
        return StorageResult.failed(error);
      }
      if (config.path("accountName").asText("").isEmpty()) {
        conditions.set("StorageExists", "False", "StorageNotConfigured",
            "Storage account key is provided, but account name is not specified");
        return StorageResult.failed("Storage account key is provided, but account name is not specified");
      }
      if (config.path("container").asText("").isEmpty()) {
        conditions.set("StorageExists", "False", "StorageNotConfigured",
            "Storage account is provided, but container is not specified");
        return StorageResult.failed("Storage account is provided, but container is not specified");
      }
      defaultState(storage, "Unmanaged");
      conditions.set("StorageExists", "True", "UserManaged", "Azure storage is managed by the user");
      return StorageResult.OK;
    }
    String error = installerCredentials();
    if (error != null) {
      conditions.set("StorageExists", "Unknown", "Could not connect to registry storage", error);
      return StorageResult.failed(error);
    }
    if (config.path("cloudName").asText("").isEmpty()) {
      config.put("cloudName", Json.text(cluster.infrastructure(), "status.platformStatus.azure.cloudName")
          .orElse("AzurePublicCloud"));
    }
    boolean created = false;
    if (config.path("accountName").asText("").isEmpty()) {
      String base = ("imageregistry" + cluster.infrastructureName()).toLowerCase(Locale.ROOT)
          .replaceAll("[^a-z0-9]", "");
      config.put("accountName", (base.length() > 19 ? base.substring(0, 19) : base) + api.randomSuffix(5));
      created = true;
    }
    if (config.path("container").asText("").isEmpty()) {
      config.put("container", (cluster.infrastructureName() + "-image-registry-" + api.randomHex(8))
          .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", ""));
      created = true;
    }
    String container = config.get("accountName").asText() + "/" + config.get("container").asText();
    if (created || buckets.createdByOperator(container)) {
      buckets.create(container, true);
      defaultState(storage, "Managed");
      conditions.set("StorageExists", "True", "ContainerExists", "Azure container exists");
    } else {
      buckets.create(container, false);
      defaultState(storage, "Unmanaged");
      conditions.set("StorageExists", "True", "ContainerExists", "Azure container exists");
    }
    return StorageResult.OK;
  }

  private StorageResult bucket(ObjectNode storage, ObjectNode config, String field, String location,
      Conditions conditions, String noun) {
    String name = config.path(field).asText("");
    if (name.isEmpty()) {
      String generated = (cluster.infrastructureName() + "-image-registry-" + (location.isEmpty() ? "" : location + "-")
          + api.randomHex(16)).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
      name = generated.length() > 63 ? generated.substring(0, 63) : generated;
      config.put(field, name);
      buckets.create(name, true);
      defaultState(storage, "Managed");
      conditions.set("StorageExists", "True", "Creation Successful", noun + " " + name + " created");
    } else {
      boolean ours = buckets.createdByOperator(name);
      buckets.create(name, ours);
      defaultState(storage, ours ? "Managed" : "Unmanaged");
      String reason = noun.startsWith("S3") ? "S3 Bucket Exists" : "Storage Exists";
      if (!"Creation Successful".equals(reason(conditions)) || !ours) {
        conditions.set("StorageExists", "True", reason, noun + " " + name + " exists");
      }
    }
    if (noun.startsWith("S3") && "Managed".equals(storage.path("managementState").asText())) {
      config.put("encrypt", true);
      conditions.set("StorageEncrypted", "True", "Encryption Successful",
          "Default AES256 encryption was successfully enabled on the S3 bucket");
      conditions.set("StoragePublicAccessBlocked", "True", "Public Access Block Successful",
          "Public access to the S3 bucket and its contents have been successfully blocked.");
      conditions.set("StorageTagged", "True", "Tagging Successful", "UserTags were successfully applied to the S3"
          + " bucket");
      conditions.set("StorageIncompleteUploadCleanupEnabled", "True", "Enable Cleanup Successful",
          "Default cleanup of incomplete multipart uploads after one (1) day was successfully enabled");
    }
    return StorageResult.OK;
  }

  private String requireKeys(String... keys) {
    Map<String, String> user = cluster.secret(ClusterReader.NAMESPACE, USER_SECRET);
    if (user == null) {
      return installerCredentials();
    }
    for (String key : keys) {
      if (!user.containsKey(key)) {
        return "secret \"" + ClusterReader.NAMESPACE + "/" + USER_SECRET + "\" does not contain required key \""
            + key + "\"";
      }
    }
    return null;
  }

  private String installerCredentials() {
    if (cluster.secret(ClusterReader.NAMESPACE, INSTALLER_SECRET) == null) {
      return "unable to get cluster minted credentials \"" + ClusterReader.NAMESPACE + "/" + INSTALLER_SECRET
          + "\": secret \"" + INSTALLER_SECRET + "\" not found";
    }
    return null;
  }

  private String trustedCa(ObjectNode config) {
    String name = Json.text(config, "trustedCA.name").orElse("");
    if (name.isEmpty()) {
      return null;
    }
    Map<String, String> map = cluster.configMap("openshift-config", name);
    if (map == null) {
      return "failed to get trusted CA \"" + name + "\": configmap \"" + name + "\" not found";
    }
    if (!map.containsKey("ca-bundle.crt")) {
      return "trusted CA config map \"" + name + "\" does not contain required key \"ca-bundle.crt\"";
    }
    return null;
  }

  private static void defaultState(ObjectNode storage, String state) {
    if (storage.path("managementState").asText("").isEmpty()) {
      storage.put("managementState", state);
    }
  }

  /** Removes the storage the operator manages, as RemoveStorage does. */
  void remove(JsonNode appliedStorage, JsonNode specStorage) {
    if (!"Managed".equals(specStorage == null ? "" : specStorage.path("managementState").asText(""))) {
      return;
    }
    if (appliedStorage == null) {
      return;
    }
    JsonNode pvc = appliedStorage.get("pvc");
    if (pvc != null && pvc.isObject()) {
      String claim = pvc.path("claim").asText(DEFAULT_CLAIM);
      if (cluster.get("", "persistentvolumeclaims", ClusterReader.NAMESPACE, claim) != null) {
        api.delete(cluster.type("", "persistentvolumeclaims"), ClusterReader.NAMESPACE, claim, null,
            WriteOptions.controller(RegistryOperator.MANAGER));
      }
    }
    for (String driver : List.of("s3", "gcs", "ibmcos")) {
      String bucket = Json.text(appliedStorage, driver + ".bucket").orElse("");
      if (!bucket.isEmpty()) {
        buckets.delete(bucket);
      }
    }
    Json.text(appliedStorage, "swift.container").ifPresent(buckets::delete);
    if (appliedStorage.has("azure")) {
      buckets.delete(Json.text(appliedStorage, "azure.accountName").orElse("") + "/"
          + Json.text(appliedStorage, "azure.container").orElse(""));
    }
  }
}
