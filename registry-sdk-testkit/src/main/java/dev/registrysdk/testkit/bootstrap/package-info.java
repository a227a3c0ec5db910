/**
 * Internal: what an installation leaves on a cluster before the registry operator runs, per platform.
 */
package dev.registrysdk.testkit.bootstrap;
