package dev.registrysdk.testkit.assertj;

import dev.registrysdk.testkit.FakeOpenShift;

/**
 * Entry point of the AssertJ assertions on fake clusters. {@link FakeOpenShift} also implements
 * {@link org.assertj.core.api.AssertProvider}, so plain {@code Assertions.assertThat(cluster)} works too.
 *
 * <pre>{@code
 * assertThat(cluster).registry().isAvailable().hasStorage("s3");
 * assertThat(cluster).secret("openshift-image-registry", "image-registry-private-configuration-user")
 *     .hasKeys("REGISTRY_STORAGE_S3_ACCESSKEY", "REGISTRY_STORAGE_S3_SECRETKEY");
 * assertThat(cluster).requests().hasNoWrites();
 * }</pre>
 */
public final class FakeOpenShiftAssertions {

  private FakeOpenShiftAssertions() {
  }

  /** Starts assertions on a cluster. */
  public static FakeOpenShiftAssert assertThat(FakeOpenShift cluster) {
    return new FakeOpenShiftAssert(cluster);
  }
}
