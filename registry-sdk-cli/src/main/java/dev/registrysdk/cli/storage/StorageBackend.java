package dev.registrysdk.cli.storage;

import dev.registrysdk.cli.desired.Converters;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/** The values of {@code --storage}. */
public enum StorageBackend {
  /** {@code emptyDir}: non-production only, images are lost on restart. */
  EMPTYDIR("emptydir"),
  /** A claim: the operator's default, an existing one ({@code --pvc-claim}) or a new one ({@code --pvc-create}). */
  PVC("pvc"),
  /** Block storage: a ReadWriteOnce claim, one replica, Recreate. */
  PVC_BLOCK("pvc-block"),
  /** ODF CephFS: a ReadWriteMany claim on ocs-storagecluster-cephfs. */
  CEPHFS("cephfs"),
  /** S3 or an S3-compatible store (MinIO). */
  S3("s3"),
  /** ODF Ceph RGW through an ObjectBucketClaim. */
  ODF_RGW("odf-rgw"),
  /** ODF NooBaa through an ObjectBucketClaim. */
  ODF_NOOBAA("odf-noobaa"),
  /** Google Cloud Storage. */
  GCS("gcs"),
  /** Azure Blob Storage. */
  AZURE("azure"),
  /** OpenStack Swift. */
  SWIFT("swift"),
  /** IBM Cloud Object Storage. */
  IBMCOS("ibmcos");

  private final String cliName;

  StorageBackend(String cliName) {
    this.cliName = cliName;
  }

  /** The name on the command line, e.g. {@code odf-noobaa}. */
  public String cliName() {
    return cliName;
  }

  @Override
  public String toString() {
    return cliName;
  }

  /** Converts {@code --storage} values. */
  public static final class Converter implements ITypeConverter<StorageBackend> {
    @Override
    public StorageBackend convert(String value) {
      return Converters.wire(value.toLowerCase(Locale.ROOT), StorageBackend.class, StorageBackend::cliName);
    }
  }
}
