package dev.registrysdk.api.access;

import org.immutables.value.Value;

/**
 * A {@link RegistryRole} granted to a {@link Subject} in one namespace.
 *
 * <pre>{@code
 * RoleGrant.of(RegistryRole.VIEWER, Subject.user("alice"), "team-a");
 * }</pre>
 *
 * <p>The SDK writes it as a RoleBinding named after the role in that namespace, adding the subject
 * to the binding's subjects if the binding exists.
 */
@Value.Immutable
public abstract class RoleGrant {

  RoleGrant() {}

  /** The role. */
  @Value.Parameter
  public abstract RegistryRole role();

  /** Who gets it. */
  @Value.Parameter
  public abstract Subject subject();

  /** The namespace whose images the role covers. */
  @Value.Parameter
  public abstract String namespace();

  /** {@code role} for {@code subject} in {@code namespace}. */
  public static RoleGrant of(RegistryRole role, Subject subject, String namespace) {
    return ImmutableRoleGrant.of(role, subject, namespace);
  }
}
