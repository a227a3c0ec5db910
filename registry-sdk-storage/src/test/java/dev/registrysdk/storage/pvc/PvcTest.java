package dev.registrysdk.storage.pvc;

import static dev.registrysdk.storage.Fixtures.claim;
import static dev.registrysdk.storage.Fixtures.codes;
import static dev.registrysdk.storage.Fixtures.config;
import static dev.registrysdk.storage.Fixtures.contribute;
import static dev.registrysdk.storage.Fixtures.facts;
import static dev.registrysdk.storage.Fixtures.finding;
import static dev.registrysdk.storage.Fixtures.json;
import static dev.registrysdk.storage.Fixtures.storageClass;
import static dev.registrysdk.storage.Fixtures.tree;
import static dev.registrysdk.storage.StorageFindingCodes.PVC_ACCESS_MODES_UNSUPPORTED;
import static dev.registrysdk.storage.StorageFindingCodes.PVC_CLAIM_LOST;
import static dev.registrysdk.storage.StorageFindingCodes.PVC_CLAIM_NOT_FOUND;
import static dev.registrysdk.storage.StorageFindingCodes.PVC_DEFAULT_CLAIM_NOT_OWNED;
import static dev.registrysdk.storage.StorageFindingCodes.PVC_DEFAULT_STORAGE_CLASS_NOT_FOUND;
import static dev.registrysdk.storage.StorageFindingCodes.PVC_EXISTING_CLAIM_DIFFERS;
import static dev.registrysdk.storage.StorageFindingCodes.PVC_NFS_NOT_RECOMMENDED;
import static dev.registrysdk.storage.StorageFindingCodes.PVC_NO_DEFAULT_STORAGE_CLASS;
import static dev.registrysdk.storage.StorageFindingCodes.PVC_OPERATOR_CREATES_CLAIM;
import static dev.registrysdk.storage.StorageFindingCodes.PVC_READ_WRITE_ONCE;
import static dev.registrysdk.storage.StorageFindingCodes.PVC_SHARED_STORAGE_SECURITY;
import static dev.registrysdk.storage.StorageFindingCodes.PVC_STORAGE_CLASS_NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.api.RolloutStrategy;
import dev.registrysdk.api.StorageManagementState;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Severity;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.spi.DesiredObject;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.api.spi.WritePolicy;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageBuilder;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PvcTest {

  private static final String RWO = "ReadWriteOnce";
  private static final String RWX = "ReadWriteMany";

  @Nested
  @DisplayName("Pvc.claim(name): an existing claim")
  class Existing {

    @Test
    @DisplayName("names the claim in the stanza and observes it")
    void namesClaim() {
      StorageContribution c = contribute(Pvc.claim("registry"), facts("BareMetal", claim("registry", RWX)));
      assertThat(tree(c.storage())).isEqualTo(json("{\"pvc\":{\"claim\":\"registry\"}}"));
      assertThat(c.objects()).isEmpty();
      assertThat(Pvc.claim("registry").observedObjects())
          .containsExactly(ResourceKey.persistentVolumeClaim(RegistryObjects.NAMESPACE, "registry"));
    }

    @Test
    @DisplayName("a ReadWriteMany claim puts no limit on replicas and notes the shared-storage security advice")
    void rwxHasNoLimits() {
      StorageContribution c = contribute(Pvc.claim("registry"), facts("BareMetal", claim("registry", RWX)));
      assertThat(c.constraints().maxReplicas()).isEmpty();
      assertThat(c.constraints().requiredRolloutStrategy()).isEmpty();
      assertThat(c.suggestedReplicas()).isEmpty();
      assertThat(finding(c, PVC_SHARED_STORAGE_SECURITY).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    @DisplayName("a ReadWriteOnce claim allows one replica, requires Recreate and suggests both")
    void rwoLimits() {
      StorageContribution c = contribute(Pvc.claim("registry"), facts("BareMetal", claim("registry", RWO)));
      assertThat(c.constraints().maxReplicas()).contains(1);
      assertThat(c.constraints().requiredRolloutStrategy()).contains(RolloutStrategy.RECREATE);
      assertThat(c.constraints().code()).isEqualTo(PVC_READ_WRITE_ONCE);
      assertThat(c.constraints().because()).contains("registry", "ReadWriteOnce");
      assertThat(c.suggestedReplicas()).contains(1);
      assertThat(c.suggestedRolloutStrategy()).contains(RolloutStrategy.RECREATE);
      assertThat(codes(c)).doesNotContain(PVC_SHARED_STORAGE_SECURITY);
    }

    @Test
    @DisplayName("a claim with both modes counts as ReadWriteMany, as in the operator")
    void bothModesIsRwx() {
      StorageContribution c = contribute(Pvc.claim("registry"), facts("BareMetal", claim("registry", RWO, RWX)));
      assertThat(c.constraints().maxReplicas()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ReadOnlyMany", "ReadWriteOncePod"})
    @DisplayName("a claim with neither ReadWriteMany nor ReadWriteOnce is an error with the operator's message")
    void otherModesRefused(String mode) {
      StorageContribution c = contribute(Pvc.claim("registry"), facts("BareMetal", claim("registry", mode)));
      var f = finding(c, PVC_ACCESS_MODES_UNSUPPORTED);
      assertThat(f.isError()).isTrue();
      assertThat(f.message())
          .startsWith("PVC registry does not contain the necessary access modes: ReadWriteMany or ReadWriteOnce");
      assertThat(f.path()).isEqualTo("spec.storage.pvc.claim");
    }

    @Test
    @DisplayName("a missing claim is an error whose remedy lets the SDK create it")
    void missingClaim() {
      StorageContribution c = contribute(Pvc.claim("registry"), facts("BareMetal"));
      var f = finding(c, PVC_CLAIM_NOT_FOUND);
      assertThat(f.isError()).isTrue();
      assertThat(f.remedy()).contains("Pvc.create(\"registry\")");
    }

    @Test
    @DisplayName("a Lost claim is an error")
    void lostClaim() {
      PersistentVolumeClaim lost = new PersistentVolumeClaimBuilder(claim("registry", RWX))
          .editStatus().withPhase("Lost").endStatus().build();
      StorageContribution c = contribute(Pvc.claim("registry"), facts("BareMetal", lost));
      assertThat(finding(c, PVC_CLAIM_LOST).isError()).isTrue();
    }

    @Test
    @DisplayName("options of claims to create are refused at once")
    void createOptionsRefused() {
      assertThatThrownBy(() -> Pvc.claim("registry").size("10Gi"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Pvc.create(\"name\").size(..)");
      assertThatThrownBy(() -> Pvc.operatorDefault().storageClass("fast"))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "Registry", "registry_storage", "-registry"})
    @DisplayName("a claim name that is not a DNS-1123 subdomain is refused at once")
    void badNames(String name) {
      assertThatThrownBy(() -> Pvc.claim(name)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("DNS-1123");
    }
  }

  @Nested
  @DisplayName("Pvc.create(name): a claim the SDK creates")
  class Create {

    private final ClusterFacts cluster = facts("VSphere", storageClass("thin", "kubernetes.io/vsphere-volume", true));

    @Test
    @DisplayName("creates a 100Gi ReadWriteMany claim of the default class if absent, and names it")
    void createsDefaults() {
      StorageContribution c = contribute(Pvc.create("registry"), cluster);
      assertThat(tree(c.storage())).isEqualTo(json("{\"pvc\":{\"claim\":\"registry\"}}"));
      DesiredObject o = c.objects().get(0);
      assertThat(o.policy()).isEqualTo(WritePolicy.CREATE_IF_ABSENT);
      assertThat(o.sensitive()).isFalse();
      PersistentVolumeClaim pvc = (PersistentVolumeClaim) o.object();
      assertThat(pvc.getMetadata().getNamespace()).isEqualTo(RegistryObjects.NAMESPACE);
      assertThat(pvc.getSpec().getAccessModes()).containsExactly(RWX);
      assertThat(pvc.getSpec().getResources().getRequests()).containsEntry("storage", new Quantity("100Gi"));
      assertThat(pvc.getSpec().getStorageClassName()).isNull();
      assertThat(codes(c)).doesNotContain(PVC_NO_DEFAULT_STORAGE_CLASS);
    }

    @Test
    @DisplayName("size, access mode and storage class go into the claim; ReadWriteOnce brings its limits")
    void options() {
      Pvc pvc = Pvc.create("registry").size("200Gi").accessMode(AccessMode.READ_WRITE_ONCE).storageClass("thin");
      StorageContribution c = contribute(pvc, cluster);
      PersistentVolumeClaim claim = (PersistentVolumeClaim) c.objects().get(0).object();
      assertThat(claim.getSpec().getAccessModes()).containsExactly(RWO);
      assertThat(claim.getSpec().getResources().getRequests()).containsEntry("storage", new Quantity("200Gi"));
      assertThat(claim.getSpec().getStorageClassName()).isEqualTo("thin");
      assertThat(c.constraints().maxReplicas()).contains(1);
      assertThat(c.suggestedRolloutStrategy()).contains(RolloutStrategy.RECREATE);
    }

    @Test
    @DisplayName("fluent calls return copies and leave the original unchanged")
    void immutable() {
      Pvc original = Pvc.create("registry");
      Pvc bigger = original.size("1Ti");
      assertThat(original.size()).contains("100Gi");
      assertThat(bigger.size()).contains("1Ti");
      assertThat(bigger.claimName()).contains("registry");
    }

    @Test
    @DisplayName("a size that is not a quantity is refused at once")
    void badSize() {
      assertThatThrownBy(() -> Pvc.create("registry").size("100 GB"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100Gi");
    }

    @Test
    @DisplayName("an existing claim is used as it is, its own access modes decide the limits, differences are warned")
    void existingDiffers() {
      StorageContribution c = contribute(Pvc.create("registry").size("200Gi"), facts("VSphere", claim("registry", RWO)));
      assertThat(c.objects()).isEmpty();
      assertThat(c.constraints().maxReplicas()).contains(1);
      var f = finding(c, PVC_EXISTING_CLAIM_DIFFERS);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).contains("ReadWriteOnce", "100Gi instead of 200Gi");
    }

    @Test
    @DisplayName("an existing claim equal to the request raises no warning, whatever the quantity's spelling")
    void existingSame() {
      StorageContribution c = contribute(Pvc.create("registry").size("102400Mi"), facts("VSphere", claim("registry", RWX)));
      assertThat(codes(c)).doesNotContain(PVC_EXISTING_CLAIM_DIFFERS);
    }

    @Test
    @DisplayName("an unknown storage class is warned: the claim would stay Pending")
    void unknownClass() {
      StorageContribution c = contribute(Pvc.create("registry").storageClass("gold"), cluster);
      assertThat(finding(c, PVC_STORAGE_CLASS_NOT_FOUND).message()).contains("gold");
    }

    @Test
    @DisplayName("no storage class and no default class is warned")
    void noDefaultClass() {
      StorageContribution c = contribute(Pvc.create("registry"), facts("BareMetal"));
      var f = finding(c, PVC_NO_DEFAULT_STORAGE_CLASS);
      assertThat(f.message()).contains("no default storage class");
      assertThat(f.remedy()).contains(".defaultStorageClass(");
    }

    @Test
    @DisplayName("managementState is written only when set")
    void managementState() {
      ClusterFacts f = cluster;
      assertThat(contribute(Pvc.create("registry"), f).storage().getManagementState()).isNull();
      assertThat(contribute(Pvc.create("registry").managementState(StorageManagementState.UNMANAGED), f)
          .storage().getManagementState()).isEqualTo("Unmanaged");
    }
  }

  @Nested
  @DisplayName("Pvc.operatorDefault(): the operator creates image-registry-storage")
  class OperatorDefault {

    private final ClusterFacts cluster = facts("BareMetal", storageClass("lvms", "topolvm.io", true));

    @Test
    @DisplayName("leaves the claim unset, creates nothing and says what the operator will create")
    void leavesClaimEmpty() {
      StorageContribution c = contribute(Pvc.operatorDefault(), cluster);
      assertThat(tree(c.storage())).isEqualTo(json("{\"pvc\":{}}"));
      assertThat(c.objects()).isEmpty();
      assertThat(finding(c, PVC_OPERATOR_CREATES_CLAIM).message()).contains("ReadWriteMany", "100Gi", "lvms");
      assertThat(Pvc.operatorDefault().observedObjects())
          .containsExactly(ResourceKey.persistentVolumeClaim(RegistryObjects.NAMESPACE, "image-registry-storage"));
    }

    @Test
    @DisplayName("hands the choice back to the operator with claim \"\" when the spec names another claim")
    void resetsOtherClaim() {
      ClusterFacts f = cluster.toBuilder()
          .registryConfig(config(new ImageRegistryConfigStorageBuilder().withNewPvc().withClaim("old").endPvc().build()))
          .build();
      assertThat(tree(contribute(Pvc.operatorDefault(), f).storage())).isEqualTo(json("{\"pvc\":{\"claim\":\"\"}}"));
    }

    @Test
    @DisplayName("warns when the cluster has no default storage class")
    void noDefaultClass() {
      StorageContribution c = contribute(Pvc.operatorDefault(), facts("BareMetal"));
      assertThat(finding(c, PVC_NO_DEFAULT_STORAGE_CLASS).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    @DisplayName("refuses a claim image-registry-storage the operator did not create, with its message")
    void notOwned() {
      ClusterFacts f = facts("BareMetal", claim("image-registry-storage", RWO));
      StorageContribution c = contribute(Pvc.operatorDefault(), f);
      var finding = finding(c, PVC_DEFAULT_CLAIM_NOT_OWNED);
      assertThat(finding.isError()).isTrue();
      assertThat(finding.message())
          .startsWith("could not create default PVC, it already exists and is not owned by the operator");
      assertThat(finding.remedy()).contains("Pvc.claim(\"image-registry-storage\")");
      assertThat(c.constraints().maxReplicas()).isEmpty();
    }

    @Test
    @DisplayName("accepts an unowned image-registry-storage that the spec already names, as the operator does")
    void namedAlready() {
      ClusterFacts f = facts("BareMetal", claim("image-registry-storage", RWO)).toBuilder()
          .registryConfig(config(new ImageRegistryConfigStorageBuilder().withNewPvc()
              .withClaim("image-registry-storage").endPvc().build()))
          .build();
      StorageContribution c = contribute(Pvc.operatorDefault(), f);
      assertThat(codes(c)).doesNotContain(PVC_DEFAULT_CLAIM_NOT_OWNED);
      assertThat(c.constraints().maxReplicas()).contains(1);
    }

    @Test
    @DisplayName("an operator-owned ReadWriteOnce claim, as bootstrapped on OpenStack, brings its limits")
    void ownedRwo() {
      PersistentVolumeClaim owned = new PersistentVolumeClaimBuilder(claim("image-registry-storage", RWO))
          .editMetadata().addToAnnotations("imageregistry.openshift.io", "true").endMetadata().build();
      StorageContribution c = contribute(Pvc.operatorDefault(), facts("OpenStack", owned));
      assertThat(codes(c)).doesNotContain(PVC_DEFAULT_CLAIM_NOT_OWNED, PVC_OPERATOR_CREATES_CLAIM);
      assertThat(c.constraints().requiredRolloutStrategy()).contains(RolloutStrategy.RECREATE);
    }
  }

  @Nested
  @DisplayName("defaultStorageClass(name): make a class the cluster default")
  class DefaultClass {

    @Test
    @DisplayName("sets the old default to \"false\" and the new one to \"true\", old first, as merge patches")
    void switches() {
      ClusterFacts f = facts("VSphere", storageClass("thin", "kubernetes.io/vsphere-volume", true),
          storageClass("ocp-trident", "csi.trident.netapp.io", false));
      StorageContribution c = contribute(Pvc.operatorDefault().defaultStorageClass("ocp-trident"), f);
      assertThat(c.objects()).extracting(o -> o.object().getMetadata().getName()).containsExactly("thin", "ocp-trident");
      assertThat(c.objects()).allMatch(o -> o.policy() == WritePolicy.MERGE);
      assertThat(c.objects().get(0).object().getMetadata().getAnnotations())
          .containsExactly(java.util.Map.entry(RegistryObjects.DEFAULT_STORAGE_CLASS_ANNOTATION, "false"));
      assertThat(c.objects().get(1).object().getMetadata().getAnnotations())
          .containsExactly(java.util.Map.entry(RegistryObjects.DEFAULT_STORAGE_CLASS_ANNOTATION, "true"));
      assertThat(c.objects().get(1).object().getApiVersion()).isEqualTo("storage.k8s.io/v1");
      assertThat(codes(c)).doesNotContain(PVC_NO_DEFAULT_STORAGE_CLASS);
      assertThat(finding(c, PVC_OPERATOR_CREATES_CLAIM).message()).contains("ocp-trident");
    }

    @Test
    @DisplayName("writes nothing when the class is already the only default")
    void alreadyDefault() {
      ClusterFacts f = facts("VSphere", storageClass("ocp-trident", "csi.trident.netapp.io", true),
          storageClass("thin", "kubernetes.io/vsphere-volume", false));
      assertThat(contribute(Pvc.operatorDefault().defaultStorageClass("ocp-trident"), f).objects()).isEmpty();
    }

    @Test
    @DisplayName("an unknown class is an error and nothing is patched")
    void unknownClass() {
      ClusterFacts f = facts("VSphere", storageClass("thin", "kubernetes.io/vsphere-volume", true));
      StorageContribution c = contribute(Pvc.operatorDefault().defaultStorageClass("gold"), f);
      var finding = finding(c, PVC_DEFAULT_STORAGE_CLASS_NOT_FOUND);
      assertThat(finding.isError()).isTrue();
      assertThat(finding.message()).contains("gold", "thin");
      assertThat(c.objects()).isEmpty();
    }
  }

  @Nested
  @DisplayName("NFS")
  class Nfs {

    @Test
    @DisplayName(".nfs() warns that RHEL NFS is not recommended")
    void explicit() {
      StorageContribution c = contribute(Pvc.claim("registry").nfs(), facts("BareMetal", claim("registry", RWX)));
      assertThat(finding(c, PVC_NFS_NOT_RECOMMENDED).message()).contains("RHEL NFS", "not recommended");
    }

    @Test
    @DisplayName("a claim of a class whose provisioner names NFS is recognized without .nfs()")
    void detected() {
      PersistentVolumeClaim onNfs = new PersistentVolumeClaimBuilder(claim("registry", RWX))
          .editSpec().withStorageClassName("nfs-client").endSpec().build();
      ClusterFacts f = facts("BareMetal", onNfs, storageClass("nfs-client", "nfs.csi.k8s.io", false));
      assertThat(codes(contribute(Pvc.claim("registry"), f))).containsOnlyOnce(PVC_NFS_NOT_RECOMMENDED);
    }
  }

  @Test
  @DisplayName("toString names the claim and its options")
  void readableToString() {
    assertThat(Pvc.create("registry").storageClass("thin").toString()).contains("registry", "thin", "100Gi");
    assertThat(Pvc.claim("registry").description()).isEqualTo("PVC registry");
    assertThat(Pvc.operatorDefault().observedObjects()).isEqualTo(Set.copyOf(Pvc.operatorDefault().observedObjects()));
  }
}
