package dev.registrysdk.storage.oss;

import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.spi.StorageContext;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.storage.StorageFindingCodes;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageAlibabaOSSBuilder;
import org.immutables.value.Value;

/**
 * Alibaba Cloud OSS ({@code spec.storage.oss}): <strong>not supported any more</strong>. The Image
 * Registry Operator removed its OSS driver (absent from OpenShift 4.17 on); it ignores
 * {@code spec.storage.oss}, and a registry with only that backend counts as having no storage.
 *
 * <p>This provider exists so that existing code fails clearly: its contribution always carries the
 * error {@link StorageFindingCodes#OSS_DRIVER_REMOVED}, and {@code apply()} refuses it. Use OSS
 * through its S3-compatible API instead:
 *
 * <pre>{@code
 * S3.of("ocp-registry").endpoint("https://oss-cn-hangzhou.aliyuncs.com").region("cn-hangzhou")
 *     .virtualHostedStyle(true).credentials(accessKeyId, accessKeySecret)
 * }</pre>
 */
@Value.Immutable
public abstract class Oss implements StorageProvider {

  Oss() {}

  /** The bucket's name. */
  @Value.Parameter
  public abstract String bucket();

  /** An OSS bucket; refused when applied. */
  public static Oss of(String bucket) {
    return ImmutableOss.of(bucket);
  }

  @Override
  public String backend() {
    return "oss";
  }

  @Override
  public String description() {
    return "Alibaba OSS bucket " + bucket() + " (driver removed from the operator)";
  }

  @Override
  public StorageContribution contribute(StorageContext context) {
    return StorageContribution.builder()
        .storage(new ImageRegistryConfigStorageBuilder()
            .withOss(new ImageRegistryConfigStorageAlibabaOSSBuilder().withBucket(bucket()).build())
            .build())
        .addFindings(
            Finding.error(
                StorageFindingCodes.OSS_DRIVER_REMOVED,
                "spec.storage.oss",
                "The Image Registry Operator removed its Alibaba OSS driver (OpenShift 4.17 and later): it ignores "
                    + "spec.storage.oss, and with no other backend the registry has no storage (storage backend not "
                    + "configured)",
                "Use OSS's S3-compatible API: S3.of(\"" + bucket() + "\").endpoint(\"https://oss-<region>.aliyuncs.com\")"
                    + ".region(\"<region>\").virtualHostedStyle(true).credentials(accessKeyId, accessKeySecret); "
                    + "or a claim: Pvc.create(\"registry-storage\")"))
        .build();
  }

  @Value.Check
  void check() {
    if (bucket().isBlank()) {
      throw new IllegalArgumentException("An OSS bucket needs a name: Oss.of(\"my-bucket\")");
    }
  }
}
