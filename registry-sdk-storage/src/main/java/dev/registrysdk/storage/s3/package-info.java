/**
 * {@link dev.registrysdk.storage.s3.S3}: the registry on AWS S3 or an S3-compatible store such as
 * MinIO, with its credentials, trusted CA ({@link dev.registrysdk.storage.s3.TrustedCa}) and
 * CloudFront middleware ({@link dev.registrysdk.storage.s3.S3CloudFront}); helpers that render the
 * bucket documents the procedures recommend ({@link dev.registrysdk.storage.s3.S3BucketPolicy},
 * {@link dev.registrysdk.storage.s3.S3BucketLifecycle}).
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.storage.s3;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
