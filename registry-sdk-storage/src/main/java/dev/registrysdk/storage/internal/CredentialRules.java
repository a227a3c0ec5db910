package dev.registrysdk.storage.internal;

import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.resource.RegistryObjects;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The operator's rule for a driver's credentials when the caller gives none: if the user secret
 * exists, it must hold every required key (the operator reads nothing else then); if it does not,
 * only platforms with cloud-minted credentials for the registry work.
 *
 * @param requiredKeys the keys the driver reads from the user secret
 * @param cloudPlatforms the platform types on which the cloud credential operator mints credentials
 * @param incompleteCode the code of the error for a secret that lacks a key
 * @param noneCode the code of the warning for no credentials at all
 * @param path the field path of the findings
 * @param remedy the call that provides credentials
 */
public record CredentialRules(
    List<String> requiredKeys, Set<String> cloudPlatforms, String incompleteCode, String noneCode, String path,
    String remedy) {

  /** The finding, if any, for a desired state that gives no credentials. */
  public Optional<Finding> check(ClusterFacts facts) {
    Optional<String> missing = UserSecret.firstMissing(facts, requiredKeys);
    if (missing.isPresent()) {
      return Optional.of(
          Finding.error(
              incompleteCode,
              path,
              UserSecret.missingKeyMessage(missing.get())
                  + ": when this secret exists the operator reads the credentials from it only",
              remedy));
    }
    if (UserSecret.observed(facts).isEmpty() && !facts.platformType().isEmpty()
        && !cloudPlatforms.contains(facts.platformType())) {
      return Optional.of(
          Finding.warning(
              noneCode,
              path,
              "No credentials: the secret " + RegistryObjects.NAMESPACE + "/" + RegistryObjects.USER_CREDENTIALS_SECRET
                  + " does not exist, and on platform " + facts.platformType()
                  + " no cloud credentials are minted for the registry",
              remedy));
    }
    return Optional.empty();
  }
}
