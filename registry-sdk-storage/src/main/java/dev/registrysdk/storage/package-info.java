/**
 * Storage providers for the integrated image registry: one {@link dev.registrysdk.api.spi.StorageProvider}
 * per backend the Image Registry Operator supports, each in a package of its own.
 *
 * <ul>
 *   <li>{@link dev.registrysdk.storage.emptydir.EmptyDir}: ephemeral, non-production storage.
 *   <li>{@link dev.registrysdk.storage.pvc.Pvc}: a persistent volume claim, existing, created by the
 *       SDK or by the operator; presets for CephFS, block storage and NFS.
 *   <li>{@link dev.registrysdk.storage.s3.S3}: AWS S3, MinIO and other S3-compatible stores.
 *   <li>{@link dev.registrysdk.storage.odf.Odf}: OpenShift Data Foundation object storage (Ceph RGW,
 *       NooBaa) through an ObjectBucketClaim.
 *   <li>{@link dev.registrysdk.storage.gcs.Gcs}, {@link dev.registrysdk.storage.azure.Azure},
 *       {@link dev.registrysdk.storage.swift.Swift}, {@link dev.registrysdk.storage.ibmcos.IbmCos}:
 *       the other cloud object stores.
 *   <li>{@link dev.registrysdk.storage.oss.Oss}: Alibaba OSS, whose driver the operator removed; kept
 *       so that choosing it fails with a clear finding.
 * </ul>
 *
 * <p>Every provider is an immutable value: each fluent call returns a new instance. Credentials are
 * redacted from {@code toString()} and written only into secrets in {@code openshift-image-registry}
 * (mostly {@code image-registry-private-configuration-user}, merged so other keys stay), marked
 * sensitive so the engine masks them in plans. The finding codes of all providers are listed in
 * {@link dev.registrysdk.storage.StorageFindingCodes}.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.storage;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
