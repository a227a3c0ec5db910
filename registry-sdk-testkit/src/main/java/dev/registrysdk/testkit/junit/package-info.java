/**
 * JUnit 5 support: {@link dev.registrysdk.testkit.junit.WithFakeOpenShift} for the common case and
 * {@link dev.registrysdk.testkit.junit.FakeOpenShiftExtension} for {@code @RegisterExtension}.
 */
package dev.registrysdk.testkit.junit;
