/**
 * Internal: the fake API server. {@link dev.registrysdk.testkit.server.ObjectStore} keeps objects and
 * the change history; {@link dev.registrysdk.testkit.server.ObjectApi} applies the API server's rules
 * (optimistic concurrency, generation, status subresource, dry run, finalizers, garbage collection,
 * patches, server-side apply, managed fields); one small handler per verb answers HTTP through fabric8's
 * MockWebServer; discovery, Tables and watches make kubectl and client-go work.
 */
package dev.registrysdk.testkit.server;
