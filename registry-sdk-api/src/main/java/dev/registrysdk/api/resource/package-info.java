/**
 * Keys and well-known names of the Kubernetes objects the registry is made of.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.api.resource;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
