package dev.registrysdk.cli.storage;

import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.UsageException;
import dev.registrysdk.cli.desired.OptionFiles;
import dev.registrysdk.storage.s3.TrustedCa;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The CA an S3 endpoint's certificate is checked against ({@code spec.storage.s3.trustedCA}). */
public final class TrustedCaOptions {

  @Option(names = "--s3-trusted-ca-file", paramLabel = "FILE",
      description = "Trust this PEM CA; it is written to config map image-registry-s3-bundle in openshift-config.")
  String file;

  @Option(names = "--s3-trusted-ca-configmap", paramLabel = "NAME",
      description = "Trust the CA in this existing config map of openshift-config (key ca-bundle.crt).")
  String configMap;

  @Option(names = "--s3-trust-ingress-ca", description = "Trust the cluster's default ingress certificate, for an endpoint behind a route.")
  boolean ingress;

  @Option(names = "--s3-trusted-ca-configmap-name", paramLabel = "NAME",
      description = "Name of the config map written for --s3-trusted-ca-file or --s3-trust-ingress-ca. Default: image-registry-s3-bundle.")
  String writtenName;

  Optional<TrustedCa> trustedCa(CliEnvironment environment) {
    int given = (file != null ? 1 : 0) + (configMap != null ? 1 : 0) + (ingress ? 1 : 0);
    if (given > 1) {
      throw new UsageException("--s3-trusted-ca-file, --s3-trusted-ca-configmap and --s3-trust-ingress-ca exclude each other");
    }
    TrustedCa ca = file != null ? TrustedCa.fromPem(OptionFiles.text(environment, file, "--s3-trusted-ca-file"))
        : configMap != null ? TrustedCa.configMap(configMap)
        : ingress ? TrustedCa.fromIngressCertificate()
        : null;
    if (ca == null) {
      if (writtenName != null) {
        throw new UsageException("--s3-trusted-ca-configmap-name goes with --s3-trusted-ca-file or --s3-trust-ingress-ca");
      }
      return Optional.empty();
    }
    if (writtenName != null) {
      if (configMap != null) {
        throw new UsageException("--s3-trusted-ca-configmap already names the config map");
      }
      ca = ca.configMapName(writtenName);
    }
    return Optional.of(ca);
  }
}
