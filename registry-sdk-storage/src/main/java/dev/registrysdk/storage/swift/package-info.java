/**
 * {@link dev.registrysdk.storage.swift.Swift}: the registry on an OpenStack Swift container, with
 * password, application-credential or token credentials ({@link dev.registrysdk.storage.swift.SwiftCredentials}).
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.storage.swift;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
