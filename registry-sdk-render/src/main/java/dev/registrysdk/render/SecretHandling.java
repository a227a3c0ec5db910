package dev.registrysdk.render;

import java.util.Objects;

/**
 * How rendered manifests get the secrets the desired state needs (storage credentials, route
 * certificates). Secret values are never written to a file, whichever is chosen.
 *
 * <pre>{@code
 * SecretHandling.reference();                                   // you create the secrets
 * SecretHandling.externalSecrets("vault").remoteKeyPrefix("ocp/prod/");   // external-secrets operator
 * }</pre>
 */
public sealed interface SecretHandling permits SecretHandling.Reference, SecretHandling.ExternalSecrets {

  /**
   * The manifests leave secrets out and {@link GitOpsBundle#secretsToProvide()} lists each one with
   * its keys, for the user to create by other means (sealed secrets, a vault injector, by hand).
   */
  static SecretHandling reference() {
    return new Reference();
  }

  /**
   * Each secret becomes an {@code ExternalSecret} ({@code external-secrets.io/v1beta1}) that reads
   * every key from {@code storeName}, a {@code ClusterSecretStore} unless
   * {@link ExternalSecrets#storeKind(String)} says otherwise.
   */
  static ExternalSecrets externalSecrets(String storeName) {
    return new ExternalSecrets("ClusterSecretStore", storeName, "registry-sdk/", "1h");
  }

  /** Secrets are provided by the user; see {@link SecretHandling#reference()}. */
  record Reference() implements SecretHandling {}

  /**
   * Secrets come from the external-secrets operator; see {@link SecretHandling#externalSecrets(String)}.
   *
   * @param storeKind {@code ClusterSecretStore} or {@code SecretStore}
   * @param storeName the store's name
   * @param remoteKeyPrefix prefix of the remote key; the key is {@code <prefix><namespace>/<name>}
   *     and each secret key is a property of it
   * @param refreshInterval how often the operator refreshes the secret, e.g. {@code 1h}
   */
  record ExternalSecrets(String storeKind, String storeName, String remoteKeyPrefix, String refreshInterval)
      implements SecretHandling {

    /** Checks the values. */
    public ExternalSecrets {
      Objects.requireNonNull(storeKind, "storeKind");
      Objects.requireNonNull(storeName, "storeName");
      Objects.requireNonNull(remoteKeyPrefix, "remoteKeyPrefix");
      Objects.requireNonNull(refreshInterval, "refreshInterval");
      if (!storeKind.equals("ClusterSecretStore") && !storeKind.equals("SecretStore")) {
        throw new IllegalArgumentException("storeKind must be ClusterSecretStore or SecretStore, got " + storeKind);
      }
      if (storeName.isBlank()) {
        throw new IllegalArgumentException("An external secret needs the name of its secret store");
      }
    }

    /** With another store kind: {@code ClusterSecretStore} or {@code SecretStore}. */
    public ExternalSecrets storeKind(String kind) {
      return new ExternalSecrets(kind, storeName, remoteKeyPrefix, refreshInterval);
    }

    /** With another prefix for remote keys (default {@code registry-sdk/}). */
    public ExternalSecrets remoteKeyPrefix(String prefix) {
      return new ExternalSecrets(storeKind, storeName, prefix, refreshInterval);
    }

    /** With another refresh interval (default {@code 1h}). */
    public ExternalSecrets refreshInterval(String interval) {
      return new ExternalSecrets(storeKind, storeName, remoteKeyPrefix, interval);
    }

    /** The remote key that holds the keys of secret {@code namespace/name}. */
    public String remoteKey(String namespace, String name) {
      return remoteKeyPrefix + namespace + "/" + name;
    }
  }
}
