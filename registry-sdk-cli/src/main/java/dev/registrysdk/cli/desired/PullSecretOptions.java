package dev.registrysdk.cli.desired;

import dev.registrysdk.api.pullsecret.PullSecret;
import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.UsageException;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.core.RegistryConfigurer;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * A {@code kubernetes.io/dockerconfigjson} pull secret, as {@code oc create secret docker-registry}
 * creates it, linked to service accounts as {@code oc secrets link SA SECRET --for=pull} does. The
 * password or token is read from {@code env:VARIABLE} or {@code file:PATH} and never printed.
 *
 * <p>A repeating group: each {@code --pull-secret} after the first starts another secret, which the
 * credentials ({@link PullSecretCredentialOptions}) and links that follow it belong to. With one
 * secret they may come in any order.
 */
public final class PullSecretOptions implements ConfigurerOptions {

  @Option(names = "--pull-secret", paramLabel = "NAMESPACE/NAME",
      description = "The pull secret to create, or to add the credentials to (credentials for other servers in it stay)."
          + " Repeat for more secrets, each followed by its own credentials and links.")
  String secret;

  @ArgGroup(exclusive = false, validate = false, multiplicity = "0..*")
  List<PullSecretCredentialOptions> credentials = new ArrayList<>();

  @Option(names = "--link-for-pull", paramLabel = "SERVICE_ACCOUNT",
      description = "Add the secret to this service account's imagePullSecrets (same namespace); repeat for more.")
  List<String> pullAccounts = new ArrayList<>();

  @Option(names = "--link-for-mount", paramLabel = "SERVICE_ACCOUNT",
      description = "Add the secret to this service account's secrets, as --for=mount does; repeat for more.")
  List<String> mountAccounts = new ArrayList<>();

  @Override
  public RegistryConfigurer applyTo(RegistryConfigurer configurer, SecretReader secrets, CliEnvironment environment) {
    return configurer.pullSecret(pullSecret(secrets));
  }

  /**
   * The pull secret these options give, its passwords and tokens read through {@code secrets}.
   *
   * @throws UsageException if the secret is not named NAMESPACE/NAME, has no credential, or a
   *     credential is incomplete or cannot be read
   */
  PullSecret pullSecret(SecretReader secrets) {
    if (secret == null) {
      throw new UsageException("--pull-secret-*, --link-for-pull and --link-for-mount go with --pull-secret NAMESPACE/NAME");
    }
    int slash = secret.indexOf('/');
    if (slash <= 0 || slash == secret.length() - 1 || secret.indexOf('/', slash + 1) >= 0) {
      throw new UsageException("--pull-secret is NAMESPACE/NAME, e.g. team-a/registry-credentials, not " + secret);
    }
    PullSecret pullSecret = PullSecret.of(secret.substring(0, slash), secret.substring(slash + 1));
    if (credentials.isEmpty()) {
      throw new UsageException("--pull-secret " + secret + " needs --pull-secret-registry SERVER and a credential for it");
    }
    for (PullSecretCredentialOptions credential : credentials) {
      pullSecret = pullSecret.credential(credential.credential(secrets));
    }
    if (!pullAccounts.isEmpty()) {
      pullSecret = pullSecret.linkForPull(pullAccounts.toArray(String[]::new));
    }
    if (!mountAccounts.isEmpty()) {
      pullSecret = pullSecret.linkForMount(mountAccounts.toArray(String[]::new));
    }
    return pullSecret;
  }
}
