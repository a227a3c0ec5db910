package dev.registrysdk.cli.storage;

import dev.registrysdk.cli.UsageException;
import dev.registrysdk.cli.desired.Converters;
import dev.registrysdk.storage.pvc.AccessMode;
import dev.registrysdk.storage.pvc.Pvc;
import picocli.CommandLine.Option;

/** Options of {@code --storage pvc}, {@code pvc-block} and {@code cephfs}. */
public final class PvcOptions {

  @Option(names = "--pvc-claim", paramLabel = "NAME", description = "Use the existing claim NAME in openshift-image-registry.")
  String claim;

  @Option(names = "--pvc-create", paramLabel = "NAME", description = "Create the claim NAME if missing (never changes an existing one).")
  String create;

  @Option(names = "--pvc-size", paramLabel = "SIZE", description = "Size of a claim to create. Default: 100Gi.")
  String size;

  @Option(names = "--pvc-access-mode", paramLabel = "MODE", converter = Converters.Access.class,
      description = "ReadWriteMany (default) or ReadWriteOnce (one replica, Recreate).")
  AccessMode accessMode;

  @Option(names = "--pvc-storage-class", paramLabel = "CLASS", description = "Storage class of a claim to create. Default: the cluster's default.")
  String storageClass;

  @Option(names = "--pvc-nfs", description = "The claim is on NFS: warns that RHEL NFS is not recommended for the registry.")
  boolean nfs;

  @Option(names = "--default-storage-class", paramLabel = "CLASS",
      description = "Also make CLASS the cluster's default storage class (the old default loses the annotation).")
  String defaultStorageClass;

  Pvc provider(StorageBackend backend) {
    Pvc pvc = switch (backend) {
      case PVC_BLOCK -> exclusive(backend, Pvc.block());
      case CEPHFS -> exclusive(backend, Pvc.cephFs());
      default -> {
        if (claim != null && create != null) {
          throw new UsageException("--pvc-claim uses an existing claim and --pvc-create makes one; give one of them");
        }
        yield claim != null ? Pvc.claim(claim) : create != null ? Pvc.create(create) : Pvc.operatorDefault();
      }
    };
    if (size != null) {
      pvc = pvc.size(size);
    }
    if (accessMode != null) {
      pvc = pvc.accessMode(accessMode);
    }
    if (storageClass != null) {
      pvc = pvc.storageClass(storageClass);
    }
    if (nfs) {
      pvc = pvc.nfs();
    }
    if (defaultStorageClass != null) {
      pvc = pvc.defaultStorageClass(defaultStorageClass);
    }
    return pvc;
  }

  private Pvc exclusive(StorageBackend backend, Pvc pvc) {
    if (claim != null || create != null) {
      throw new UsageException("--storage " + backend + " names its own claim; --pvc-claim and --pvc-create go with --storage pvc");
    }
    return pvc;
  }
}
