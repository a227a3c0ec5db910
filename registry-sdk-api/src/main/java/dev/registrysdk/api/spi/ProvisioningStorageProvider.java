package dev.registrysdk.api.spi;

/**
 * A {@link StorageProvider} that must create something and wait for it before its contribution is
 * final, such as an ObjectBucketClaim whose bucket name and keys exist only once it is bound.
 *
 * <p>{@code plan()} never calls {@link #provision}: it shows {@link StorageProvider#contribute}'s
 * result, with the unknown values listed in {@link StorageContribution#resolvedAtApply()}.
 * {@code apply()} calls {@code provision} once, after validation succeeded and before any other
 * write, on the calling thread. Everything created through {@link ProvisioningContext#access()} is
 * recorded and undone if a later write fails. If it throws, nothing else is written.
 */
public interface ProvisioningStorageProvider extends StorageProvider {

  /** Creates and awaits what the backend needs; returns the final contribution. */
  StorageContribution provision(ProvisioningContext context);
}
