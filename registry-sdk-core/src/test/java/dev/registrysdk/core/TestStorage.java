package dev.registrysdk.core;

import dev.registrysdk.api.RolloutStrategy;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.spi.DesiredObject;
import dev.registrysdk.api.spi.StorageConstraints;
import dev.registrysdk.api.spi.StorageContext;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.api.spi.ProvisioningContext;
import dev.registrysdk.api.spi.ProvisioningStorageProvider;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageBuilder;
import java.util.Set;

/** Small storage providers for the engine's tests; the real ones live in registry-sdk-storage. */
final class TestStorage {

  private TestStorage() {}

  static StorageProvider emptyDir() {
    return new StorageProvider() {
      @Override
      public String backend() {
        return "emptyDir";
      }

      @Override
      public StorageContribution contribute(StorageContext context) {
        return StorageContribution.builder()
            .storage(new ImageRegistryConfigStorageBuilder().withNewEmptyDir().endEmptyDir().build())
            .constraints(StorageConstraints.builder().maxReplicas(1).because("emptyDir storage").build())
            .build();
      }
    };
  }

  /**
   * The operator's default claim: {@code pvc: {}}. Not {@code claim: ""}, which would undo the
   * claim name the operator writes back on every apply.
   */
  static StorageProvider operatorClaim() {
    return new StorageProvider() {
      @Override
      public String backend() {
        return "pvc";
      }

      @Override
      public StorageContribution contribute(StorageContext context) {
        return StorageContribution.builder()
            .storage(new ImageRegistryConfigStorageBuilder().withNewPvc().endPvc().build())
            .build();
      }
    };
  }

  /** An existing claim, assumed ReadWriteMany. */
  static StorageProvider claim(String name) {
    return new StorageProvider() {
      @Override
      public String backend() {
        return "pvc";
      }

      @Override
      public StorageContribution contribute(StorageContext context) {
        return StorageContribution.builder()
            .storage(new ImageRegistryConfigStorageBuilder().withNewPvc().withClaim(name).endPvc().build())
            .build();
      }
    };
  }

  /** A ReadWriteOnce block claim that suggests one replica and Recreate. */
  static StorageProvider blockClaim() {
    return new StorageProvider() {
      @Override
      public String backend() {
        return "pvc";
      }

      @Override
      public StorageContribution contribute(StorageContext context) {
        return StorageContribution.builder()
            .storage(new ImageRegistryConfigStorageBuilder().withNewPvc().withClaim("").endPvc().build())
            .constraints(StorageConstraints.builder().maxReplicas(1).requiredRolloutStrategy(RolloutStrategy.RECREATE)
                .because("claim image-registry-storage is ReadWriteOnce").build())
            .suggestedReplicas(1)
            .suggestedRolloutStrategy(RolloutStrategy.RECREATE)
            .build();
      }
    };
  }

  /**
   * S3 on a bucket provisioned while applying, whose CA config map is known only then, so the
   * provider cannot name it among its observed objects beforehand.
   */
  static StorageProvider provisionedS3(String bucket, String caPem) {
    return new ProvisioningStorageProvider() {
      @Override
      public String backend() {
        return "s3";
      }

      @Override
      public StorageContribution contribute(StorageContext context) {
        return StorageContribution.builder()
            .storage(new ImageRegistryConfigStorageBuilder().withNewS3().withRegion("local").endS3().build())
            .addResolvedAtApply("the bucket name")
            .build();
      }

      @Override
      public StorageContribution provision(ProvisioningContext context) {
        return StorageContribution.builder()
            .storage(new ImageRegistryConfigStorageBuilder().withNewS3().withBucket(bucket).withRegion("local")
                .withNewTrustedCA("provisioned-ca").endS3().build())
            .addObjects(DesiredObject.merge(new ConfigMapBuilder()
                .withNewMetadata().withNamespace(RegistryObjects.CONFIG_NAMESPACE).withName("provisioned-ca").endMetadata()
                .addToData(RegistryObjects.CA_BUNDLE_KEY, caPem).build(), "CA of the provisioned endpoint"))
            .build();
      }
    };
  }

  /** S3 whose credentials are merged into the user secret. */
  static StorageProvider s3(String bucket, String accessKey, String secretKey) {
    return new StorageProvider() {
      @Override
      public String backend() {
        return "s3";
      }

      @Override
      public Set<ResourceKey> observedObjects() {
        return Set.of(RegistryObjects.USER_CREDENTIALS);
      }

      @Override
      public StorageContribution contribute(StorageContext context) {
        return StorageContribution.builder()
            .storage(new ImageRegistryConfigStorageBuilder().withNewS3().withBucket(bucket).withRegion("local").endS3().build())
            .addObjects(DesiredObject.merge(new SecretBuilder()
                    .withNewMetadata().withNamespace(RegistryObjects.NAMESPACE).withName(RegistryObjects.USER_CREDENTIALS_SECRET).endMetadata()
                    .addToStringData("REGISTRY_STORAGE_S3_ACCESSKEY", accessKey)
                    .addToStringData("REGISTRY_STORAGE_S3_SECRETKEY", secretKey)
                    .build(), "S3 credentials")
                .asSensitive())
            .build();
      }

      @Override
      public String toString() {
        return "S3{bucket=" + bucket + ", credentials=****}";
      }
    };
  }
}
