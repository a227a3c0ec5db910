package dev.registrysdk.cli.storage;

import dev.registrysdk.cli.UsageException;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.cli.secret.SecretSource;
import dev.registrysdk.storage.gcs.Gcs;
import picocli.CommandLine.Option;

/** Options of {@code --storage gcs}. */
public final class GcsOptions {

  @Option(names = "--gcs-bucket", paramLabel = "NAME", description = "The bucket (required).")
  String bucket;

  @Option(names = "--gcs-region", paramLabel = "REGION", description = "The bucket's region.")
  String region;

  @Option(names = "--gcs-project-id", paramLabel = "ID", description = "The GCP project of the bucket.")
  String projectId;

  @Option(names = "--gcs-key-id", paramLabel = "ID", description = "KMS key for a custom encryption key.")
  String keyId;

  @Option(names = "--gcs-keyfile", paramLabel = "SOURCE", converter = SecretSource.Converter.class,
      description = "Service account key JSON: file:PATH or env:VARIABLE, never the value.")
  SecretSource keyFile;

  Gcs provider(SecretReader secrets) {
    if (bucket == null) {
      throw new UsageException("--storage gcs needs --gcs-bucket");
    }
    Gcs gcs = Gcs.of(bucket);
    if (region != null) {
      gcs = gcs.region(region);
    }
    if (projectId != null) {
      gcs = gcs.projectId(projectId);
    }
    if (keyId != null) {
      gcs = gcs.keyId(keyId);
    }
    if (keyFile != null) {
      gcs = gcs.keyFile(secrets.read(keyFile, "--gcs-keyfile"));
    }
    return gcs;
  }
}
