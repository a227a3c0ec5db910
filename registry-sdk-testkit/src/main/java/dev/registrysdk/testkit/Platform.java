package dev.registrysdk.testkit;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The infrastructure platforms a fake cluster can pretend to run on, by the value of {@code
 * infrastructure.config.openshift.io/cluster} {@code status.platformStatus.type}.
 *
 * <p>The platform decides what the simulated operator bootstraps: BareMetal, vSphere, None and the
 * other on-premise platforms start {@code Removed} without storage; AWS, Azure, GCP, IBM Cloud and
 * PowerVS start {@code Managed} on their object storage with two replicas; OpenStack uses Swift or,
 * without it, a ReadWriteOnce claim; oVirt uses the claim; Libvirt uses {@code emptyDir}.
 */
public enum Platform {
  /** Amazon Web Services. */
  AWS("AWS"),
  /** Microsoft Azure. */
  AZURE("Azure"),
  /** Google Cloud. */
  GCP("GCP"),
  /** Bare metal (IPI or UPI). */
  BARE_METAL("BareMetal"),
  /** VMware vSphere. */
  VSPHERE("VSphere"),
  /** No platform integration ("platform: none"). */
  NONE("None"),
  /** OpenStack. */
  OPENSTACK("OpenStack"),
  /** IBM Cloud (VPC). */
  IBM_CLOUD("IBMCloud"),
  /** IBM Power Virtual Server. */
  POWER_VS("PowerVS"),
  /** Libvirt (development clusters). */
  LIBVIRT("Libvirt"),
  /** Nutanix. */
  NUTANIX("Nutanix"),
  /** oVirt / Red Hat Virtualization. */
  OVIRT("oVirt"),
  /** KubeVirt (hosted clusters on OpenShift Virtualization). */
  KUBEVIRT("KubeVirt"),
  /** Equinix Metal. */
  EQUINIX_METAL("EquinixMetal"),
  /** Alibaba Cloud. */
  ALIBABA_CLOUD("AlibabaCloud"),
  /** An external platform integration. */
  EXTERNAL("External");

  private final String platformType;

  Platform(String platformType) {
    this.platformType = platformType;
  }

  /** Returns the value of {@code status.platformStatus.type}, e.g. {@code BareMetal}. */
  public String platformType() {
    return platformType;
  }

  /**
   * Finds a platform by its type ({@code BareMetal}), its constant name ({@code BARE_METAL}) or a
   * command-line spelling ({@code bare-metal}, {@code baremetal}), ignoring case.
   *
   * @throws IllegalArgumentException listing the known names when none matches
   */
  public static Platform fromName(String name) {
    String wanted = normalise(name);
    for (Platform platform : values()) {
      if (normalise(platform.platformType).equals(wanted) || normalise(platform.name()).equals(wanted)) {
        return platform;
      }
    }
    throw new IllegalArgumentException("Unknown platform '" + name + "'; known platforms: "
        + Arrays.stream(values()).map(p -> p.platformType().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", ")));
  }

  private static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
  }
}
