/**
 * What the cluster-wide features share: the keys of cluster configuration objects, the CRD patterns
 * of registry scopes, name checks and small JSON helpers. Support code for the feature packages
 * ({@code trust}, {@code sources}, {@code mirror}, {@code access}, {@code pullsecret}, {@code pruner});
 * not part of the SDK's API.
 */
@NullMarked
package dev.registrysdk.core.cluster;

import org.jspecify.annotations.NullMarked;
