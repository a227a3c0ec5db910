package dev.registrysdk.testkit.server;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type that is public only so that the testkit's own packages can share it.
 *
 * <p>Such types may change in any release without notice. Use {@code FakeOpenShift} and the types it
 * returns instead.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface TestkitInternal {
}
