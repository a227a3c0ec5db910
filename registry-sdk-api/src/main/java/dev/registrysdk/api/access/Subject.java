package dev.registrysdk.api.access;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who is granted a role: a user, a group or a service account.
 *
 * <pre>{@code
 * Subject.user("alice");
 * Subject.group("team-a-developers");
 * Subject.serviceAccount("team-a", "builder");
 * Subject.user("system:serviceaccount:team-a:builder");   // the same service account
 * }</pre>
 */
@Value.Immutable
public abstract class Subject {

  private static final String SERVICE_ACCOUNT_USER = "system:serviceaccount:";

  Subject() {}

  /** User, group or service account. */
  @Value.Parameter
  public abstract SubjectKind kind();

  /** The name. */
  @Value.Parameter
  public abstract String name();

  /** The namespace of a service account; absent for users and groups. */
  @Value.Parameter
  public abstract Optional<String> namespace();

  /**
   * A user; a user name of the form {@code system:serviceaccount:<namespace>:<name>} is that
   * service account, as {@code oc policy add-role-to-user} treats it.
   */
  public static Subject user(String name) {
    if (name.startsWith(SERVICE_ACCOUNT_USER)) {
      String[] parts = name.substring(SERVICE_ACCOUNT_USER.length()).split(":", -1);
      if (parts.length == 2) {
        return serviceAccount(parts[0], parts[1]);
      }
    }
    return ImmutableSubject.of(SubjectKind.USER, name, Optional.empty());
  }

  /** A group. */
  public static Subject group(String name) {
    return ImmutableSubject.of(SubjectKind.GROUP, name, Optional.empty());
  }

  /** A service account. */
  public static Subject serviceAccount(String namespace, String name) {
    return ImmutableSubject.of(SubjectKind.SERVICE_ACCOUNT, name, Optional.of(namespace));
  }

  /** {@code User alice}, {@code Group devs} or {@code ServiceAccount team-a/builder}. */
  @Override
  public String toString() {
    return kind().wireValue() + " " + namespace().map(ns -> ns + "/").orElse("") + name();
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("A subject needs a name: Subject.user(\"alice\")");
    }
    if (namespace().isPresent() != (kind() == SubjectKind.SERVICE_ACCOUNT)) {
      throw new IllegalArgumentException("Only a service account has a namespace: Subject.serviceAccount(\"team-a\", \"builder\")");
    }
  }
}
