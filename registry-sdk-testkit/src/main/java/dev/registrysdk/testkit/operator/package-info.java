/**
 * The simulated Image Registry Operator. The public entry is {@link
 * dev.registrysdk.testkit.operator.SimulatedOperator} (pause, resume, reconcile now); the rest is
 * internal: bootstrap per platform, storage drivers with the operator's checks and messages, the
 * resources of a Managed registry, conditions, the ClusterOperator union and the deployment rollout.
 */
package dev.registrysdk.testkit.operator;
