package dev.registrysdk.cli.desired;

import dev.registrysdk.api.sources.RegistryLocation;
import dev.registrysdk.api.sources.RegistrySources;
import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.UsageException;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.core.RegistryConfigurer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Registry sources of {@code image.config.openshift.io/cluster}: allowed, blocked, insecure and
 * search registries, registries allowed for import, external host names. The lists given add to the
 * cluster's lists unless {@code --replace-registry-sources}; {@code --clear-registry-sources} removes
 * whole lists.
 */
public final class RegistrySourcesOptions implements ConfigurerOptions {

  @Option(names = "--allowed-registry", paramLabel = "REGISTRY",
      description = "registrySources.allowedRegistries: the only registries pods may pull from (host[:port][/path] or *.domain); repeat for more.")
  List<String> allowed = new ArrayList<>();

  @Option(names = "--blocked-registry", paramLabel = "REGISTRY",
      description = "registrySources.blockedRegistries: registries pods may not pull from; repeat for more. Excludes --allowed-registry.")
  List<String> blocked = new ArrayList<>();

  @Option(names = "--insecure-registry", paramLabel = "REGISTRY",
      description = "registrySources.insecureRegistries: registries reached without verified TLS; repeat for more.")
  List<String> insecure = new ArrayList<>();

  @Option(names = "--search-registry", paramLabel = "HOST[:PORT]",
      description = "registrySources.containerRuntimeSearchRegistries: where short names are searched, in the order given.")
  List<String> search = new ArrayList<>();

  @Option(names = "--allowed-registry-for-import", paramLabel = "HOST[:PORT]",
      description = "allowedRegistriesForImport: a registry image streams may import from; repeat for more.")
  List<String> importSecure = new ArrayList<>();

  @Option(names = "--insecure-registry-for-import", paramLabel = "HOST[:PORT]",
      description = "allowedRegistriesForImport with insecure: true: imported without verified TLS.")
  List<String> importInsecure = new ArrayList<>();

  @Option(names = "--external-registry-hostname", paramLabel = "HOST[:PORT]",
      description = "externalRegistryHostnames: another host name by which the registry is reached; repeat for more.")
  List<String> externalHostnames = new ArrayList<>();

  @Option(names = "--replace-registry-sources",
      description = "Each registry-source list given replaces the cluster's list whole instead of adding to it; lists not given stay.")
  boolean replace;

  @Option(names = "--clear-registry-sources", paramLabel = "LIST", split = ",", converter = SourceList.Converter.class,
      description = "Remove these lists: allowed, blocked, insecure, search, import, external-hostnames (comma-separated).")
  List<SourceList> clear = new ArrayList<>();

  /** A list of the registry sources, as {@code --clear-registry-sources} names it. */
  public enum SourceList {
    /** {@code registrySources.allowedRegistries}. */
    ALLOWED("allowed", "--allowed-registry"),
    /** {@code registrySources.blockedRegistries}. */
    BLOCKED("blocked", "--blocked-registry"),
    /** {@code registrySources.insecureRegistries}. */
    INSECURE("insecure", "--insecure-registry"),
    /** {@code registrySources.containerRuntimeSearchRegistries}. */
    SEARCH("search", "--search-registry"),
    /** {@code allowedRegistriesForImport}. */
    IMPORT("import", "--allowed-registry-for-import or --insecure-registry-for-import"),
    /** {@code externalRegistryHostnames}. */
    EXTERNAL_HOSTNAMES("external-hostnames", "--external-registry-hostname");

    private final String label;
    private final String option;

    SourceList(String label, String option) {
      this.label = label;
      this.option = option;
    }

    /** Converts {@code allowed}, {@code blocked}... */
    public static final class Converter implements CommandLine.ITypeConverter<SourceList> {
      @Override
      public SourceList convert(String value) {
        for (SourceList list : values()) {
          if (list.label.equals(value.toLowerCase(Locale.ROOT))) {
            return list;
          }
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not one of "
            + java.util.Arrays.stream(values()).map(l -> l.label).collect(Collectors.joining(", ")));
      }
    }
  }

  @Override
  public RegistryConfigurer applyTo(RegistryConfigurer configurer, SecretReader secrets, CliEnvironment environment) {
    RegistryConfigurer c = configurer;
    for (RegistrySources sources : sourcesInOrder()) {
      c = c.registrySources(sources);
    }
    return c;
  }

  /**
   * What these options give, in the order the SDK applies it: the lists {@code --clear-registry-sources}
   * removes, then the lists given, adding or replacing.
   *
   * @throws UsageException if a list is both cleared and given, or {@code --replace-registry-sources} names no list
   */
  public List<RegistrySources> sourcesInOrder() {
    Set<SourceList> cleared = clear.isEmpty() ? EnumSet.noneOf(SourceList.class) : EnumSet.copyOf(clear);
    for (SourceList list : cleared) {
      if (given(list)) {
        throw new UsageException("--clear-registry-sources " + list.label + " and " + list.option
            + " contradict each other; to set the list to exactly what you give, use --replace-registry-sources");
      }
    }
    List<RegistrySources> out = new ArrayList<>();
    if (!cleared.isEmpty()) {
      out.add(cleared(cleared));
    }
    if (EnumSet.allOf(SourceList.class).stream().anyMatch(this::given)) {
      out.add(sources());
    } else if (replace) {
      throw new UsageException("--replace-registry-sources needs at least one list (--allowed-registry, --blocked-registry ...);"
          + " to remove a list, use --clear-registry-sources");
    }
    return out;
  }

  private boolean given(SourceList list) {
    return switch (list) {
      case ALLOWED -> !allowed.isEmpty();
      case BLOCKED -> !blocked.isEmpty();
      case INSECURE -> !insecure.isEmpty();
      case SEARCH -> !search.isEmpty();
      case IMPORT -> !importSecure.isEmpty() || !importInsecure.isEmpty();
      case EXTERNAL_HOSTNAMES -> !externalHostnames.isEmpty();
    };
  }

  private RegistrySources sources() {
    RegistrySources s = replace ? RegistrySources.replacing() : RegistrySources.adding();
    if (!allowed.isEmpty()) {
      s = s.allowedRegistries(List.copyOf(allowed));
    }
    if (!blocked.isEmpty()) {
      s = s.blockedRegistries(List.copyOf(blocked));
    }
    if (!insecure.isEmpty()) {
      s = s.insecureRegistries(List.copyOf(insecure));
    }
    if (!search.isEmpty()) {
      s = s.containerRuntimeSearchRegistries(List.copyOf(search));
    }
    if (given(SourceList.IMPORT)) {
      List<RegistryLocation> locations = new ArrayList<>();
      importSecure.forEach(d -> locations.add(RegistryLocation.of(d)));
      importInsecure.forEach(d -> locations.add(RegistryLocation.of(d).insecure(true)));
      s = s.allowedRegistriesForImport(locations);
    }
    if (!externalHostnames.isEmpty()) {
      s = s.externalRegistryHostnames(List.copyOf(externalHostnames));
    }
    return s;
  }

  private static RegistrySources cleared(Set<SourceList> lists) {
    RegistrySources s = RegistrySources.replacing();
    for (SourceList list : lists) {
      s = switch (list) {
        case ALLOWED -> s.allowedRegistries(List.of());
        case BLOCKED -> s.blockedRegistries(List.of());
        case INSECURE -> s.insecureRegistries(List.of());
        case SEARCH -> s.containerRuntimeSearchRegistries(List.of());
        case IMPORT -> s.allowedRegistriesForImport(List.<RegistryLocation>of());
        case EXTERNAL_HOSTNAMES -> s.externalRegistryHostnames(List.of());
      };
    }
    return s;
  }
}
