package dev.registrysdk.core.await;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Remedies for the operator's failure messages, and which failures are permanent: configuration
 * errors the operator reports as "progressing" that no amount of waiting will fix.
 */
final class FailureHints {

  private record Hint(String fragment, boolean permanent, String remedy) {}

  private static final List<Hint> HINTS = List.of(
      new Hint("exactly one storage type should be configured", true,
          "spec.storage names more than one backend. Configure storage through the SDK, which removes the previous backend in the same write"),
      new Hint("cannot use readwriteonce access mode with more than one replica", true,
          "The claim is ReadWriteOnce: use replicas(1), or a ReadWriteMany claim or object storage"),
      new Hint("cannot use readwriteonce access mode with", true,
          "The claim is ReadWriteOnce: use rolloutStrategy(RolloutStrategy.RECREATE)"),
      new Hint("does not contain the necessary access modes", true,
          "The claim must be ReadWriteMany, or ReadWriteOnce with one replica and Recreate"),
      new Hint("could not create default pvc, it already exists and is not owned by the operator", true,
          "A claim named image-registry-storage exists that the operator did not create: name it with Pvc.claim(\"image-registry-storage\")"),
      new Hint("does not contain required key", true,
          "Add the missing key to secret openshift-image-registry/image-registry-private-configuration-user, e.g. with the provider's credentials(..)"),
      new Hint("does not contain required keys", true,
          "Add the missing keys to secret openshift-image-registry/image-registry-private-configuration-user"),
      new Hint("has an empty value for registry_storage_azure_accountkey", true,
          "Give a non-empty Azure account key, or delete the user secret so the operator uses cluster credentials"),
      new Hint("trusted ca config map", true,
          "Create the trusted CA config map in openshift-config with the key ca-bundle.crt"),
      new Hint("failed to get trusted ca", true,
          "Create the trusted CA config map in openshift-config with the key ca-bundle.crt"),
      new Hint("storage backend not configured", true,
          "Choose storage, e.g. storage(Pvc.operatorDefault()) or storage(S3.of(\"bucket\")...)"),
      new Hint("replicas must be greater than or equal to 0", true, "Use replicas(0) or more"),
      new Hint("duplication of names has been detected", true,
          "Give every route a unique name other than default-route"),
      new Hint("must be positive number", true, "Use 0 or positive request limits"),
      new Hint("unable to remove registry", false,
          "The operator could not delete the registry's storage; check its credentials and the cloud console"),
      new Hint("has timed out progressing", false,
          "The registry pods did not become ready: check `oc get pods -n openshift-image-registry` and their events (image pulls, storage mounts)"),
      new Hint("the deployment does not have available replicas", false,
          "No registry pod is ready: check `oc get pods -n openshift-image-registry`; storage that cannot be mounted or reached is the usual cause"));

  private FailureHints() {}

  /** A remedy for an operator message, if one is known. */
  static Optional<String> remedy(String message) {
    return find(message).map(Hint::remedy);
  }

  /** Whether the message reports a configuration error that waiting will not fix. */
  static boolean permanent(String message) {
    return find(message).map(Hint::permanent).orElse(false);
  }

  private static Optional<Hint> find(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    return HINTS.stream().filter(h -> lower.contains(h.fragment())).findFirst();
  }
}
