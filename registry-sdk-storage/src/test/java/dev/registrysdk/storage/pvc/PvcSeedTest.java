package dev.registrysdk.storage.pvc;

import static dev.registrysdk.storage.Fixtures.claim;
import static dev.registrysdk.storage.Fixtures.codes;
import static dev.registrysdk.storage.Fixtures.contribute;
import static dev.registrysdk.storage.Fixtures.facts;
import static dev.registrysdk.storage.Fixtures.json;
import static dev.registrysdk.storage.Fixtures.resource;
import static dev.registrysdk.storage.Fixtures.storageClass;
import static dev.registrysdk.storage.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.registrysdk.api.RolloutStrategy;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.api.spi.WritePolicy;
import dev.registrysdk.storage.Fixtures;
import dev.registrysdk.storage.MergePatch;
import dev.registrysdk.storage.StorageFindingCodes;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The seeds' PVC procedures, one SDK call each: the SDK's objects and stanza leave the same state
 * as the seed's {@code oc} commands on the same starting cluster (a bare-metal or vSphere cluster
 * as bootstrapped: {@code Removed}, {@code spec.storage: {}}).
 */
class PvcSeedTest {

  /** {@code spec.storage} of a bare-metal or vSphere cluster as the operator bootstraps it. */
  private static final JsonNode BOOTSTRAP_STORAGE = json("{}");

  private static JsonNode afterSeed(String seedPatchStorageYamlOrJson) {
    return MergePatch.apply(BOOTSTRAP_STORAGE, Fixtures.yaml(seedPatchStorageYamlOrJson));
  }

  private static JsonNode afterSdk(StorageContribution c) {
    return MergePatch.apply(BOOTSTRAP_STORAGE, MergePatch.enginePatch(BOOTSTRAP_STORAGE, tree(c.storage())));
  }

  @Test
  @DisplayName("seed 000 §3.7.3.1 / 001 §3.4.4: 'storage: pvc: claim:' left empty is Pvc.operatorDefault()")
  void vsphereAndBareMetalClaimLeftEmpty() {
    // The seed's prerequisite: persistent storage such as ODF behind the default class.
    ClusterFacts cluster = facts("VSphere", storageClass("thin", "kubernetes.io/vsphere-volume", false),
        storageClass("ocs-storagecluster-cephfs", "openshift-storage.cephfs.csi.ceph.com", true));
    StorageContribution c = contribute(Pvc.operatorDefault(), cluster);
    // oc edit configs.imageregistry.operator.openshift.io -> storage: {pvc: {claim: }}
    assertThat(afterSdk(c)).isEqualTo(afterSeed("pvc:\n  claim:\n"));
    assertThat(c.objects()).isEmpty();
    assertThat(c.findings()).noneMatch(f -> f.isError());
  }

  @Test
  @DisplayName("seed 000 §3.7.3.3 / 001 §3.4.6: block storage is Pvc.block(): the seed's RWO claim, 1 replica, Recreate")
  void blockStorage() {
    ClusterFacts cluster = facts("VSphere", storageClass("thin", "kubernetes.io/vsphere-volume", true));
    StorageContribution c = contribute(Pvc.block(), cluster);

    // step 2: oc create -f pvc.yaml -n openshift-image-registry
    assertThat(c.objects()).hasSize(1);
    assertThat(c.objects().get(0).policy()).isEqualTo(WritePolicy.CREATE_IF_ABSENT);
    assertThat(tree(c.objects().get(0).object())).isEqualTo(resource("/seeds/000-3.7.3.3-block-pvc.yaml"));
    // step 1: oc patch ... '{"spec":{"rolloutStrategy":"Recreate","replicas":1}}'
    assertThat(c.suggestedReplicas()).contains(1);
    assertThat(c.suggestedRolloutStrategy()).contains(RolloutStrategy.RECREATE);
    assertThat(c.constraints().maxReplicas()).contains(1);
    assertThat(c.constraints().requiredRolloutStrategy()).contains(RolloutStrategy.RECREATE);
    // the seed's "important" note
    assertThat(Fixtures.finding(c, StorageFindingCodes.PVC_BLOCK_NOT_HIGHLY_AVAILABLE).message())
        .contains("not highly available");
    // step 3 names the claim rather than leaving it empty: see the next test
    assertThat(tree(c.storage())).isEqualTo(json("{\"pvc\":{\"claim\":\"image-registry-storage\"}}"));
  }

  @Test
  @DisplayName("seed 000 §3.7.3.3 step 3 leaves the claim empty; with the seed's own claim the operator refuses that")
  void blockStorageWithEmptyClaimIsRefused() {
    ClusterFacts afterStep2 = facts("VSphere", claim("image-registry-storage", "ReadWriteOnce"));
    StorageContribution c = contribute(Pvc.operatorDefault(), afterStep2);
    assertThat(codes(c)).contains(StorageFindingCodes.PVC_DEFAULT_CLAIM_NOT_OWNED);
  }

  @Test
  @DisplayName("seed 000 §3.7.4: ODF CephFS is Pvc.cephFs(): the seed's RWX claim and its one patch")
  void cephFs() {
    ClusterFacts cluster = facts("BareMetal", storageClass("ocs-storagecluster-cephfs",
        "openshift-storage.cephfs.csi.ceph.com", false));
    StorageContribution c = contribute(Pvc.cephFs(), cluster);

    // step 1: the claim
    assertThat(c.objects()).hasSize(1);
    assertThat(tree(c.objects().get(0).object())).isEqualTo(resource("/seeds/000-3.7.4-cephfs-pvc.yaml"));
    // step 2: oc patch config.image/cluster -p '{"spec":{"managementState":"Managed","replicas":2,
    //   "storage":{"managementState":"Unmanaged","pvc":{"claim":"registry-storage-pvc"}}}}' --type=merge
    assertThat(afterSdk(c))
        .isEqualTo(afterSeed("{\"managementState\":\"Unmanaged\",\"pvc\":{\"claim\":\"registry-storage-pvc\"}}"));
    assertThat(c.suggestedReplicas()).contains(2);
    assertThat(c.constraints().maxReplicas()).isEmpty();
    assertThat(codes(c)).contains(StorageFindingCodes.PVC_CEPHFS_OBJECT_STORAGE_PREFERRED);
    assertThat(c.findings()).noneMatch(f -> f.isError());
  }

  @Test
  @DisplayName("seed 004 (NetApp Trident): make ocp-trident the default class, then leave the claim empty")
  void tridentDefaultClass() {
    StorageClass thin = storageClass("thin", "kubernetes.io/vsphere-volume", true);
    StorageClass trident = storageClass("ocp-trident", "csi.trident.netapp.io", false);
    StorageContribution c =
        contribute(Pvc.operatorDefault().defaultStorageClass("ocp-trident"), facts("VSphere", thin, trident));

    // oc patch storageclass thin -p '{"metadata": {"annotations": {"storageclass.kubernetes.io/is-default-class": "false"}}}'
    // oc patch storageclass ocp-trident -p '{"metadata": {"annotations": {"storageclass.kubernetes.io/is-default-class": "true"}}}'
    JsonNode thinPatch = json("{\"metadata\": {\"annotations\": {\"storageclass.kubernetes.io/is-default-class\": \"false\"}}}");
    JsonNode tridentPatch = json("{\"metadata\": {\"annotations\": {\"storageclass.kubernetes.io/is-default-class\": \"true\"}}}");
    assertThat(c.objects()).hasSize(2);
    assertThat(MergePatch.apply(tree(thin), tree(c.objects().get(0).object())))
        .isEqualTo(MergePatch.apply(tree(thin), thinPatch));
    assertThat(MergePatch.apply(tree(trident), tree(c.objects().get(1).object())))
        .isEqualTo(MergePatch.apply(tree(trident), tridentPatch));
    // oc edit configs.imageregistry.operator.openshift.io -> storage: {pvc: {claim: }}
    assertThat(afterSdk(c)).isEqualTo(afterSeed("pvc:\n  claim:\n"));
    assertThat(c.findings()).noneMatch(f -> f.isError());
  }
}
