package dev.registrysdk.testkit.odf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.bootstrap.Seeder;
import dev.registrysdk.testkit.controller.Controller;
import dev.registrysdk.testkit.server.Json;
import dev.registrysdk.testkit.server.ObjectApi;
import dev.registrysdk.testkit.server.ResourceType;
import dev.registrysdk.testkit.server.TestkitInternal;
import dev.registrysdk.testkit.server.WriteOptions;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stands in for ODF's bucket provisioners (NooBaa and Ceph RGW): an ObjectBucketClaim on class {@code
 * openshift-storage.noobaa.io} or {@code ocs-storagecluster-ceph-rgw} gets a bucket name ({@code
 * spec.bucketName}, or {@code generateBucketName} plus a random suffix), a Secret with {@code
 * AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY} and a ConfigMap with {@code BUCKET_HOST}, {@code
 * BUCKET_NAME}, {@code BUCKET_PORT}, {@code BUCKET_REGION} and {@code BUCKET_SUBREGION}, both named like
 * the claim and owned by it, and phase {@code Bound}. Claims on other classes, or when ODF is not
 * installed, stay {@code Pending}.
 */
@TestkitInternal
public final class ObcProvisioner implements Controller {

  /** The NooBaa object bucket class. */
  public static final String NOOBAA_CLASS = "openshift-storage.noobaa.io";
  /** The Ceph RGW object bucket class. */
  public static final String RGW_CLASS = "ocs-storagecluster-ceph-rgw";

  private final ObjectApi api;
  private final boolean odfInstalled;
  private final ObcBehavior initialBehavior;
  private volatile ObcBehavior behavior;

  /** Creates the provisioner. */
  public ObcProvisioner(ObjectApi api, boolean odfInstalled, ObcBehavior behavior) {
    this.api = api;
    this.odfInstalled = odfInstalled;
    this.initialBehavior = behavior;
    this.behavior = behavior;
  }

  /** Goes back to the behaviour the cluster was built with. */
  public void reset() {
    this.behavior = initialBehavior;
  }

  /** Changes what happens to claims from now on. */
  public void behavior(ObcBehavior newBehavior) {
    this.behavior = newBehavior;
  }

  @Override
  public String name() {
    return "obc-provisioner";
  }

  @Override
  public void reconcile() {
    ResourceType claims = api.catalog().require("objectbucket.io", "objectbucketclaims");
    for (ObjectNode claim : api.store().view(claims, null)) {
      String phase = Json.text(claim, "status.phase").orElse("");
      if (phase.equals("Bound") || phase.equals("Lost")) {
        continue;
      }
      String storageClass = Json.text(claim, "spec.storageClassName").orElse("");
      boolean ours = odfInstalled && (storageClass.equals(NOOBAA_CLASS) || storageClass.equals(RGW_CLASS));
      ObcBehavior now = ours ? behavior : ObcBehavior.PENDING;
      switch (now) {
        case BIND -> bind(claims, claim, storageClass);
        case LOST -> phase(claims, claim, "Lost");
        default -> phase(claims, claim, "Pending");
      }
    }
  }

  private void bind(ResourceType claims, ObjectNode claim, String storageClass) {
    String namespace = Json.text(claim, "metadata.namespace").orElseThrow();
    String name = Json.text(claim, "metadata.name").orElseThrow();
    ObjectNode updated = claim.deepCopy();
    ObjectNode spec = Json.objectAt(updated, "spec");
    String bucket = spec.path("bucketName").asText("");
    if (bucket.isEmpty()) {
      String prefix = spec.path("generateBucketName").asText(name);
      bucket = prefix + "-" + api.newUid();
      spec.put("bucketName", bucket);
    }
    spec.put("objectBucketName", "obc-" + namespace + "-" + name);
    Json.objectAt(spec, "additionalConfig");
    if (spec.get("additionalConfig").isEmpty()) {
      spec.remove("additionalConfig");
    }
    OwnerReference owner = new OwnerReferenceBuilder().withApiVersion("objectbucket.io/v1alpha1")
        .withKind("ObjectBucketClaim").withName(name).withUid(Json.text(claim, "metadata.uid").orElse(""))
        .withController(true).withBlockOwnerDeletion(true).build();
    Seeder seeder = new Seeder(api, "obc-provisioner");
    ResourceType secrets = api.catalog().require("", "secrets");
    if (api.find(secrets, namespace, name) == null) {
      Map<String, String> keys = new LinkedHashMap<>();
      keys.put("AWS_ACCESS_KEY_ID", api.randomSuffix(20).toUpperCase(java.util.Locale.ROOT));
      keys.put("AWS_SECRET_ACCESS_KEY", api.randomHex(20));
      seeder.create(new SecretBuilder().withNewMetadata().withName(name).withNamespace(namespace)
          .withOwnerReferences(owner).addToLabels("bucket-provisioner", provisioner(storageClass)).endMetadata()
          .withType("Opaque").withData(Seeder.base64(keys)).build());
    }
    ResourceType configMaps = api.catalog().require("", "configmaps");
    if (api.find(configMaps, namespace, name) == null) {
      boolean noobaa = storageClass.equals(NOOBAA_CLASS);
      seeder.create(new ConfigMapBuilder().withNewMetadata().withName(name).withNamespace(namespace)
          .withOwnerReferences(owner).addToLabels("bucket-provisioner", provisioner(storageClass)).endMetadata()
          .addToData("BUCKET_HOST", noobaa ? "s3.openshift-storage.svc"
              : "rook-ceph-rgw-ocs-storagecluster-cephobjectstore.openshift-storage.svc")
          .addToData("BUCKET_NAME", bucket).addToData("BUCKET_PORT", noobaa ? "443" : "443")
          .addToData("BUCKET_REGION", "").addToData("BUCKET_SUBREGION", "").build());
    }
    if (!updated.equals(claim)) {
      updated = api.update(claims, namespace, name, null, updated, WriteOptions.controller("obc-provisioner"));
    }
    phase(claims, updated, "Bound");
  }

  private static String provisioner(String storageClass) {
    return storageClass.equals(NOOBAA_CLASS) ? "openshift-storage.noobaa.io-obc"
        : "openshift-storage.ceph.rook.io-bucket";
  }

  private void phase(ResourceType claims, ObjectNode claim, String phase) {
    JsonNode status = claim.get("status");
    if (status != null && phase.equals(status.path("phase").asText())) {
      return;
    }
    ObjectNode updated = claim.deepCopy();
    updated.putObject("status").put("phase", phase);
    api.update(claims, Json.text(claim, "metadata.namespace").orElseThrow(),
        Json.text(claim, "metadata.name").orElseThrow(), "status", updated, WriteOptions.controller("obc-provisioner"));
  }
}
