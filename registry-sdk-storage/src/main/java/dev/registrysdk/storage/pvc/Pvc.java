package dev.registrysdk.storage.pvc;

import dev.registrysdk.api.RolloutStrategy;
import dev.registrysdk.api.StorageManagementState;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.spi.DesiredObject;
import dev.registrysdk.api.spi.StorageContext;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.storage.StorageFindingCodes;
import dev.registrysdk.storage.internal.InheritedManagement;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorage;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStoragePVC;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Stores images on a persistent volume claim in {@code openshift-image-registry}:
 * {@code spec.storage.pvc}.
 *
 * <p>Three ways to get the claim:
 *
 * <pre>{@code
 * Pvc.claim("registry-storage")            // an existing claim, used as it is
 * Pvc.create("registry-storage")           // the SDK creates it if missing: 100Gi ReadWriteMany by default
 *     .size("200Gi").storageClass("ocs-storagecluster-cephfs")
 * Pvc.operatorDefault()                    // claim left empty: the operator creates image-registry-storage,
 *                                          // ReadWriteMany 100Gi from the default storage class
 * }</pre>
 *
 * <p>Presets follow the documented procedures: {@link #cephFs()} (ODF CephFS), {@link #block()}
 * (a {@code ReadWriteOnce} block volume, one replica, {@code Recreate}); {@link #nfs()} marks an NFS
 * claim. {@link #defaultStorageClass(String)} also makes a storage class the cluster default, as the
 * NetApp Trident procedure does before leaving the claim empty:
 *
 * <pre>{@code
 * Pvc.operatorDefault().defaultStorageClass("ocp-trident")
 * }</pre>
 *
 * <p>The claim's access modes decide the registry's limits, checked before anything is written: a
 * {@code ReadWriteOnce} claim allows one replica and needs the {@code Recreate} rollout strategy
 * ({@link StorageFindingCodes#PVC_READ_WRITE_ONCE}); when the caller chose neither, the provider
 * suggests them. A claim with neither {@code ReadWriteMany} nor {@code ReadWriteOnce} is refused.
 *
 * <p>Immutable and thread-safe: each method returns a new instance; a dropped result is a bug.
 */
@Value.Immutable
public abstract class Pvc implements StorageProvider {

  /** The default size of a claim the SDK creates, as the documentation requires. */
  public static final String DEFAULT_SIZE = "100Gi";

  /** The storage class of ODF's CephFS file system. */
  public static final String CEPHFS_STORAGE_CLASS = "ocs-storagecluster-cephfs";

  /** The claim name the CephFS procedure uses. */
  public static final String CEPHFS_CLAIM = "registry-storage-pvc";

  /** The annotation with which the operator marks claims it created and may delete. */
  static final String OWNER_ANNOTATION = "imageregistry.openshift.io";

  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");
  private static final Pattern QUANTITY =
      Pattern.compile("^[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$");

  /** Where the claim comes from. */
  enum Mode {
    EXISTING,
    CREATE,
    OPERATOR_DEFAULT
  }

  /** Which documented procedure the claim follows, for its notes and suggestions. */
  enum Flavour {
    GENERIC,
    CEPHFS,
    BLOCK,
    NFS
  }

  Pvc() {}

  abstract Mode mode();

  @Value.Default
  Flavour flavour() {
    return Flavour.GENERIC;
  }

  /** The claim's name; absent for {@link #operatorDefault()}, whose claim the operator names. */
  public abstract Optional<String> claimName();

  /** The size of a claim to create, e.g. {@code 100Gi}; only with {@link #create(String)}. */
  public abstract Optional<String> size();

  /** The access mode of a claim to create; only with {@link #create(String)}. */
  public abstract Optional<AccessMode> accessMode();

  /** The storage class of a claim to create; absent means the cluster default. */
  public abstract Optional<String> storageClass();

  /** {@code spec.storage.managementState}; absent lets the operator decide. */
  public abstract Optional<StorageManagementState> managementState();

  /** A storage class to make the cluster default in the same apply. */
  public abstract Optional<String> defaultStorageClass();

  /** An existing claim in {@code openshift-image-registry}, used as it is. */
  public static Pvc claim(String name) {
    return ImmutablePvc.builder().mode(Mode.EXISTING).claimName(name).build();
  }

  /**
   * A claim the SDK creates if it is missing: {@value #DEFAULT_SIZE}, {@code ReadWriteMany}, the
   * default storage class, unless changed. An existing claim of that name is used as it is.
   */
  public static Pvc create(String name) {
    return ImmutablePvc.builder()
        .mode(Mode.CREATE)
        .claimName(name)
        .size(DEFAULT_SIZE)
        .accessMode(AccessMode.READ_WRITE_MANY)
        .build();
  }

  /**
   * The claim left empty: the operator creates {@code image-registry-storage} itself
   * ({@code ReadWriteMany}, 100Gi, default storage class), marks it as its own and manages it, so
   * it deletes the claim when the registry is set to {@code Removed}.
   */
  public static Pvc operatorDefault() {
    return ImmutablePvc.builder().mode(Mode.OPERATOR_DEFAULT).build();
  }

  /**
   * ODF CephFS, as documented: the SDK creates {@code registry-storage-pvc}, {@code ReadWriteMany}
   * 100Gi on {@code ocs-storagecluster-cephfs}, storage {@code Unmanaged}, and suggests 2 replicas.
   */
  public static Pvc cephFs() {
    return ImmutablePvc.builder()
        .from(create(CEPHFS_CLAIM))
        .storageClass(CEPHFS_STORAGE_CLASS)
        .managementState(StorageManagementState.UNMANAGED)
        .flavour(Flavour.CEPHFS)
        .build();
  }

  /**
   * Block storage (such as a vSphere VMDK), as documented: the SDK creates
   * {@code image-registry-storage}, {@code ReadWriteOnce} 100Gi, and the registry runs one replica
   * with the {@code Recreate} rollout strategy. Supported, but not highly available.
   *
   * <p>Unlike the documented procedure, the claim is named in {@code spec.storage.pvc.claim}: left
   * empty, the operator refuses a claim of that name that it did not create ("could not create
   * default PVC, it already exists and is not owned by the operator").
   */
  public static Pvc block() {
    return ImmutablePvc.builder()
        .from(create(RegistryObjects.DEFAULT_CLAIM))
        .accessMode(AccessMode.READ_WRITE_ONCE)
        .flavour(Flavour.BLOCK)
        .build();
  }

  /** A copy whose claim to create has this size, e.g. {@code 200Gi}. */
  public Pvc size(String size) {
    requireCreate("size");
    if (!QUANTITY.matcher(size).matches()) {
      throw new IllegalArgumentException("A claim size is a Kubernetes quantity such as 100Gi, got \"" + size + "\"");
    }
    return ImmutablePvc.builder().from(this).size(size).build();
  }

  /** A copy whose claim to create has this access mode. */
  public Pvc accessMode(AccessMode accessMode) {
    requireCreate("accessMode");
    return ImmutablePvc.builder().from(this).accessMode(accessMode).build();
  }

  /** A copy whose claim to create uses this storage class instead of the cluster default. */
  public Pvc storageClass(String storageClass) {
    requireCreate("storageClass");
    return ImmutablePvc.builder().from(this).storageClass(storageClass).build();
  }

  /**
   * A copy that sets {@code spec.storage.managementState}. {@code Unmanaged} keeps the operator from
   * deleting the claim when the registry is set to {@code Removed}.
   */
  public Pvc managementState(StorageManagementState managementState) {
    return ImmutablePvc.builder().from(this).managementState(managementState).build();
  }

  /**
   * A copy that also makes {@code storageClass} the cluster's default storage class: the current
   * default(s) get {@code storageclass.kubernetes.io/is-default-class: "false"}, this one
   * {@code "true"}, written before the registry's Config. The class must exist.
   */
  public Pvc defaultStorageClass(String storageClass) {
    return ImmutablePvc.builder().from(this).defaultStorageClass(storageClass).build();
  }

  /**
   * A copy marked as NFS-backed, which the documentation advises against (RHEL NFS as the storage
   * of core services had problems in testing); reported as a warning. Claims on a storage class
   * whose provisioner names NFS are recognized without this.
   */
  public Pvc nfs() {
    return ImmutablePvc.builder().from(this).flavour(Flavour.NFS).build();
  }

  @Override
  public String backend() {
    return "pvc";
  }

  @Override
  public String description() {
    return switch (mode()) {
      case EXISTING -> "PVC " + claimName().orElseThrow();
      case CREATE -> "PVC " + claimName().orElseThrow() + " (" + accessMode().map(AccessMode::wireValue).orElse("")
          + " " + size().orElse("") + storageClass().map(c -> " of " + c).orElse("") + ", created if missing)";
      case OPERATOR_DEFAULT -> "PVC " + RegistryObjects.DEFAULT_CLAIM + " (created by the operator)";
    };
  }

  @Override
  public Set<ResourceKey> observedObjects() {
    return Set.of(ResourceKey.persistentVolumeClaim(RegistryObjects.NAMESPACE, observedClaim()));
  }

  @Override
  public StorageContribution contribute(StorageContext context) {
    ClusterFacts facts = context.facts();
    StorageContribution.Builder out = StorageContribution.builder();
    defaultStorageClass().ifPresent(sc -> {
      out.addAllFindings(DefaultStorageClassSwitch.findings(facts, sc));
      out.addAllObjects(DefaultStorageClassSwitch.objects(facts, sc));
    });

    Optional<PersistentVolumeClaim> existing = facts.persistentVolumeClaim(RegistryObjects.NAMESPACE, observedClaim());
    Optional<AccessMode> effectiveMode = Optional.empty();
    Optional<String> storageClassName = Optional.empty();
    ImageRegistryConfigStoragePVC stanza = new ImageRegistryConfigStoragePVC();

    switch (mode()) {
      case EXISTING -> {
        stanza.setClaim(observedClaim());
        if (existing.isEmpty()) {
          out.addFindings(claimNotFound());
        }
      }
      case CREATE -> {
        stanza.setClaim(observedClaim());
        if (existing.isEmpty()) {
          out.addObjects(DesiredObject.createIfAbsent(claimToCreate(), "the registry's storage"));
          effectiveMode = accessMode();
          storageClassName = storageClass().or(() -> defaultClass(facts));
          out.addAllFindings(storageClassFindings(facts));
          if (effectiveMode.filter(m -> m == AccessMode.READ_WRITE_MANY).isPresent()) {
            blockOnlyClass(facts, storageClassName).ifPresent(out::addFindings);
          }
        } else {
          out.addAllFindings(differences(existing.get()));
        }
      }
      case OPERATOR_DEFAULT -> {
        String currentClaim = currentClaim(facts);
        boolean operatorCreates = !RegistryObjects.DEFAULT_CLAIM.equals(currentClaim);
        if (!currentClaim.isEmpty() && operatorCreates) {
          // A merge patch of {} would keep the other claim; "" hands the choice back to the operator.
          stanza.setClaim("");
        }
        if (existing.isPresent() && operatorCreates && !ownedByOperator(existing.get())) {
          out.addFindings(defaultClaimNotOwned());
          existing = Optional.empty();
        } else if (existing.isEmpty()) {
          effectiveMode = Optional.of(AccessMode.READ_WRITE_MANY);
          storageClassName = defaultClass(facts);
          out.addFindings(operatorCreatesClaim(storageClassName));
          blockOnlyClass(facts, storageClassName).ifPresent(out::addFindings);
          if (storageClassName.isEmpty()) {
            out.addFindings(noDefaultStorageClass(facts));
          }
        }
      }
    }

    if (existing.isPresent()) {
      PersistentVolumeClaim claim = existing.get();
      out.addAllFindings(ClaimRules.findings(claim));
      effectiveMode = ClaimRules.effectiveMode(ClaimRules.accessModes(claim));
      storageClassName = Optional.ofNullable(claim.getSpec() == null ? null : claim.getSpec().getStorageClassName())
          .filter(s -> !s.isEmpty());
    }

    String claimForMessages = observedClaim();
    effectiveMode.ifPresent(m -> out.constraints(ClaimRules.constraints(claimForMessages, m)));
    if (effectiveMode.equals(Optional.of(AccessMode.READ_WRITE_ONCE))) {
      out.suggestedReplicas(1).suggestedRolloutStrategy(RolloutStrategy.RECREATE);
    } else if (flavour() == Flavour.CEPHFS) {
      out.suggestedReplicas(2);
    }
    if (effectiveMode.equals(Optional.of(AccessMode.READ_WRITE_MANY))) {
      out.addFindings(sharedStorageNote());
    }
    out.addAllFindings(flavourFindings(facts, storageClassName));
    InheritedManagement.check(facts, managementState(), claimName(), "claim",
        s -> Optional.ofNullable(s.getPvc()).map(ImageRegistryConfigStoragePVC::getClaim)).ifPresent(out::addFindings);

    ImageRegistryConfigStorageBuilder storage = new ImageRegistryConfigStorageBuilder().withPvc(stanza);
    managementState().ifPresent(s -> storage.withManagementState(s.wireValue()));
    return out.storage(storage.build()).build();
  }

  private String observedClaim() {
    return claimName().orElse(RegistryObjects.DEFAULT_CLAIM);
  }

  private PersistentVolumeClaim claimToCreate() {
    PersistentVolumeClaimBuilder claim =
        new PersistentVolumeClaimBuilder()
            .withNewMetadata()
            .withNamespace(RegistryObjects.NAMESPACE)
            .withName(observedClaim())
            .endMetadata()
            .withNewSpec()
            .withAccessModes(accessMode().orElseThrow().wireValue())
            .withNewResources()
            .addToRequests("storage", new Quantity(size().orElseThrow()))
            .endResources()
            .endSpec();
    storageClass().ifPresent(sc -> claim.editSpec().withStorageClassName(sc).endSpec());
    return claim.build();
  }

  private Optional<String> defaultClass(ClusterFacts facts) {
    return defaultStorageClass()
        .filter(sc -> facts.storageClass(sc).isPresent())
        .or(() -> facts.defaultStorageClass().map(sc -> sc.getMetadata().getName()));
  }

  private static String currentClaim(ClusterFacts facts) {
    return facts.currentStorage()
        .map(ImageRegistryConfigStorage::getPvc)
        .map(ImageRegistryConfigStoragePVC::getClaim)
        .orElse("");
  }

  private static boolean ownedByOperator(PersistentVolumeClaim claim) {
    Map<String, String> annotations = claim.getMetadata().getAnnotations();
    return annotations != null && "true".equals(annotations.get(OWNER_ANNOTATION));
  }

  private List<Finding> storageClassFindings(ClusterFacts facts) {
    if (storageClass().isPresent()) {
      String sc = storageClass().get();
      if (facts.storageClass(sc).isEmpty()) {
        return List.of(
            Finding.warning(
                StorageFindingCodes.PVC_STORAGE_CLASS_NOT_FOUND,
                "spec.storageClassName",
                "The claim " + observedClaim() + " asks for storage class " + sc
                    + ", which does not exist; it stays Pending unless a volume of that class is created by hand",
                "Name an existing class in .storageClass(\"...\"), or omit it to use the cluster default"));
      }
      return List.of();
    }
    return defaultClass(facts).isPresent() ? List.of() : List.of(noDefaultStorageClass(facts));
  }

  private Finding noDefaultStorageClass(ClusterFacts facts) {
    long defaults = facts.storageClasses().stream().filter(Pvc::isDefault).count();
    return Finding.warning(
        StorageFindingCodes.PVC_NO_DEFAULT_STORAGE_CLASS,
        "spec.storage.pvc.claim",
        "The claim " + observedClaim() + " will have no storage class and the cluster has "
            + (defaults == 0 ? "no default storage class" : defaults + " default storage classes")
            + ": the claim may stay Pending and the registry never starts",
        "Name a class: Pvc.create(\"" + observedClaim() + "\").storageClass(\"...\"), or make one the default: "
            + ".defaultStorageClass(\"...\")");
  }

  private static boolean isDefault(StorageClass sc) {
    Map<String, String> annotations = sc.getMetadata().getAnnotations();
    return annotations != null && "true".equals(annotations.get(RegistryObjects.DEFAULT_STORAGE_CLASS_ANNOTATION));
  }

  private List<Finding> differences(PersistentVolumeClaim claim) {
    List<String> diffs = new ArrayList<>();
    List<String> modes = ClaimRules.accessModes(claim);
    accessMode().filter(m -> !modes.contains(m.wireValue()))
        .ifPresent(m -> diffs.add("access modes " + modes + " instead of " + m.wireValue()));
    Quantity requested = claim.getSpec() == null || claim.getSpec().getResources() == null
        || claim.getSpec().getResources().getRequests() == null
        ? null : claim.getSpec().getResources().getRequests().get("storage");
    size().filter(s -> requested == null
            || Quantity.getAmountInBytes(new Quantity(s)).compareTo(Quantity.getAmountInBytes(requested)) != 0)
        .ifPresent(s -> diffs.add("size " + (requested == null ? "unset" : requested.toString()) + " instead of " + s));
    String actualClass = claim.getSpec() == null ? null : claim.getSpec().getStorageClassName();
    storageClass().filter(sc -> !sc.equals(actualClass))
        .ifPresent(sc -> diffs.add("storage class " + actualClass + " instead of " + sc));
    if (diffs.isEmpty()) {
      return List.of();
    }
    return List.of(
        Finding.warning(
            StorageFindingCodes.PVC_EXISTING_CLAIM_DIFFERS,
            "spec.storage.pvc.claim",
            "The claim " + observedClaim() + " exists already with " + String.join(", ", diffs)
                + "; it is used as it is, claims are never changed",
            "Use Pvc.claim(\"" + observedClaim() + "\") to accept it, or choose another name in Pvc.create(..)"));
  }

  private Finding claimNotFound() {
    return Finding.error(
        StorageFindingCodes.PVC_CLAIM_NOT_FOUND,
        "spec.storage.pvc.claim",
        "The claim " + observedClaim() + " does not exist in " + RegistryObjects.NAMESPACE
            + "; the operator would report \"PVC does not exist\" and the registry never starts",
        "Create it first, or let the SDK create it: Pvc.create(\"" + observedClaim() + "\").size(\"100Gi\")");
  }

  private static Finding defaultClaimNotOwned() {
    return Finding.error(
        StorageFindingCodes.PVC_DEFAULT_CLAIM_NOT_OWNED,
        "spec.storage.pvc.claim",
        "could not create default PVC, it already exists and is not owned by the operator: the claim "
            + RegistryObjects.DEFAULT_CLAIM + " exists without the annotation " + OWNER_ANNOTATION + ": \"true\"",
        "Use the existing claim: Pvc.claim(\"" + RegistryObjects.DEFAULT_CLAIM + "\")");
  }

  /** An error when the class a ReadWriteMany claim gets is known to provision block volumes only. */
  private Optional<Finding> blockOnlyClass(ClusterFacts facts, Optional<String> storageClassName) {
    Optional<StorageClass> sc = storageClassName.flatMap(facts::storageClass);
    if (sc.isEmpty() || !BlockProvisioners.blockOnly(sc.get().getProvisioner())) {
      return Optional.empty();
    }
    List<String> shared = facts.storageClasses().stream()
        .filter(c -> !BlockProvisioners.blockOnly(c.getProvisioner()))
        .map(c -> c.getMetadata().getName())
        .toList();
    return Optional.of(Finding.error(
        StorageFindingCodes.PVC_CLASS_BLOCK_ONLY,
        "spec.storage.pvc.claim",
        "The claim " + observedClaim() + " would be ReadWriteMany on storage class " + sc.get().getMetadata().getName()
            + ", whose provisioner " + sc.get().getProvisioner() + " provisions block volumes only: the claim stays "
            + "Pending and the registry's pods never start (NoReplicasAvailable, then Degraded)",
        "Use block storage with one replica: Pvc.block(); or a class that shares volumes"
            + (shared.isEmpty() ? "" : " (" + String.join(", ", shared) + ")")
            + ": Pvc.create(\"" + RegistryObjects.DEFAULT_CLAIM + "\").storageClass(\"...\")"));
  }

  private static Finding operatorCreatesClaim(Optional<String> storageClassName) {
    return Finding.info(
        StorageFindingCodes.PVC_OPERATOR_CREATES_CLAIM,
        "spec.storage.pvc.claim",
        "The operator creates the claim " + RegistryObjects.DEFAULT_CLAIM + " (ReadWriteMany, 100Gi) from "
            + storageClassName.map(sc -> "the default storage class " + sc).orElse("the default storage class")
            + "; a class that provisions only ReadWriteOnce volumes, such as RBD block storage, leaves it Pending",
        "For block storage use Pvc.block(); to choose the class use Pvc.create(\"" + RegistryObjects.DEFAULT_CLAIM
            + "\").storageClass(\"...\")");
  }

  private static Finding sharedStorageNote() {
    return Finding.info(
        StorageFindingCodes.PVC_SHARED_STORAGE_SECURITY,
        "spec.storage.pvc",
        "The registry's images are on shared (ReadWriteMany) storage: review its security settings to prevent "
            + "access from outside the cluster",
        "Restrict exports or shares of the volume to the cluster's nodes");
  }

  private List<Finding> flavourFindings(ClusterFacts facts, Optional<String> storageClassName) {
    List<Finding> out = new ArrayList<>();
    switch (flavour()) {
      case CEPHFS -> out.add(
          Finding.info(
              StorageFindingCodes.PVC_CEPHFS_OBJECT_STORAGE_PREFERRED,
              "spec.storage.pvc",
              "CephFS uses claim (PVC) storage; when ODF object storage is available (Ceph RGW or NooBaa), it is "
                  + "recommended over a PVC for the registry",
              "Use Odf.cephRgw() or Odf.nooBaa() if the cluster offers them"));
      case BLOCK -> out.add(
          Finding.warning(
              StorageFindingCodes.PVC_BLOCK_NOT_HIGHLY_AVAILABLE,
              "spec.storage.pvc",
              "Block storage is supported but not recommended for production: the registry is not highly "
                  + "available, because it cannot run more than one replica",
              "For high availability use ReadWriteMany storage, e.g. Pvc.cephFs(), or object storage"));
      default -> { }
    }
    boolean nfsClass = storageClassName.flatMap(facts::storageClass)
        .map(sc -> sc.getProvisioner() != null && sc.getProvisioner().toLowerCase(Locale.ROOT).contains("nfs"))
        .orElse(false);
    if (flavour() == Flavour.NFS || nfsClass) {
      out.add(
          Finding.warning(
              StorageFindingCodes.PVC_NFS_NOT_RECOMMENDED,
              "spec.storage.pvc",
              "The claim is on NFS: testing showed issues with a RHEL NFS server as the storage of core services, "
                  + "the registry among them, so RHEL NFS is not recommended; other NFS implementations may not "
                  + "have these issues (ask their vendor)",
              "Prefer object storage (S3.of(..), Odf.nooBaa()) or a ReadWriteMany claim on other storage"));
    }
    return out;
  }

  private void requireCreate(String option) {
    if (mode() != Mode.CREATE) {
      throw new IllegalArgumentException(
          "." + option + "(..) applies to a claim the SDK creates: use Pvc.create(\"name\")." + option + "(..)");
    }
  }

  @Value.Check
  void check() {
    claimName().ifPresent(name -> {
      if (name.length() > 253 || !DNS_SUBDOMAIN.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "A claim name is a DNS-1123 subdomain (lower case letters, digits, '-' and '.'), got \"" + name + "\"");
      }
    });
  }
}
