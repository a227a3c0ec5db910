/**
 * Fake OpenShift clusters for tests and tooling: an in-JVM API server that answers like the real one
 * for the kinds the integrated image registry uses, and a simulated Image Registry Operator.
 *
 * <p>Start with {@link dev.registrysdk.testkit.FakeOpenShift}, e.g. {@code FakeOpenShift.aws().start()};
 * its {@link dev.registrysdk.testkit.FakeOpenShift.Builder} holds the options, {@link
 * dev.registrysdk.testkit.Platform} the platforms and {@link dev.registrysdk.testkit.ClusterClock} the
 * virtual clock. JUnit 5 support lives in {@code dev.registrysdk.testkit.junit}, AssertJ assertions in
 * {@code dev.registrysdk.testkit.assertj}, fault injection in {@code dev.registrysdk.testkit.fault}, the
 * request log in {@code dev.registrysdk.testkit.requests} and the standalone process in {@code
 * dev.registrysdk.testkit.standalone}.
 *
 * <p>Packages {@code server}, {@code schema} (except {@link dev.registrysdk.testkit.schema.SchemaRelaxations}),
 * {@code controller}, {@code bootstrap} and {@code operator} (except {@link
 * dev.registrysdk.testkit.operator.SimulatedOperator}) are internal: their public types carry {@link
 * dev.registrysdk.testkit.server.TestkitInternal} and may change without notice.
 */
package dev.registrysdk.testkit;
