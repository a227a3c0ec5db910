package dev.registrysdk.storage;

import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.testkit.FakeOpenShift;
import java.util.Map;

/** An {@link AppliedOnce} group on a fake cluster of its own, started with the group and closed after it. */
public abstract class AppliedOnCluster extends AppliedOnce {

  /** A key an earlier S3 backend left in the registry's user secret; a merge must keep it. */
  public static final Map<String, String> EARLIER_KEY =
      Map.of("REGISTRY_STORAGE_S3_ACCESSKEY", "CANARY-EARLIER-S3-KEY");

  private final FakeOpenShift cluster;

  /** Starts the group's cluster. */
  protected AppliedOnCluster(FakeOpenShift.Builder platform) {
    this.cluster = platform.start();
  }

  @Override
  protected FakeOpenShift cluster() {
    return cluster;
  }

  /** A configurer for the cluster that does not wait the default settle window. */
  protected RegistryConfigurer configurer() {
    return Twins.configurer(cluster);
  }

  /** Creates the registry's user secret holding {@link #EARLIER_KEY}, as {@code oc create secret} would. */
  protected void givenEarlierUserSecret() {
    Twins.Oc.on(cluster).createSecret(RegistryObjects.NAMESPACE, RegistryObjects.USER_CREDENTIALS_SECRET, EARLIER_KEY);
  }
}
