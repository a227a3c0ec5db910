package dev.registrysdk.core.feature;

import dev.registrysdk.api.spi.ProvisioningContext;

/**
 * A {@link Feature} that must create something and wait for it before it can be evaluated for good,
 * such as storage on an ObjectBucketClaim. The engine calls {@link #provision} once per apply,
 * after validation passed and before any other write, and uses the returned feature from then on.
 */
public interface ProvisioningFeature extends Feature {

  /** Whether {@link #provision} has work to do; when false the engine skips provisioning. */
  boolean needsProvisioning();

  /** Provisions and returns the feature to evaluate from now on. */
  Feature provision(ProvisioningContext context);
}
