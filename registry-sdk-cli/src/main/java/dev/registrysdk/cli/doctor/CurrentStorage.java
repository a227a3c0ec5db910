package dev.registrysdk.cli.doctor;

import dev.registrysdk.api.spi.StorageProvider;
import dev.registrysdk.storage.azure.Azure;
import dev.registrysdk.storage.emptydir.EmptyDir;
import dev.registrysdk.storage.gcs.Gcs;
import dev.registrysdk.storage.ibmcos.IbmCos;
import dev.registrysdk.storage.pvc.Pvc;
import dev.registrysdk.storage.s3.S3;
import dev.registrysdk.storage.s3.TrustedCa;
import dev.registrysdk.storage.swift.Swift;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorage;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageAzure;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageGCS;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageIBMCOS;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageS3;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageSwift;
import java.util.Optional;

/**
 * The provider that describes the storage a Config already has, so the SDK's provider rules
 * (credentials present, claim access modes, emptyDir replicas) can check the registry as it is.
 * Storage whose names the operator has not chosen yet maps to nothing.
 */
final class CurrentStorage {

  private CurrentStorage() {}

  static Optional<StorageProvider> provider(ImageRegistryConfigStorage storage) {
    if (storage.getEmptyDir() != null) {
      return Optional.of(EmptyDir.create());
    }
    if (storage.getPvc() != null) {
      String claim = storage.getPvc().getClaim();
      return Optional.of(isBlank(claim) ? Pvc.operatorDefault() : Pvc.claim(claim));
    }
    if (storage.getS3() != null) {
      return s3(storage.getS3());
    }
    if (storage.getGcs() != null) {
      return gcs(storage.getGcs());
    }
    if (storage.getAzure() != null) {
      return Optional.of(azure(storage.getAzure()));
    }
    if (storage.getSwift() != null) {
      return Optional.of(swift(storage.getSwift()));
    }
    if (storage.getIbmcos() != null) {
      return ibmcos(storage.getIbmcos());
    }
    return Optional.empty();
  }

  private static Optional<StorageProvider> s3(ImageRegistryConfigStorageS3 stanza) {
    if (isBlank(stanza.getBucket())) {
      return Optional.empty();
    }
    S3 s3 = S3.of(stanza.getBucket());
    if (!isBlank(stanza.getRegion())) {
      s3 = s3.region(stanza.getRegion());
    }
    if (!isBlank(stanza.getRegionEndpoint())) {
      s3 = s3.endpoint(stanza.getRegionEndpoint());
    }
    if (stanza.getVirtualHostedStyle() != null) {
      s3 = s3.virtualHostedStyle(stanza.getVirtualHostedStyle());
    }
    if (stanza.getEncrypt() != null) {
      s3 = s3.encrypt(stanza.getEncrypt());
    }
    if (!isBlank(stanza.getKeyID())) {
      s3 = s3.keyId(stanza.getKeyID());
    }
    if (stanza.getChunkSizeMiB() != null) {
      s3 = s3.chunkSizeMiB(stanza.getChunkSizeMiB());
    }
    if (stanza.getTrustedCA() != null && !isBlank(stanza.getTrustedCA().getName())) {
      s3 = s3.trustedCa(TrustedCa.configMap(stanza.getTrustedCA().getName()));
    }
    return Optional.of(s3);
  }

  private static Optional<StorageProvider> gcs(ImageRegistryConfigStorageGCS stanza) {
    if (isBlank(stanza.getBucket())) {
      return Optional.empty();
    }
    Gcs gcs = Gcs.of(stanza.getBucket());
    if (!isBlank(stanza.getRegion())) {
      gcs = gcs.region(stanza.getRegion());
    }
    if (!isBlank(stanza.getProjectID())) {
      gcs = gcs.projectId(stanza.getProjectID());
    }
    if (!isBlank(stanza.getKeyID())) {
      gcs = gcs.keyId(stanza.getKeyID());
    }
    return Optional.of(gcs);
  }

  private static StorageProvider azure(ImageRegistryConfigStorageAzure stanza) {
    Azure azure = !isBlank(stanza.getAccountName()) && !isBlank(stanza.getContainer())
        ? Azure.of(stanza.getAccountName(), stanza.getContainer())
        : Azure.operatorManaged();
    if (!isBlank(stanza.getCloudName())) {
      azure = azure.cloudName(stanza.getCloudName());
    }
    return azure;
  }

  private static StorageProvider swift(ImageRegistryConfigStorageSwift stanza) {
    Swift swift = isBlank(stanza.getContainer()) ? Swift.operatorManaged() : Swift.of(stanza.getContainer());
    if (!isBlank(stanza.getAuthURL())) {
      swift = swift.authUrl(stanza.getAuthURL());
    }
    if (!isBlank(stanza.getAuthVersion())) {
      swift = swift.authVersion(stanza.getAuthVersion());
    }
    if (!isBlank(stanza.getDomain())) {
      swift = swift.domain(stanza.getDomain());
    }
    if (!isBlank(stanza.getTenant())) {
      swift = swift.tenant(stanza.getTenant());
    }
    if (!isBlank(stanza.getRegionName())) {
      swift = swift.regionName(stanza.getRegionName());
    }
    return swift;
  }

  private static Optional<StorageProvider> ibmcos(ImageRegistryConfigStorageIBMCOS stanza) {
    if (isBlank(stanza.getBucket())) {
      return Optional.empty();
    }
    IbmCos cos = IbmCos.of(stanza.getBucket());
    if (!isBlank(stanza.getLocation())) {
      cos = cos.location(stanza.getLocation());
    }
    if (!isBlank(stanza.getResourceGroupName())) {
      cos = cos.resourceGroupName(stanza.getResourceGroupName());
    }
    if (!isBlank(stanza.getServiceInstanceCRN())) {
      cos = cos.serviceInstanceCrn(stanza.getServiceInstanceCRN());
    }
    if (!isBlank(stanza.getResourceKeyCRN())) {
      cos = cos.resourceKeyCrn(stanza.getResourceKeyCRN());
    }
    return Optional.of(cos);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
