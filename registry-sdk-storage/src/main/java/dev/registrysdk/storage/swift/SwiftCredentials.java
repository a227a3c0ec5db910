package dev.registrysdk.storage.swift;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * OpenStack credentials for the registry's Swift storage, in one of the three forms the operator
 * reads from its user secret: user name and password, an application credential, or a token.
 *
 * <pre>{@code
 * SwiftCredentials.password("registry", password)
 * SwiftCredentials.applicationCredential(id, "registry-app-cred", secret)
 * SwiftCredentials.token(tokenId)
 * }</pre>
 *
 * <p>Every value is redacted from {@code toString()}. Immutable.
 */
@Value.Immutable
public abstract class SwiftCredentials {

  static final String USERNAME = "REGISTRY_STORAGE_SWIFT_USERNAME";
  static final String PASSWORD = "REGISTRY_STORAGE_SWIFT_PASSWORD";
  static final String APP_CRED_ID = "REGISTRY_STORAGE_SWIFT_APPLICATIONCREDENTIALID";
  static final String APP_CRED_NAME = "REGISTRY_STORAGE_SWIFT_APPLICATIONCREDENTIALNAME";
  static final String APP_CRED_SECRET = "REGISTRY_STORAGE_SWIFT_APPLICATIONCREDENTIALSECRET";
  static final String TOKEN_ID = "REGISTRY_STORAGE_SWIFT_TOKENID";

  /** The key sets the operator accepts, in the order it names them. */
  static final List<List<String>> KEY_SETS =
      List.of(List.of(USERNAME, PASSWORD), List.of(APP_CRED_ID, APP_CRED_NAME, APP_CRED_SECRET), List.of(TOKEN_ID));

  SwiftCredentials() {}

  /** The user secret's keys and their values, in the operator's order. */
  @Value.Redacted
  abstract Map<String, String> values();

  /** User name and password. */
  public static SwiftCredentials password(String username, String password) {
    return of(Map.of(USERNAME, username, PASSWORD, password));
  }

  /** An application credential: its ID, name and secret. */
  public static SwiftCredentials applicationCredential(String id, String name, String secret) {
    return of(Map.of(APP_CRED_ID, id, APP_CRED_NAME, name, APP_CRED_SECRET, secret));
  }

  /** A token. */
  public static SwiftCredentials token(String tokenId) {
    return of(Map.of(TOKEN_ID, tokenId));
  }

  private static SwiftCredentials of(Map<String, String> values) {
    Map<String, String> ordered = new LinkedHashMap<>();
    for (List<String> set : KEY_SETS) {
      set.stream().filter(values::containsKey).forEach(k -> ordered.put(k, values.get(k)));
    }
    return ImmutableSwiftCredentials.builder().values(ordered).build();
  }

  /** The keys this form writes. */
  List<String> keys() {
    return List.copyOf(values().keySet());
  }

  @Override
  public String toString() {
    return "SwiftCredentials{keys=" + keys() + ", values=****}";
  }

  @Value.Check
  void check() {
    if (values().values().stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("Swift credentials must not have blank values (keys " + keys() + ")");
    }
  }
}
