package dev.registrysdk.testkit.odf;

/**
 * What the simulated bucket provisioner does with an ObjectBucketClaim.
 */
public enum ObcBehavior {
  /** Provision the bucket: phase {@code Bound}, bucket name, Secret and ConfigMap (the default). */
  BIND,
  /** Never provision: the claim stays {@code Pending}, as with a provisioner that is down. */
  PENDING,
  /** Fail the claim: phase {@code Lost}. */
  LOST
}
