/**
 * The exceptions of registry-sdk: few unchecked types under
 * {@link dev.registrysdk.api.error.RegistrySdkException}, each carrying what callers branch on.
 */
@NullMarked
package dev.registrysdk.api.error;

import org.jspecify.annotations.NullMarked;
