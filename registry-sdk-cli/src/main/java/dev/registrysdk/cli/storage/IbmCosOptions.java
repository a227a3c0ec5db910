package dev.registrysdk.cli.storage;

import dev.registrysdk.cli.UsageException;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.cli.secret.SecretSource;
import dev.registrysdk.storage.ibmcos.IbmCos;
import picocli.CommandLine.Option;

/** Options of {@code --storage ibmcos}. */
public final class IbmCosOptions {

  @Option(names = "--ibmcos-bucket", paramLabel = "NAME", description = "The bucket (required).")
  String bucket;

  @Option(names = "--ibmcos-location", paramLabel = "LOCATION", description = "The bucket's location, e.g. us-south; required off IBM Cloud.")
  String location;

  @Option(names = "--ibmcos-resource-group", paramLabel = "NAME", description = "The resource group.")
  String resourceGroup;

  @Option(names = "--ibmcos-service-instance-crn", paramLabel = "CRN", description = "The COS service instance CRN.")
  String serviceInstanceCrn;

  @Option(names = "--ibmcos-resource-key-crn", paramLabel = "CRN", description = "The resource key CRN.")
  String resourceKeyCrn;

  @Option(names = "--ibmcos-api-key", paramLabel = "SOURCE", converter = SecretSource.Converter.class,
      description = "IAM API key: env:VARIABLE or file:PATH, never the value.")
  SecretSource apiKey;

  IbmCos provider(SecretReader secrets) {
    if (bucket == null) {
      throw new UsageException("--storage ibmcos needs --ibmcos-bucket");
    }
    IbmCos cos = IbmCos.of(bucket);
    if (location != null) {
      cos = cos.location(location);
    }
    if (resourceGroup != null) {
      cos = cos.resourceGroupName(resourceGroup);
    }
    if (serviceInstanceCrn != null) {
      cos = cos.serviceInstanceCrn(serviceInstanceCrn);
    }
    if (resourceKeyCrn != null) {
      cos = cos.resourceKeyCrn(resourceKeyCrn);
    }
    if (apiKey != null) {
      cos = cos.apiKey(secrets.read(apiKey, "--ibmcos-api-key"));
    }
    return cos;
  }
}
