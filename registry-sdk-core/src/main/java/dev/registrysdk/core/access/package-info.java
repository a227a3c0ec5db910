/**
 * Access to the registry: {@link dev.registrysdk.core.access.AccessFeature} grants registry roles in
 * namespaces through RoleBindings, and read access to the registry's metrics through the
 * {@code prometheus-scraper} ClusterRole and its ClusterRoleBinding.
 *
 * <p>Most users call {@code RegistryConfigurer.grant(...)} and {@code RegistryConfigurer.metricsAccess(...)}.
 */
@NullMarked
package dev.registrysdk.core.access;

import org.jspecify.annotations.NullMarked;
