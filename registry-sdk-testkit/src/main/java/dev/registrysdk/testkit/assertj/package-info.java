/**
 * AssertJ assertions on fake clusters: {@link dev.registrysdk.testkit.assertj.FakeOpenShiftAssertions}
 * is the entry point. Failures list what the cluster holds and hint at the likely mistake.
 */
package dev.registrysdk.testkit.assertj;
