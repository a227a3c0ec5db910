package dev.registrysdk.testkit.bootstrap;

import dev.registrysdk.testkit.Platform;
import dev.registrysdk.testkit.server.TestkitInternal;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything that shapes a fake cluster at start, collected from {@code FakeOpenShift.Builder}.
 *
 * @param platform the infrastructure platform
 * @param swift on OpenStack, whether Swift object storage is available
 * @param singleNode whether {@code infrastructureTopology} is {@code SingleReplica}
 * @param imageRegistryCapability whether the ImageRegistry capability is enabled
 * @param odf whether OpenShift Data Foundation is installed
 * @param infrastructureName {@code status.infrastructureName}
 * @param releaseVersion the OpenShift release, e.g. {@code 4.18.0}
 * @param configDelay how long after start the operator creates Config {@code cluster}
 * @param operatorEnabled whether the registry operator is simulated at all
 */
@TestkitInternal
public record ClusterSpec(
    Platform platform,
    boolean swift,
    boolean singleNode,
    boolean imageRegistryCapability,
    boolean odf,
    String infrastructureName,
    String releaseVersion,
    Duration configDelay,
    boolean operatorEnabled) {

  /** The cluster name in host names. */
  public static final String CLUSTER_NAME = "testkit";
  /** The base domain. */
  public static final String BASE_DOMAIN = "example.com";
  /** The ingress domain; the shipped router certificate is issued for {@code *.} this. */
  public static final String APPS_DOMAIN = "apps." + CLUSTER_NAME + "." + BASE_DOMAIN;
  /** The registry's namespace. */
  public static final String REGISTRY_NAMESPACE = "openshift-image-registry";

  /** Checks the values. */
  public ClusterSpec {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(infrastructureName, "infrastructureName");
    Objects.requireNonNull(releaseVersion, "releaseVersion");
    Objects.requireNonNull(configDelay, "configDelay");
  }

  /** Returns the API server URL published in Infrastructure. */
  public String apiServerUrl() {
    return "https://api." + CLUSTER_NAME + "." + BASE_DOMAIN + ":6443";
  }
}
