package dev.registrysdk.cli.storage;

import dev.registrysdk.api.StorageManagementState;
import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.UsageException;
import dev.registrysdk.cli.desired.ConfigurerOptions;
import dev.registrysdk.cli.desired.Converters;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.azure.Azure;
import dev.registrysdk.storage.emptydir.EmptyDir;
import dev.registrysdk.storage.gcs.Gcs;
import dev.registrysdk.storage.ibmcos.IbmCos;
import dev.registrysdk.storage.odf.Odf;
import dev.registrysdk.storage.pvc.Pvc;
import dev.registrysdk.storage.s3.S3;
import dev.registrysdk.storage.swift.Swift;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * {@code --storage BACKEND} and the options of each backend. Options of a backend other than the
 * one chosen are refused, so a typo never silently configures nothing. Picocli creates a group only
 * when one of its options is given, which is how "given" is told here.
 */
public final class StorageOptions implements ConfigurerOptions {

  private static final Set<StorageBackend> PVC_LIKE = EnumSet.of(StorageBackend.PVC, StorageBackend.PVC_BLOCK, StorageBackend.CEPHFS);
  private static final Set<StorageBackend> S3_LIKE = EnumSet.of(StorageBackend.S3, StorageBackend.ODF_RGW, StorageBackend.ODF_NOOBAA);
  private static final Set<StorageBackend> ODF = EnumSet.of(StorageBackend.ODF_RGW, StorageBackend.ODF_NOOBAA);

  @Option(names = "--storage", paramLabel = "BACKEND", converter = StorageBackend.Converter.class,
      description = "Storage backend: emptydir, pvc, pvc-block, cephfs, s3, odf-rgw, odf-noobaa, gcs, azure, swift, ibmcos."
          + " Any other backend is removed in the same write.")
  StorageBackend backend;

  @Option(names = "--storage-management-state", paramLabel = "STATE", converter = Converters.StorageState.class,
      description = "Managed (the operator may delete the storage when the registry is Removed) or Unmanaged.")
  StorageManagementState managementState;

  @ArgGroup(exclusive = false, validate = false, order = 21, heading = "%nClaims (--storage pvc, pvc-block, cephfs)%n")
  PvcOptions pvc;

  @ArgGroup(exclusive = false, validate = false, order = 22, heading = "%nS3 and S3-compatible stores (--storage s3)%n")
  S3Options s3;

  @ArgGroup(exclusive = false, validate = false, order = 23, heading = "%nTrusted CA of an S3 endpoint (--storage s3, odf-rgw, odf-noobaa)%n")
  TrustedCaOptions trustedCa;

  @ArgGroup(exclusive = false, validate = false, order = 24, heading = "%nODF object storage (--storage odf-rgw, odf-noobaa)%n")
  OdfOptions odf;

  @ArgGroup(exclusive = false, validate = false, order = 25, heading = "%nGoogle Cloud Storage (--storage gcs)%n")
  GcsOptions gcs;

  @ArgGroup(exclusive = false, validate = false, order = 26, heading = "%nAzure Blob Storage (--storage azure)%n")
  AzureOptions azure;

  @ArgGroup(exclusive = false, validate = false, order = 27, heading = "%nOpenStack Swift (--storage swift)%n")
  SwiftOptions swift;

  @ArgGroup(exclusive = false, validate = false, order = 28, heading = "%nIBM Cloud Object Storage (--storage ibmcos)%n")
  IbmCosOptions ibmcos;

  @Override
  public RegistryConfigurer applyTo(RegistryConfigurer configurer, SecretReader secrets, CliEnvironment environment) {
    refuseOptionsOfOtherBackends();
    if (backend == null) {
      if (managementState != null) {
        throw new UsageException("--storage-management-state goes with --storage");
      }
      return configurer;
    }
    return configurer.storage(provider(secrets, environment));
  }

  private StorageProvider provider(SecretReader secrets, CliEnvironment environment) {
    return switch (backend) {
      case EMPTYDIR -> {
        if (managementState != null) {
          throw new UsageException("--storage-management-state does not apply to emptydir");
        }
        yield EmptyDir.create();
      }
      case PVC, PVC_BLOCK, CEPHFS -> {
        Pvc claim = (pvc != null ? pvc : new PvcOptions()).provider(backend);
        yield managementState != null ? claim.managementState(managementState) : claim;
      }
      case S3 -> {
        S3 store = (s3 != null ? s3 : new S3Options()).provider(secrets);
        if (trustedCa != null) {
          store = trustedCa.trustedCa(environment).map(store::trustedCa).orElse(store);
        }
        yield managementState != null ? store.managementState(managementState) : store;
      }
      case ODF_RGW, ODF_NOOBAA -> {
        if (managementState != null) {
          throw new UsageException("--storage " + backend + " keeps the bucket Unmanaged; --storage-management-state does not apply");
        }
        Odf claim = backend == StorageBackend.ODF_RGW ? Odf.cephRgw() : Odf.nooBaa();
        if (odf != null) {
          claim = odf.apply(claim);
        }
        if (trustedCa != null) {
          claim = trustedCa.trustedCa(environment).map(claim::trustedCa).orElse(claim);
        }
        yield claim;
      }
      case GCS -> {
        Gcs store = (gcs != null ? gcs : new GcsOptions()).provider(secrets);
        yield managementState != null ? store.managementState(managementState) : store;
      }
      case AZURE -> {
        Azure store = (azure != null ? azure : new AzureOptions()).provider(secrets);
        yield managementState != null ? store.managementState(managementState) : store;
      }
      case SWIFT -> {
        Swift store = (swift != null ? swift : new SwiftOptions()).provider(secrets);
        yield managementState != null ? store.managementState(managementState) : store;
      }
      case IBMCOS -> {
        IbmCos store = (ibmcos != null ? ibmcos : new IbmCosOptions()).provider(secrets);
        yield managementState != null ? store.managementState(managementState) : store;
      }
    };
  }

  private void refuseOptionsOfOtherBackends() {
    List<String> wrong = new ArrayList<>();
    check(wrong, pvc, PVC_LIKE, "--pvc-*, --default-storage-class", "pvc, pvc-block or cephfs");
    check(wrong, s3, EnumSet.of(StorageBackend.S3), "--s3-*", "s3");
    check(wrong, trustedCa, S3_LIKE, "--s3-trusted-ca-*, --s3-trust-ingress-ca", "s3, odf-rgw or odf-noobaa");
    check(wrong, odf, ODF, "--odf-*", "odf-rgw or odf-noobaa");
    check(wrong, gcs, EnumSet.of(StorageBackend.GCS), "--gcs-*", "gcs");
    check(wrong, azure, EnumSet.of(StorageBackend.AZURE), "--azure-*", "azure");
    check(wrong, swift, EnumSet.of(StorageBackend.SWIFT), "--swift-*", "swift");
    check(wrong, ibmcos, EnumSet.of(StorageBackend.IBMCOS), "--ibmcos-*", "ibmcos");
    if (!wrong.isEmpty()) {
      throw new UsageException(String.join("; ", wrong));
    }
  }

  private void check(List<String> wrong, Object group, Set<StorageBackend> backends, String options, String expected) {
    if (group != null && (backend == null || !backends.contains(backend))) {
      wrong.add(options + " go with --storage " + expected
          + (backend == null ? ", and no --storage was given" : ", not " + backend));
    }
  }
}
