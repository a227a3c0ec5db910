/**
 * Pull secrets: credentials for registries, stored as {@code kubernetes.io/dockerconfigjson} secrets
 * and linked to service accounts so their pods can pull.
 *
 * <p>Passwords and tokens are never printed: not in {@code toString()}, plans or logs.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.api.pullsecret;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
