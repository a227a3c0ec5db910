package dev.registrysdk.storage.azure;

import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.storage.StorageFindingCodes;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.AzureNetworkAccessBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.AzureNetworkAccessInternalBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * How the registry reaches its storage account ({@code spec.storage.azure.networkAccess}):
 * {@link #external()} over the public endpoint (the API's default), or {@link #internal()} through
 * a private endpoint in a subnet of the cluster's virtual network.
 *
 * <pre>{@code
 * AzureNetworkAccess.internal().vnetName("cluster-vnet").subnetName("worker-subnet")
 *     .networkResourceGroupName("network-rg").privateEndpointName("registry-pe")
 * }</pre>
 *
 * <p>Names left out are discovered by the operator. The names must match the CRD's patterns, and
 * internal settings are forbidden unless the type is {@code Internal}; both are reported as
 * findings. Immutable.
 */
@Value.Immutable
public abstract class AzureNetworkAccess {

  /** The two types of network access. */
  public enum Type {
    /** Over the storage account's public endpoint. */
    EXTERNAL("External"),
    /** Through a private endpoint; public access to the account is disabled. */
    INTERNAL("Internal");

    private final String wireValue;

    Type(String wireValue) {
      this.wireValue = wireValue;
    }

    /** The value as the API spells it. */
    public String wireValue() {
      return wireValue;
    }
  }

  private static final Pattern RESOURCE_GROUP = Pattern.compile("^[0-9A-Za-z_.-](?:[0-9A-Za-z_.-]*[0-9A-Za-z_-])?$");
  private static final Pattern VNET = Pattern.compile("^[0-9A-Za-z][0-9A-Za-z_.-]*[0-9A-Za-z_]$");
  private static final Pattern SUBNET = Pattern.compile("^[0-9A-Za-z](?:[0-9A-Za-z_.-]*[0-9A-Za-z_])?$");
  private static final Pattern PRIVATE_ENDPOINT = VNET;

  AzureNetworkAccess() {}

  /** The type. */
  @Value.Parameter
  public abstract Type type();

  /** The resource group of the virtual network, if not the cluster's. */
  public abstract Optional<String> networkResourceGroupName();

  /** The virtual network of the private endpoint. */
  public abstract Optional<String> vnetName();

  /** The subnet of the private endpoint. */
  public abstract Optional<String> subnetName();

  /** The private endpoint's name. */
  public abstract Optional<String> privateEndpointName();

  /** Over the public endpoint. */
  public static AzureNetworkAccess external() {
    return ImmutableAzureNetworkAccess.of(Type.EXTERNAL);
  }

  /** Through a private endpoint; the operator discovers the names not given. */
  public static AzureNetworkAccess internal() {
    return ImmutableAzureNetworkAccess.of(Type.INTERNAL);
  }

  /** A copy with this network resource group (1..90 characters). */
  public AzureNetworkAccess networkResourceGroupName(String name) {
    return ImmutableAzureNetworkAccess.builder().from(this).networkResourceGroupName(name).build();
  }

  /** A copy with this virtual network (2..64 characters). */
  public AzureNetworkAccess vnetName(String name) {
    return ImmutableAzureNetworkAccess.builder().from(this).vnetName(name).build();
  }

  /** A copy with this subnet (1..80 characters). */
  public AzureNetworkAccess subnetName(String name) {
    return ImmutableAzureNetworkAccess.builder().from(this).subnetName(name).build();
  }

  /** A copy with this private endpoint name (2..64 characters). */
  public AzureNetworkAccess privateEndpointName(String name) {
    return ImmutableAzureNetworkAccess.builder().from(this).privateEndpointName(name).build();
  }

  private boolean hasInternal() {
    return networkResourceGroupName().isPresent() || vnetName().isPresent() || subnetName().isPresent()
        || privateEndpointName().isPresent();
  }

  /** The stanza. */
  io.fabric8.openshift.api.model.operator.imageregistry.v1.AzureNetworkAccess stanza() {
    AzureNetworkAccessBuilder b = new AzureNetworkAccessBuilder().withType(type().wireValue());
    if (hasInternal()) {
      AzureNetworkAccessInternalBuilder internal = new AzureNetworkAccessInternalBuilder();
      networkResourceGroupName().ifPresent(internal::withNetworkResourceGroupName);
      vnetName().ifPresent(internal::withVnetName);
      subnetName().ifPresent(internal::withSubnetName);
      privateEndpointName().ifPresent(internal::withPrivateEndpointName);
      b.withInternal(internal.build());
    }
    return b.build();
  }

  /** The CRD's rules: the CEL rule on {@code internal}, then each name's length and pattern. */
  List<Finding> findings() {
    List<Finding> out = new ArrayList<>();
    String base = "spec.storage.azure.networkAccess";
    if (type() != Type.INTERNAL && hasInternal()) {
      out.add(
          Finding.error(
              StorageFindingCodes.AZURE_INTERNAL_FORBIDDEN,
              base,
              base + ": Invalid value: \"object\": internal is forbidden when type is not Internal",
              "Use AzureNetworkAccess.internal() with these names, or drop them"));
    }
    check(out, base + ".internal.networkResourceGroupName", networkResourceGroupName(), 1, 90, RESOURCE_GROUP);
    check(out, base + ".internal.vnetName", vnetName(), 2, 64, VNET);
    check(out, base + ".internal.subnetName", subnetName(), 1, 80, SUBNET);
    check(out, base + ".internal.privateEndpointName", privateEndpointName(), 2, 64, PRIVATE_ENDPOINT);
    return out;
  }

  private static void check(List<Finding> out, String path, Optional<String> value, int min, int max, Pattern pattern) {
    if (value.isEmpty()) {
      return;
    }
    String v = value.get();
    String problem = null;
    if (v.length() < min) {
      problem = "should be at least " + min + " chars long";
    } else if (v.length() > max) {
      problem = "may not be more than " + max + " bytes";
    } else if (!pattern.matcher(v).matches()) {
      problem = "should match '" + pattern.pattern() + "'";
    }
    if (problem != null) {
      out.add(
          Finding.error(
              StorageFindingCodes.AZURE_NETWORK_NAME_INVALID,
              path,
              path + " in body " + problem + " (got \"" + v + "\")",
              "Use the Azure resource's exact name, " + min + " to " + max + " characters"));
    }
  }
}
