/**
 * Internal: the loop that runs simulated controllers until the cluster settles, and the small
 * controllers that stand in for the volume provisioner, the router and the apiextensions API server
 * (the kinds that CustomResourceDefinitions define).
 */
package dev.registrysdk.testkit.controller;
