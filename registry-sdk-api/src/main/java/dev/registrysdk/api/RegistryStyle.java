package dev.registrysdk.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of registry-sdk values, applied per package through {@code package-info.java}.
 *
 * <p>Generated {@code Immutable*} classes stay package-private and never appear in signatures; values
 * are built with the static factories and nested {@code Builder}s of their abstract types. Collections
 * are JDK collections (no Guava at run time), singular builder methods are derived from plural
 * attribute names ({@code addRoute}), and redacted attributes print as {@code ****}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "*",
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    redactedMask = "****",
    allParameters = false,
    defaults = @Value.Immutable(copy = true))
public @interface RegistryStyle {}
