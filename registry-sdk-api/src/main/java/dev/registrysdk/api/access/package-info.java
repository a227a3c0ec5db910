/**
 * Access to the registry: who may pull, push or read metrics.
 *
 * <p>A {@link dev.registrysdk.api.access.RoleGrant} gives a {@link dev.registrysdk.api.access.RegistryRole}
 * to a {@link dev.registrysdk.api.access.Subject} in one namespace, as
 * {@code oc policy add-role-to-user registry-viewer alice -n team-a} does.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.api.access;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
