/**
 * Fault injection for fake clusters: error answers on matching requests, latency, and a misbehaving
 * operator or bucket provisioner. Start at {@link dev.registrysdk.testkit.fault.Faults}.
 */
package dev.registrysdk.testkit.fault;
