/**
 * Options for every setting of the registry's Config, one picocli argument group per topic, each
 * a {@link dev.registrysdk.cli.desired.ConfigurerOptions} that adds what it names to a
 * {@code RegistryConfigurer}. {@link dev.registrysdk.cli.desired.DesiredStateOptions} collects them;
 * the cluster-wide features (trusted CAs, registry sources, mirrors, access, pull secrets, pruning)
 * are groups there too, and {@link dev.registrysdk.cli.desired.RegistriesConfPreview} shows what
 * mirrors and sources give the nodes.
 */
@NullMarked
package dev.registrysdk.cli.desired;

import org.jspecify.annotations.NullMarked;
