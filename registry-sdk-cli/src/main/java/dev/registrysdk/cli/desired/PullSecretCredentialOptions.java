package dev.registrysdk.cli.desired;

import dev.registrysdk.api.pullsecret.RegistryCredential;
import dev.registrysdk.cli.UsageException;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.cli.secret.SecretSource;
import picocli.CommandLine.Option;

/**
 * One credential of a pull secret: the registry server and its user and password, or its token.
 *
 * <p>A repeating group inside {@link PullSecretOptions}: each {@code --pull-secret-registry} after
 * the first starts another credential, which the user, password or token that follow it belong to.
 */
public final class PullSecretCredentialOptions {

  @Option(names = "--pull-secret-registry", paramLabel = "SERVER",
      description = "The registry server a credential is for, as image references name it: host[:port]."
          + " Repeat for more servers, each followed by its own user and password, or token.")
  String server;

  @Option(names = "--pull-secret-user", paramLabel = "USER", description = "The user name (with --pull-secret-password).")
  String user;

  @Option(names = "--pull-secret-password", paramLabel = "SOURCE", converter = SecretSource.Converter.class,
      description = "The password: env:VARIABLE or file:PATH.")
  SecretSource password;

  @Option(names = "--pull-secret-token", paramLabel = "SOURCE", converter = SecretSource.Converter.class,
      description = "A token instead of a user and password (user name serviceaccount, as for oc whoami -t): env:VARIABLE or file:PATH.")
  SecretSource token;

  /**
   * The credential these options give, its password or token read through {@code secrets}.
   *
   * @throws UsageException if the server is missing, or not exactly one of a password (with a user)
   *     and a token is given, or the password or token cannot be read
   */
  RegistryCredential credential(SecretReader secrets) {
    if (server == null) {
      throw new UsageException("--pull-secret-user, --pull-secret-password and --pull-secret-token go with"
          + " --pull-secret-registry SERVER (with several servers, each one's credential follows it)");
    }
    if ((password == null) == (token == null)) {
      throw new UsageException("give one of --pull-secret-password (with --pull-secret-user) and --pull-secret-token"
          + " for --pull-secret-registry " + server);
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
