package dev.registrysdk.api.sources;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Registry sources of {@code image.config.openshift.io/cluster}: the lists under
 * {@code spec.registrySources}, {@code spec.allowedRegistriesForImport} and
 * {@code spec.externalRegistryHostnames}.
 *
 * <pre>{@code
 * // add to what the cluster has; nothing is removed
 * RegistrySources.adding()
 *     .blockedRegistries("docker.io")
 *     .insecureRegistries("registry.lab.example.com:5000");
 *
 * // replace the named lists whole; lists not named stay as they are
 * RegistrySources.replacing()
 *     .allowedRegistries("registry.redhat.io", "quay.io", "image-registry.openshift-image-registry.svc:5000")
 *     .blockedRegistries(List.of());     // an empty list removes the field
 * }</pre>
 *
 * <p>With {@link #adding()}, each list names entries to add to the cluster's list; entries already
 * there are not repeated. With {@link #replacing()}, each list that is set becomes the cluster's
 * list, and an empty list removes it. A list that is not set ({@code null}) is left alone either way.
 *
 * <p>Entries of the allowed, blocked and insecure lists are {@code host[:port][/path]} or
 * {@code *.domain}, without tags or digests; allowed and blocked registries are mutually exclusive.
 * Changes to these lists, and to the search registries, are rolled out to every node by the Machine
 * Config Operator. Immutable; each method returns a copy.
 */
@Value.Immutable
public abstract class RegistrySources {

  RegistrySources() {}

  /** Whether the lists replace the cluster's lists; otherwise they add to them. */
  @Value.Parameter
  public abstract boolean replaces();

  /** {@code spec.registrySources.allowedRegistries}: the only registries pods may pull from. */
  public abstract @Nullable List<String> allowedRegistries();

  /** {@code spec.registrySources.blockedRegistries}: registries pods may not pull from. */
  public abstract @Nullable List<String> blockedRegistries();

  /** {@code spec.registrySources.insecureRegistries}: registries reached without verified TLS. */
  public abstract @Nullable List<String> insecureRegistries();

  /** {@code spec.registrySources.containerRuntimeSearchRegistries}: where short names are searched. */
  public abstract @Nullable List<String> containerRuntimeSearchRegistries();

  /** {@code spec.allowedRegistriesForImport}: registries image streams may import from. */
  public abstract @Nullable List<RegistryLocation> allowedRegistriesForImport();

  /** {@code spec.externalRegistryHostnames}: extra host names by which the registry is reached. */
  public abstract @Nullable List<String> externalRegistryHostnames();

  /** Sources whose lists add to the cluster's lists. */
  public static RegistrySources adding() {
    return ImmutableRegistrySources.of(false);
  }

  /** Sources whose lists replace the cluster's lists whole. */
  public static RegistrySources replacing() {
    return ImmutableRegistrySources.of(true);
  }

  /** A copy with these allowed registries (added to those given here before). */
  public RegistrySources allowedRegistries(String registry, String... more) {
    return allowedRegistries(plus(allowedRegistries(), registry, more));
  }

  /** A copy whose allowed registries are exactly {@code registries}. */
  public RegistrySources allowedRegistries(List<String> registries) {
    return ImmutableRegistrySources.builder().from(this).allowedRegistries(registries).build();
  }

  /** A copy with these blocked registries (added to those given here before). */
  public RegistrySources blockedRegistries(String registry, String... more) {
    return blockedRegistries(plus(blockedRegistries(), registry, more));
  }

  /** A copy whose blocked registries are exactly {@code registries}. */
  public RegistrySources blockedRegistries(List<String> registries) {
    return ImmutableRegistrySources.builder().from(this).blockedRegistries(registries).build();
  }

  /** A copy with these insecure registries (added to those given here before). */
  public RegistrySources insecureRegistries(String registry, String... more) {
    return insecureRegistries(plus(insecureRegistries(), registry, more));
  }

  /** A copy whose insecure registries are exactly {@code registries}. */
  public RegistrySources insecureRegistries(List<String> registries) {
    return ImmutableRegistrySources.builder().from(this).insecureRegistries(registries).build();
  }

  /** A copy with these search registries (added to those given here before), in search order. */
  public RegistrySources containerRuntimeSearchRegistries(String registry, String... more) {
    return containerRuntimeSearchRegistries(plus(containerRuntimeSearchRegistries(), registry, more));
  }

  /** A copy whose search registries are exactly {@code registries}, in search order. */
  public RegistrySources containerRuntimeSearchRegistries(List<String> registries) {
    return ImmutableRegistrySources.builder().from(this).containerRuntimeSearchRegistries(registries).build();
  }

  /** A copy with these registries allowed for import (added to those given here before). */
  public RegistrySources allowedRegistriesForImport(RegistryLocation location, RegistryLocation... more) {
    List<RegistryLocation> all = new ArrayList<>(orEmpty(allowedRegistriesForImport()));
    all.add(location);
    all.addAll(Arrays.asList(more));
    return allowedRegistriesForImport(all);
  }

  /** A copy whose registries allowed for import are exactly {@code locations}. */
  public RegistrySources allowedRegistriesForImport(List<RegistryLocation> locations) {
    return ImmutableRegistrySources.builder().from(this).allowedRegistriesForImport(locations).build();
  }

  /** A copy with these external host names (added to those given here before). */
  public RegistrySources externalRegistryHostnames(String hostname, String... more) {
    return externalRegistryHostnames(plus(externalRegistryHostnames(), hostname, more));
  }

  /** A copy whose external host names are exactly {@code hostnames}. */
  public RegistrySources externalRegistryHostnames(List<String> hostnames) {
    return ImmutableRegistrySources.builder().from(this).externalRegistryHostnames(hostnames).build();
  }

  private static List<String> plus(@Nullable List<String> before, String first, String... more) {
    List<String> all = new ArrayList<>(orEmpty(before));
    all.add(first);
    all.addAll(Arrays.asList(more));
    return all;
  }

  private static <T> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }
}
