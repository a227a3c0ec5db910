package dev.registrysdk.cli.storage;

import dev.registrysdk.cli.desired.Converters;
import dev.registrysdk.storage.odf.Odf;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options of {@code --storage odf-rgw} and {@code odf-noobaa}: an ObjectBucketClaim, re-keyed credentials, the ingress CA. */
public final class OdfOptions {

  @Option(names = "--odf-claim", paramLabel = "NAME", description = "The ObjectBucketClaim's name. Default: image-registry-bucket.")
  String claim;

  @Option(names = "--odf-namespace", paramLabel = "NAMESPACE", description = "The claim's namespace. Default: openshift-storage.")
  String namespace;

  @Option(names = "--odf-bucket-prefix", paramLabel = "PREFIX", description = "generateBucketName of the claim. Default: the claim's name.")
  String bucketPrefix;

  @Option(names = "--odf-endpoint", paramLabel = "URL",
      description = "The S3 endpoint instead of the ODF route, e.g. an in-cluster service URL.")
  String endpoint;

  @Option(names = "--odf-timeout", paramLabel = "DURATION", converter = Converters.GoDurations.class,
      description = "How long the claim may take to bind. Default: 5m.")
  Duration timeout;

  Odf apply(Odf odf) {
    Odf out = odf;
    if (claim != null) {
      out = out.claimName(claim);
    }
    if (namespace != null) {
      out = out.namespace(namespace);
    }
    if (bucketPrefix != null) {
      out = out.generateBucketName(bucketPrefix);
    }
    if (endpoint != null) {
      out = out.endpoint(endpoint);
    }
    if (timeout != null) {
      out = out.timeout(timeout);
    }
    return out;
  }
}
