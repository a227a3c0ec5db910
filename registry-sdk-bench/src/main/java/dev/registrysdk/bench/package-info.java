/**
 * JMH benchmarks of the testkit: warm start, configure-and-await, 1,000 clusters in sequence, and the
 * standalone process start. Run with {@code java -jar registry-sdk-bench/target/benchmarks.jar Testkit}.
 */
package dev.registrysdk.bench;
