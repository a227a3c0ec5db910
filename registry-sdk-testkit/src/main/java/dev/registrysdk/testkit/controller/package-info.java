/**
 * Internal: the loop that runs simulated controllers until the cluster settles, and the small
 * controllers that stand in for the volume provisioner and the router.
 */
package dev.registrysdk.testkit.controller;
