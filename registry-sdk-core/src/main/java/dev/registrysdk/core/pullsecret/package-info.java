/**
 * Pull secrets: {@link dev.registrysdk.core.pullsecret.PullSecretFeature} writes
 * {@code kubernetes.io/dockerconfigjson} secrets built by {@link dev.registrysdk.core.pullsecret.DockerConfigJson}
 * and links them to service accounts. Passwords and tokens are masked in plans and never logged.
 *
 * <p>Most users call {@code RegistryConfigurer.pullSecret(...)}.
 */
@NullMarked
package dev.registrysdk.core.pullsecret;

import org.jspecify.annotations.NullMarked;
