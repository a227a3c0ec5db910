package dev.registrysdk.storage.emptydir;

import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.spi.StorageConstraints;
import dev.registrysdk.api.spi.StorageContext;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.storage.StorageFindingCodes;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageEmptyDir;
import org.immutables.value.Value;

/**
 * Stores images in an {@code emptyDir} volume of the registry pod: {@code spec.storage.emptyDir: {}}.
 *
 * <pre>{@code
 * RegistryConfigurer.on(client).managed().storage(EmptyDir.create()).apply();
 * }</pre>
 *
 * <p>For non-production clusters only: every image is lost when the pod restarts, and each replica
 * has its own volume, so the registry allows one replica. The operator checks neither; this
 * provider reports {@link StorageFindingCodes#EMPTYDIR_NOT_PERSISTENT} as a warning and limits the
 * registry to one replica ({@link StorageFindingCodes#EMPTYDIR_SINGLE_REPLICA}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EmptyDir implements StorageProvider {

  EmptyDir() {}

  /** The emptyDir provider. */
  public static EmptyDir create() {
    return ImmutableEmptyDir.builder().build();
  }

  @Override
  public String backend() {
    return "emptyDir";
  }

  @Override
  public String description() {
    return "emptyDir (ephemeral, non-production)";
  }

  @Override
  public StorageContribution contribute(StorageContext context) {
    return StorageContribution.builder()
        .storage(new ImageRegistryConfigStorageBuilder().withEmptyDir(new ImageRegistryConfigStorageEmptyDir()).build())
        .constraints(
            StorageConstraints.builder()
                .maxReplicas(1)
                .code(StorageFindingCodes.EMPTYDIR_SINGLE_REPLICA)
                .because(
                    "emptyDir storage is per pod: with more than 1 replica each pod keeps its own images, "
                        + "and pulls fail with \"manifest unknown\" or \"blob unknown\" on the others")
                .build())
        .addFindings(
            Finding.warning(
                StorageFindingCodes.EMPTYDIR_NOT_PERSISTENT,
                "spec.storage.emptyDir",
                "emptyDir storage is not suitable for production use: all images are lost when the registry "
                    + "pod restarts",
                "Use persistent storage, e.g. .storage(Pvc.operatorDefault()) or .storage(S3.of(\"bucket\")...)"))
        .build();
  }
}
