package dev.registrysdk.render;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The Red Hat Advanced Cluster Management {@code Policy} to render for a fleet: one
 * {@code ConfigurationPolicy} whose object templates ({@code musthave}) are the rendered objects,
 * with a {@code Placement} and {@code PlacementBinding} that select the managed clusters.
 *
 * <pre>{@code
 * AcmPolicy.named("image-registry").namespace("policies").enforce()
 *     .clusterSelector(Map.of("environment", "prod"));
 * }</pre>
 *
 * <p>The placement's namespace needs a {@code ManagedClusterSetBinding} on the hub, as for any
 * RHACM placement.
 *
 * @param name the Policy's name
 * @param namespace the hub namespace of the Policy, Placement and PlacementBinding (default {@code policies})
 * @param remediation inform (report only, the default) or enforce (write)
 * @param severity the ConfigurationPolicy's severity (default {@code medium})
 * @param clusterSelector labels a managed cluster must carry (default {@code vendor: OpenShift})
 */
public record AcmPolicy(String name, String namespace, Remediation remediation, String severity,
    Map<String, String> clusterSelector) {

  /** What the policy does about a cluster that does not comply. */
  public enum Remediation {
    /** Report the cluster as non-compliant. */
    INFORM,
    /** Write the objects to the cluster. */
    ENFORCE;

    /** The value RHACM expects: {@code inform} or {@code enforce}. */
    public String wireValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Checks and copies the values. */
  public AcmPolicy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(remediation, "remediation");
    Objects.requireNonNull(severity, "severity");
    clusterSelector = Map.copyOf(clusterSelector);
    if (!name.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?")) {
      throw new IllegalArgumentException("A policy name must be a DNS label (lower case letters, digits and '-'), got '"
          + name + "'");
    }
  }

  /** A policy named {@code name}, with the defaults above. */
  public static AcmPolicy named(String name) {
    return new AcmPolicy(name, "policies", Remediation.INFORM, "medium", Map.of("vendor", "OpenShift"));
  }

  /** In another hub namespace. */
  public AcmPolicy namespace(String value) {
    return new AcmPolicy(name, value, remediation, severity, clusterSelector);
  }

  /** Writes the objects to non-compliant clusters instead of only reporting them. */
  public AcmPolicy enforce() {
    return remediation(Remediation.ENFORCE);
  }

  /** With the given remediation. */
  public AcmPolicy remediation(Remediation value) {
    return new AcmPolicy(name, namespace, value, severity, clusterSelector);
  }

  /** With another severity: {@code low}, {@code medium}, {@code high} or {@code critical}. */
  public AcmPolicy severity(String value) {
    return new AcmPolicy(name, namespace, remediation, value, clusterSelector);
  }

  /** Selects the managed clusters carrying all of these labels. */
  public AcmPolicy clusterSelector(Map<String, String> labels) {
    return new AcmPolicy(name, namespace, remediation, severity, labels);
  }
}
