/**
 * {@link dev.registrysdk.storage.oss.Oss}: Alibaba Cloud OSS, whose driver the Image Registry
 * Operator removed; choosing it is an error that says what to use instead.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.storage.oss;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
