/**
 * The fake cluster as a process for shell tooling: {@link dev.registrysdk.testkit.standalone.StandaloneMain}.
 */
package dev.registrysdk.testkit.standalone;
