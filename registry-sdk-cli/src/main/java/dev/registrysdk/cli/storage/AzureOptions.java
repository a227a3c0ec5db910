package dev.registrysdk.cli.storage;

import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.cli.secret.SecretSource;
import dev.registrysdk.storage.azure.Azure;
import dev.registrysdk.storage.azure.AzureNetworkAccess;
import picocli.CommandLine.Option;

/** Options of {@code --storage azure}; without account and container the operator provisions them. */
public final class AzureOptions {

  @Option(names = "--azure-account", paramLabel = "NAME", description = "Storage account name.")
  String account;

  @Option(names = "--azure-container", paramLabel = "NAME", description = "Blob container name.")
  String container;

  @Option(names = "--azure-cloud-name", paramLabel = "CLOUD", description = "Azure cloud, e.g. AzurePublicCloud.")
  String cloudName;

  @Option(names = "--azure-account-key", paramLabel = "SOURCE", converter = SecretSource.Converter.class,
      description = "Account key: env:VARIABLE or file:PATH, never the value.")
  SecretSource accountKey;

  @Option(names = "--azure-internal", description = "Reach the storage account through a private endpoint.")
  boolean internal;

  @Option(names = "--azure-vnet", paramLabel = "NAME", description = "With --azure-internal: the virtual network.")
  String vnet;

  @Option(names = "--azure-subnet", paramLabel = "NAME", description = "With --azure-internal: the subnet.")
  String subnet;

  @Option(names = "--azure-network-resource-group", paramLabel = "NAME", description = "With --azure-internal: the network's resource group.")
  String networkResourceGroup;

  @Option(names = "--azure-private-endpoint", paramLabel = "NAME", description = "With --azure-internal: the private endpoint's name.")
  String privateEndpoint;

  Azure provider(SecretReader secrets) {
    Azure azure = account != null && container != null ? Azure.of(account, container)
        : account != null ? Azure.account(account)
        : Azure.operatorManaged();
    if (container != null && account == null) {
      azure = azure.container(container);
    }
    if (cloudName != null) {
      azure = azure.cloudName(cloudName);
    }
    if (accountKey != null) {
      azure = azure.accountKey(secrets.read(accountKey, "--azure-account-key"));
    }
    if (internal || vnet != null || subnet != null || networkResourceGroup != null || privateEndpoint != null) {
      AzureNetworkAccess access = AzureNetworkAccess.internal();
      if (vnet != null) {
        access = access.vnetName(vnet);
      }
      if (subnet != null) {
        access = access.subnetName(subnet);
      }
      if (networkResourceGroup != null) {
        access = access.networkResourceGroupName(networkResourceGroup);
      }
      if (privateEndpoint != null) {
        access = access.privateEndpointName(privateEndpoint);
      }
      azure = azure.networkAccess(access);
    }
    return azure;
  }
}
