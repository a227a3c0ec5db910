/**
 * Options for every setting of the registry's Config, one picocli argument group per topic, each
 * a {@link dev.registrysdk.cli.desired.ConfigurerOptions} that adds what it names to a
 * {@code RegistryConfigurer}. {@link dev.registrysdk.cli.desired.DesiredStateOptions} collects them;
 * a cluster-wide feature (trusted CAs, mirrors, access, pull secrets) becomes one more group there.
 */
@NullMarked
package dev.registrysdk.cli.desired;

import org.jspecify.annotations.NullMarked;
