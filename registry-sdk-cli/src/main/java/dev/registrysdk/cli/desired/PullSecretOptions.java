package dev.registrysdk.cli.desired;

import dev.registrysdk.api.pullsecret.PullSecret;
import dev.registrysdk.api.pullsecret.RegistryCredential;
import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.UsageException;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.cli.secret.SecretSource;
import dev.registrysdk.core.RegistryConfigurer;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * A {@code kubernetes.io/dockerconfigjson} pull secret, as {@code oc create secret docker-registry}
 * creates it, linked to service accounts as {@code oc secrets link SA SECRET --for=pull} does. The
 * password or token is read from {@code env:VARIABLE} or {@code file:PATH} and never printed.
 */
public final class PullSecretOptions implements ConfigurerOptions {

  @Option(names = "--pull-secret", paramLabel = "NAMESPACE/NAME",
      description = "The pull secret to create, or to add the credential to (credentials for other servers in it stay).")
  String secret;

  @Option(names = "--pull-secret-registry", paramLabel = "SERVER",
      description = "The registry server the credential is for, as image references name it: host[:port].")
  String server;

  @Option(names = "--pull-secret-user", paramLabel = "USER", description = "The user name (with --pull-secret-password).")
  String user;

  @Option(names = "--pull-secret-password", paramLabel = "SOURCE", converter = SecretSource.Converter.class,
      description = "The password: env:VARIABLE or file:PATH.")
  SecretSource password;

  @Option(names = "--pull-secret-token", paramLabel = "SOURCE", converter = SecretSource.Converter.class,
      description = "A token instead of a user and password (user name serviceaccount, as for oc whoami -t): env:VARIABLE or file:PATH.")
  SecretSource token;

  @Option(names = "--link-for-pull", paramLabel = "SERVICE_ACCOUNT",
      description = "Add the secret to this service account's imagePullSecrets (same namespace); repeat for more.")
  List<String> pullAccounts = new ArrayList<>();

  @Option(names = "--link-for-mount", paramLabel = "SERVICE_ACCOUNT",
      description = "Add the secret to this service account's secrets, as --for=mount does; repeat for more.")
  List<String> mountAccounts = new ArrayList<>();

  @Override
  public RegistryConfigurer applyTo(RegistryConfigurer configurer, SecretReader secrets, CliEnvironment environment) {
    if (secret == null) {
      throw new UsageException("--pull-secret-*, --link-for-pull and --link-for-mount go with --pull-secret NAMESPACE/NAME");
    }
    int slash = secret.indexOf('/');
    if (slash <= 0 || slash == secret.length() - 1 || secret.indexOf('/', slash + 1) >= 0) {
      throw new UsageException("--pull-secret is NAMESPACE/NAME, e.g. team-a/registry-credentials, not " + secret);
    }
    PullSecret pullSecret = PullSecret.of(secret.substring(0, slash), secret.substring(slash + 1));
    if (server == null) {
      throw new UsageException("--pull-secret needs --pull-secret-registry SERVER and a credential for it");
    }
    pullSecret = pullSecret.credential(credential(secrets));
    if (!pullAccounts.isEmpty()) {
      pullSecret = pullSecret.linkForPull(pullAccounts.toArray(String[]::new));
    }
    if (!mountAccounts.isEmpty()) {
      pullSecret = pullSecret.linkForMount(mountAccounts.toArray(String[]::new));
    }
    return configurer.pullSecret(pullSecret);
  }

  private RegistryCredential credential(SecretReader secrets) {
    if ((password == null) == (token == null)) {
      throw new UsageException("give one of --pull-secret-password (with --pull-secret-user) and --pull-secret-token");
    }
    if (token != null) {
      if (user != null) {
        throw new UsageException("--pull-secret-token goes without --pull-secret-user: a token's user name is "
            + RegistryCredential.TOKEN_USERNAME);
      }
      return RegistryCredential.token(server, secrets.read(token, "--pull-secret-token"));
    }
    if (user == null) {
      throw new UsageException("--pull-secret-password needs --pull-secret-user");
    }
    return RegistryCredential.of(server, user, secrets.read(password, "--pull-secret-password"));
  }
}
