/**
 * Registry mirrors: {@link dev.registrysdk.core.mirror.MirrorSetFeature} writes
 * {@link dev.registrysdk.api.mirror.MirrorSet}s as ImageDigestMirrorSets, ImageTagMirrorSets or
 * ImageContentSourcePolicies, and {@link dev.registrysdk.core.mirror.RegistriesConf} shows, without
 * a cluster, the {@code /etc/containers/registries.conf} nodes get from them and where a pull of an
 * image would go; {@link dev.registrysdk.core.mirror.ClusterMirrorSets} reads what a cluster has, to
 * preview its nodes' file before and after a change.
 *
 * <pre>{@code
 * RegistriesConf conf = RegistriesConf.of(List.of(MirrorSet.digest("ocp")
 *     .mirror("quay.io/openshift-release-dev/ocp-release", "mirror.example.com/ocp/release")));
 * conf.render();       // the TOML the Machine Config Operator writes
 * conf.pullSources("quay.io/openshift-release-dev/ocp-release@sha256:...");   // mirror first, then quay.io
 * }</pre>
 */
@NullMarked
package dev.registrysdk.core.mirror;

import org.jspecify.annotations.NullMarked;
