package dev.registrysdk.storage;

/**
 * The stable codes of the findings and constraints the storage providers report. Tools may branch
 * on them; the messages may improve between releases, the codes do not change.
 *
 * <p>Each constant's Javadoc names the severity and the rule. Constraint codes are reported by the
 * engine when the registry's replicas or rollout strategy break a provider's limits.
 */
public final class StorageFindingCodes {

  // emptyDir

  /** WARNING: emptyDir is not persistent; images are lost when the registry pod restarts. */
  public static final String EMPTYDIR_NOT_PERSISTENT = "EMPTYDIR_NOT_PERSISTENT";

  /** Constraint: emptyDir allows one replica; each pod would hold its own images. */
  public static final String EMPTYDIR_SINGLE_REPLICA = "EMPTYDIR_SINGLE_REPLICA";

  // pvc

  /** ERROR: the named claim does not exist in {@code openshift-image-registry}. */
  public static final String PVC_CLAIM_NOT_FOUND = "PVC_CLAIM_NOT_FOUND";

  /** ERROR: the claim's phase is {@code Lost}: its volume is gone. */
  public static final String PVC_CLAIM_LOST = "PVC_CLAIM_LOST";

  /** ERROR: the claim has neither {@code ReadWriteMany} nor {@code ReadWriteOnce}. */
  public static final String PVC_ACCESS_MODES_UNSUPPORTED = "PVC_ACCESS_MODES_UNSUPPORTED";

  /** Constraint: a {@code ReadWriteOnce} claim allows one replica and needs {@code Recreate}. */
  public static final String PVC_READ_WRITE_ONCE = "PVC_READ_WRITE_ONCE";

  /** ERROR: {@code image-registry-storage} exists but was not created by the operator. */
  public static final String PVC_DEFAULT_CLAIM_NOT_OWNED = "PVC_DEFAULT_CLAIM_NOT_OWNED";

  /** WARNING: a claim without a storage class is to be created, and the cluster has no single default class. */
  public static final String PVC_NO_DEFAULT_STORAGE_CLASS = "PVC_NO_DEFAULT_STORAGE_CLASS";

  /** WARNING: the storage class named for a new claim does not exist. */
  public static final String PVC_STORAGE_CLASS_NOT_FOUND = "PVC_STORAGE_CLASS_NOT_FOUND";

  /** WARNING: the claim to create exists already with other settings; it is used as it is. */
  public static final String PVC_EXISTING_CLAIM_DIFFERS = "PVC_EXISTING_CLAIM_DIFFERS";

  /** INFO: what the operator creates when the claim is left empty. */
  public static final String PVC_OPERATOR_CREATES_CLAIM = "PVC_OPERATOR_CREATES_CLAIM";

  /** INFO: shared ({@code ReadWriteMany}) storage: review its security settings. */
  public static final String PVC_SHARED_STORAGE_SECURITY = "PVC_SHARED_STORAGE_SECURITY";

  /** INFO: CephFS works, but ODF object storage (Ceph RGW, NooBaa) is preferred when available. */
  public static final String PVC_CEPHFS_OBJECT_STORAGE_PREFERRED = "PVC_CEPHFS_OBJECT_STORAGE_PREFERRED";

  /** WARNING: block storage is supported but not highly available: one replica only. */
  public static final String PVC_BLOCK_NOT_HIGHLY_AVAILABLE = "PVC_BLOCK_NOT_HIGHLY_AVAILABLE";

  /** WARNING: RHEL NFS is not recommended as the registry's storage. */
  public static final String PVC_NFS_NOT_RECOMMENDED = "PVC_NFS_NOT_RECOMMENDED";

  /** ERROR: the storage class to make the cluster default does not exist. */
  public static final String PVC_DEFAULT_STORAGE_CLASS_NOT_FOUND = "PVC_DEFAULT_STORAGE_CLASS_NOT_FOUND";

  private StorageFindingCodes() {}
}
