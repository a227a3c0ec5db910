/**
 * {@link dev.registrysdk.storage.azure.Azure}: the registry on an Azure Blob Storage container,
 * with its account key and network access ({@link dev.registrysdk.storage.azure.AzureNetworkAccess}).
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.storage.azure;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
