package dev.registrysdk.api.pullsecret;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * A {@code kubernetes.io/dockerconfigjson} secret holding credentials for one or more registries,
 * optionally linked to service accounts of its namespace.
 *
 * <pre>{@code
 * PullSecret.of("team-a", "astra-registry-credentials")
 *     .credential(RegistryCredential.of("astra-registry.apps.example.com", "ocp-user", password))
 *     .linkForPull("default", "builder");
 * }</pre>
 *
 * <p>This is {@code oc create secret docker-registry} followed by {@code oc secrets link <sa> <secret>
 * --for=pull}. Linking adds the secret to the service account's {@code imagePullSecrets} once,
 * keeping the entries already there; {@link #linkForMount(String...)} adds it to {@code secrets}, as
 * {@code --for=mount} does. If the secret exists, credentials for other servers in it are kept.
 * Immutable; each method returns a copy. Credentials are never printed.
 */
@Value.Immutable
public abstract class PullSecret {

  PullSecret() {}

  /** The secret's namespace, and that of the service accounts it is linked to. */
  @Value.Parameter
  public abstract String namespace();

  /** The secret's name. */
  @Value.Parameter
  public abstract String name();

  /** Credentials, one per registry server. */
  public abstract List<RegistryCredential> credentials();

  /** Service accounts whose pods pull with it ({@code imagePullSecrets}). */
  public abstract List<String> pullServiceAccounts();

  /** Service accounts that may mount it ({@code secrets}). */
  public abstract List<String> mountServiceAccounts();

  /** A secret named {@code name} in {@code namespace}, without credentials yet. */
  public static PullSecret of(String namespace, String name) {
    return ImmutablePullSecret.of(namespace, name);
  }

  /** A copy with credentials for one more server. */
  public PullSecret credential(RegistryCredential credential) {
    List<RegistryCredential> all = new ArrayList<>(credentials());
    all.add(credential);
    return ImmutablePullSecret.builder().from(this).credentials(all).build();
  }

  /** A copy with a user name and password for one more server. */
  public PullSecret credential(String server, String username, String password) {
    return credential(RegistryCredential.of(server, username, password));
  }

  /** A copy linked for pulls to these service accounts of its namespace. */
  public PullSecret linkForPull(String... serviceAccounts) {
    List<String> all = new ArrayList<>(pullServiceAccounts());
    all.addAll(Arrays.asList(serviceAccounts));
    return ImmutablePullSecret.builder().from(this).pullServiceAccounts(all).build();
  }

  /** A copy linked for mounting to these service accounts of its namespace. */
  public PullSecret linkForMount(String... serviceAccounts) {
    List<String> all = new ArrayList<>(mountServiceAccounts());
    all.addAll(Arrays.asList(serviceAccounts));
    return ImmutablePullSecret.builder().from(this).mountServiceAccounts(all).build();
  }

  @Value.Check
  void check() {
    if (namespace().isBlank() || name().isBlank()) {
      throw new IllegalArgumentException("A pull secret needs a namespace and a name: PullSecret.of(\"team-a\", \"registry-credentials\")");
    }
  }
}
