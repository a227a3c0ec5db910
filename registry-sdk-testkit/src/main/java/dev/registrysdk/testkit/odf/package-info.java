/**
 * OpenShift Data Foundation simulation: the ObjectBucketClaim provisioner and its behaviours. Install
 * ODF on a fake cluster with {@code FakeOpenShift.Builder#withOdf()}; see {@link
 * dev.registrysdk.testkit.odf.ObcBehavior}.
 */
package dev.registrysdk.testkit.odf;
