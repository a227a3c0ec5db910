package dev.registrysdk.api.pullsecret;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The credentials for one registry server in a pull secret: user name and password, or a token.
 *
 * <pre>{@code
 * RegistryCredential.of("registry.example.com:5000", "ci-bot", password);
 * RegistryCredential.token("image-registry.openshift-image-registry.svc:5000", token);
 * }</pre>
 *
 * <p>The password is redacted from {@link #toString()} and never appears in plans or logs.
 */
@Value.Immutable
public abstract class RegistryCredential {

  /** The user name {@link #token(String, String)} uses, as OpenShift's own service-account pull secrets do. */
  public static final String TOKEN_USERNAME = "serviceaccount";

  RegistryCredential() {}

  /** The registry server, {@code host[:port]}, as image references name it. */
  @Value.Parameter
  public abstract String server();

  /** The user name. */
  @Value.Parameter
  public abstract String username();

  /** The password or token; never printed. */
  @Value.Parameter
  @Value.Redacted
  public abstract String password();

  /** An e-mail address, which some old clients expect. */
  public abstract Optional<String> email();

  /** A user name and password for {@code server}. */
  public static RegistryCredential of(String server, String username, String password) {
    return ImmutableRegistryCredential.of(server, username, password);
  }

  /**
   * A token for {@code server}, for registries that ignore the user name, such as the integrated
   * registry with {@code oc whoami -t}; the user name is {@value #TOKEN_USERNAME}.
   */
  public static RegistryCredential token(String server, String token) {
    return ImmutableRegistryCredential.of(server, TOKEN_USERNAME, token);
  }

  /** A copy with an e-mail address. */
  public RegistryCredential email(String email) {
    return ImmutableRegistryCredential.builder().from(this).email(email).build();
  }

  @Value.Check
  void check() {
    if (server().isBlank() || username().isEmpty()) {
      throw new IllegalArgumentException("A registry credential needs a server and a user name: "
          + "RegistryCredential.of(\"registry.example.com\", \"user\", password)");
    }
    if (password().isEmpty()) {
      throw new IllegalArgumentException("A registry credential for " + server() + " needs a password or token");
    }
  }
}
