package dev.registrysdk.storage;

/**
 * The stable codes of the findings and constraints the storage providers report. Tools may branch
 * on them; the messages may improve between releases, the codes do not change.
 *
 * <p>Each constant's Javadoc names the severity and the rule. Constraint codes are reported by the
 * engine when the registry's replicas or rollout strategy break a provider's limits.
 */
public final class StorageFindingCodes {

  // every backend that names its storage

  /**
   * WARNING: {@code spec.storage.managementState} stays {@code Managed} from storage the operator
   * provisioned, while the new storage is named by the caller: the operator would treat the caller's
   * bucket, container or claim as its own, and delete it when the registry is set to Removed.
   */
  public static final String STORAGE_MANAGED_INHERITED = "STORAGE_MANAGED_INHERITED";

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

  /** ERROR: a ReadWriteMany claim on a class whose provisioner offers block volumes only; it stays Pending. */
  public static final String PVC_CLASS_BLOCK_ONLY = "PVC_CLASS_BLOCK_ONLY";

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

  // s3

  /** ERROR: {@code chunkSizeMiB} is outside 5..5120 (the CRD's range). */
  public static final String S3_CHUNK_SIZE_OUT_OF_RANGE = "S3_CHUNK_SIZE_OUT_OF_RANGE";

  /** WARNING: {@code keyID} without {@code encrypt: true} is ignored by the operator. */
  public static final String S3_KEYID_WITHOUT_ENCRYPT = "S3_KEYID_WITHOUT_ENCRYPT";

  /** ERROR: {@code regionEndpoint} is not a URL with scheme and host. */
  public static final String S3_ENDPOINT_INVALID = "S3_ENDPOINT_INVALID";

  /** ERROR: no region where the operator cannot derive one: {@code MissingRegion}. */
  public static final String S3_MISSING_REGION = "S3_MISSING_REGION";

  /** WARNING: a non-AWS region name without an endpoint: {@code invalid region provided}. */
  public static final String S3_REGION_NOT_AWS = "S3_REGION_NOT_AWS";

  /** WARNING: an HTTPS endpoint behind the cluster's ingress without a trusted CA. */
  public static final String S3_ENDPOINT_NEEDS_TRUSTED_CA = "S3_ENDPOINT_NEEDS_TRUSTED_CA";

  /** ERROR: the user secret exists but lacks an S3 key, and no credentials are given. */
  public static final String S3_CREDENTIALS_INCOMPLETE = "S3_CREDENTIALS_INCOMPLETE";

  /** WARNING: no credentials given or found, off AWS. */
  public static final String S3_NO_CREDENTIALS = "S3_NO_CREDENTIALS";

  /** ERROR: the PEM given for the trusted CA does not parse as X.509 certificates. */
  public static final String S3_TRUSTED_CA_INVALID = "S3_TRUSTED_CA_INVALID";

  /** ERROR: the named trusted-CA config map does not exist in {@code openshift-config}. */
  public static final String S3_TRUSTED_CA_NOT_FOUND = "S3_TRUSTED_CA_NOT_FOUND";

  /** ERROR: the trusted-CA config map has no key {@code ca-bundle.crt}. */
  public static final String S3_TRUSTED_CA_KEY_MISSING = "S3_TRUSTED_CA_KEY_MISSING";

  /** ERROR: the CA should come from the ingress certificate, which was not observed or does not parse. */
  public static final String S3_INGRESS_CERTIFICATE_UNKNOWN = "S3_INGRESS_CERTIFICATE_UNKNOWN";

  /** ERROR: the CloudFront base URL is not a URL. */
  public static final String S3_CLOUDFRONT_BASE_URL_INVALID = "S3_CLOUDFRONT_BASE_URL_INVALID";

  /** ERROR: the CloudFront private key secret or key does not exist. */
  public static final String S3_CLOUDFRONT_KEY_NOT_FOUND = "S3_CLOUDFRONT_KEY_NOT_FOUND";

  /** INFO: storage Managed: the operator deletes the bucket when the registry is Removed. */
  public static final String S3_MANAGED_BUCKET_DELETED_ON_REMOVE = "S3_MANAGED_BUCKET_DELETED_ON_REMOVE";

  // odf

  /** ERROR: the claim's storage class does not exist: ODF or its object storage is not installed. */
  public static final String ODF_STORAGE_CLASS_NOT_FOUND = "ODF_STORAGE_CLASS_NOT_FOUND";

  /** ERROR: a claim of that name exists with another storage class. */
  public static final String ODF_CLAIM_CONFLICT = "ODF_CLAIM_CONFLICT";

  /** ERROR: the claim's phase is {@code Lost} or {@code Failed}. */
  public static final String ODF_CLAIM_FAILED = "ODF_CLAIM_FAILED";

  /** ERROR: the S3 route of ODF was not found and no endpoint was given. */
  public static final String ODF_ROUTE_NOT_FOUND = "ODF_ROUTE_NOT_FOUND";

  /** INFO: the bucket is claimed and awaited while applying; its name and keys are known only then. */
  public static final String ODF_BUCKET_RESOLVED_AT_APPLY = "ODF_BUCKET_RESOLVED_AT_APPLY";

  // gcs

  /** ERROR: the key file is not JSON of a service account key ({@code "type": "service_account"}). */
  public static final String GCS_KEYFILE_INVALID = "GCS_KEYFILE_INVALID";

  /** ERROR: the user secret exists without {@code REGISTRY_STORAGE_GCS_KEYFILE}, and no key file is given. */
  public static final String GCS_CREDENTIALS_INCOMPLETE = "GCS_CREDENTIALS_INCOMPLETE";

  /** WARNING: no key file given or found, off GCP. */
  public static final String GCS_NO_CREDENTIALS = "GCS_NO_CREDENTIALS";

  // azure

  /** ERROR: the container breaks the CRD's length (3..63) or pattern. */
  public static final String AZURE_CONTAINER_INVALID = "AZURE_CONTAINER_INVALID";

  /** ERROR: the account name is not 3..24 lower case letters and digits, as Azure requires. */
  public static final String AZURE_ACCOUNT_NAME_INVALID = "AZURE_ACCOUNT_NAME_INVALID";

  /** ERROR: an account key is provided but no account name: the operator's {@code StorageNotConfigured}. */
  public static final String AZURE_ACCOUNT_NAME_MISSING = "AZURE_ACCOUNT_NAME_MISSING";

  /** ERROR: an account key is provided but no container: the operator's {@code StorageNotConfigured}. */
  public static final String AZURE_CONTAINER_MISSING = "AZURE_CONTAINER_MISSING";

  /** ERROR: the account key is empty. */
  public static final String AZURE_ACCOUNT_KEY_EMPTY = "AZURE_ACCOUNT_KEY_EMPTY";

  /** ERROR: the user secret exists without {@code REGISTRY_STORAGE_AZURE_ACCOUNTKEY}, and no key is given. */
  public static final String AZURE_CREDENTIALS_INCOMPLETE = "AZURE_CREDENTIALS_INCOMPLETE";

  /** ERROR: {@code networkAccess.internal} is set while the type is not {@code Internal} (the CRD's CEL rule). */
  public static final String AZURE_INTERNAL_FORBIDDEN = "AZURE_INTERNAL_FORBIDDEN";

  /** ERROR: a name of {@code networkAccess.internal} breaks the CRD's length or pattern. */
  public static final String AZURE_NETWORK_NAME_INVALID = "AZURE_NETWORK_NAME_INVALID";

  /** WARNING: {@code cloudName} is none of the Azure clouds the operator knows. */
  public static final String AZURE_CLOUD_NAME_UNKNOWN = "AZURE_CLOUD_NAME_UNKNOWN";

  /** WARNING: no account key given or found, off Azure. */
  public static final String AZURE_NO_CREDENTIALS = "AZURE_NO_CREDENTIALS";

  // swift

  /** ERROR: the user secret exists without a complete set of Swift keys, and no credentials are given. */
  public static final String SWIFT_CREDENTIALS_INCOMPLETE = "SWIFT_CREDENTIALS_INCOMPLETE";

  /** WARNING: the user secret keeps Swift keys of another kind of credentials next to the new ones. */
  public static final String SWIFT_CREDENTIALS_MIXED = "SWIFT_CREDENTIALS_MIXED";

  /** WARNING: no credentials given or found, off OpenStack. */
  public static final String SWIFT_NO_CREDENTIALS = "SWIFT_NO_CREDENTIALS";

  /** ERROR: {@code authVersion} is not a number: the operator's {@code unable to parse authVersion}. */
  public static final String SWIFT_AUTH_VERSION_INVALID = "SWIFT_AUTH_VERSION_INVALID";

  /** ERROR: {@code authURL} is not a URL whose path is empty or starts with a version: {@code Incorrect Auth URL}. */
  public static final String SWIFT_AUTH_URL_INVALID = "SWIFT_AUTH_URL_INVALID";

  // ibmcos

  /** ERROR: {@code resourceKeyCRN} breaks the CRD's pattern. */
  public static final String IBMCOS_RESOURCE_KEY_CRN_INVALID = "IBMCOS_RESOURCE_KEY_CRN_INVALID";

  /** ERROR: {@code serviceInstanceCRN} breaks the CRD's pattern. */
  public static final String IBMCOS_SERVICE_INSTANCE_CRN_INVALID = "IBMCOS_SERVICE_INSTANCE_CRN_INVALID";

  /** ERROR: no location off IBM Cloud, where the operator cannot derive the endpoint. */
  public static final String IBMCOS_MISSING_LOCATION = "IBMCOS_MISSING_LOCATION";

  /** ERROR: the user secret exists without {@code REGISTRY_STORAGE_IBMCOS_IAMAPIKEY}, and no API key is given. */
  public static final String IBMCOS_CREDENTIALS_INCOMPLETE = "IBMCOS_CREDENTIALS_INCOMPLETE";

  /** WARNING: no API key given or found, off IBM Cloud and PowerVS. */
  public static final String IBMCOS_NO_CREDENTIALS = "IBMCOS_NO_CREDENTIALS";

  // oss

  /** ERROR: the operator removed its Alibaba OSS driver; {@code spec.storage.oss} is ignored. */
  public static final String OSS_DRIVER_REMOVED = "OSS_DRIVER_REMOVED";

  private StorageFindingCodes() {}
}
