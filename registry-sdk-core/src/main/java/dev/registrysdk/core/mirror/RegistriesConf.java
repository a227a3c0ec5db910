package dev.registrysdk.core.mirror;

import dev.registrysdk.api.mirror.MirrorSet;
import dev.registrysdk.api.mirror.MirrorSourcePolicy;
import dev.registrysdk.api.mirror.MirrorType;
import dev.registrysdk.api.mirror.SourceMirrors;
import dev.registrysdk.api.sources.RegistrySources;
import dev.registrysdk.core.cluster.Scopes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The {@code /etc/containers/registries.conf} that nodes get from mirror sets and registry sources,
 * computed without a cluster: render it, or ask where a pull of an image would go.
 *
 * <pre>{@code
 * RegistriesConf conf = RegistriesConf.of(List.of(
 *         MirrorSet.digest("ubi8repo").mirror("registry.access.redhat.com/ubi8/ubi-minimal",
 *             "example.io/example/ubi-minimal")))
 *     .blockedRegistries(List.of("docker.io"));
 * String toml = conf.render();
 * conf.pullSources("registry.access.redhat.com/ubi8/ubi-minimal@sha256:5cfb...");
 * // [example.io/example/ubi-minimal@sha256:5cfb... (mirror), registry.access.redhat.com/ubi8/ubi-minimal@sha256:5cfb...]
 * conf.pullSources("registry.access.redhat.com/ubi8/ubi-minimal:latest");
 * // [registry.access.redhat.com/ubi8/ubi-minimal:latest]: digest mirrors do not serve tags
 * }</pre>
 *
 * <p>It follows the Machine Config Operator: rules for one source from all sets are merged into one
 * entry whose mirrors keep each rule's order; digest mirrors are marked {@code digest-only} and tag
 * mirrors {@code tag-only}; {@code NeverContactSource} blocks the source; insecure and blocked
 * registries apply to every entry and mirror within them. ImageContentSourcePolicies count as
 * digest mirror sets. Search registries go to a drop-in file
 * ({@link #searchRegistriesDropIn()}), which overrides the default search list of the main file.
 *
 * <p>Pull resolution follows the container runtime: the entry with the longest matching prefix
 * wins; its mirrors are tried in order (digest-only mirrors for pulls by digest, tag-only mirrors
 * for pulls by tag), then the source; a location whose own entry is blocked is not tried. Immutable
 * and thread-safe; every method is pure.
 */
public final class RegistriesConf {

  /** The main file's search registries, from the Machine Config Operator's template. */
  public static final List<String> DEFAULT_SEARCH_REGISTRIES = List.of("registry.access.redhat.com", "docker.io");

  private static final String DIGEST_ONLY = "digest-only";
  private static final String TAG_ONLY = "tag-only";

  private final List<MirrorSet> sets;
  private final List<String> blocked;
  private final List<String> insecure;
  private final List<String> search;

  private RegistriesConf(List<MirrorSet> sets, List<String> blocked, List<String> insecure, List<String> search) {
    this.sets = List.copyOf(sets);
    this.blocked = List.copyOf(blocked);
    this.insecure = List.copyOf(insecure);
    this.search = List.copyOf(search);
  }

  /** The file for these mirror sets, with no blocked, insecure or extra search registries. */
  public static RegistriesConf of(List<MirrorSet> sets) {
    return new RegistriesConf(sets, List.of(), List.of(), List.of());
  }

  /**
   * The file for these mirror sets and the blocked, insecure and search registries of
   * {@code sources}, taken as the cluster's whole lists.
   */
  public static RegistriesConf of(List<MirrorSet> sets, RegistrySources sources) {
    return new RegistriesConf(sets, orEmpty(sources.blockedRegistries()), orEmpty(sources.insecureRegistries()),
        orEmpty(sources.containerRuntimeSearchRegistries()));
  }

  /** A copy with these blocked registries ({@code registrySources.blockedRegistries}). */
  public RegistriesConf blockedRegistries(List<String> registries) {
    return new RegistriesConf(sets, registries, insecure, search);
  }

  /** A copy with these insecure registries ({@code registrySources.insecureRegistries}). */
  public RegistriesConf insecureRegistries(List<String> registries) {
    return new RegistriesConf(sets, blocked, registries, search);
  }

  /** A copy with these search registries ({@code registrySources.containerRuntimeSearchRegistries}). */
  public RegistriesConf searchRegistries(List<String> registries) {
    return new RegistriesConf(sets, blocked, insecure, registries);
  }

  /** The registries short names are searched in, in order. */
  public List<String> effectiveSearchRegistries() {
    return search.isEmpty() ? DEFAULT_SEARCH_REGISTRIES : search;
  }

  /** {@code /etc/containers/registries.conf} as the Machine Config Operator writes it since OpenShift 4.13. */
  public String render() {
    return render(RegistriesConfFormat.PULL_FROM_MIRROR);
  }

  /**
   * {@code /etc/containers/registries.conf} in the given layout.
   *
   * @throws IllegalArgumentException for {@link RegistriesConfFormat#MIRROR_BY_DIGEST_ONLY} with tag mirrors
   */
  public String render(RegistriesConfFormat format) {
    List<Entry> entries = entries(format);
    TomlWriter toml = new TomlWriter();
    toml.strings("unqualified-search-registries", DEFAULT_SEARCH_REGISTRIES);
    boolean legacy = format == RegistriesConfFormat.MIRROR_BY_DIGEST_ONLY;
    if (!legacy) {
      toml.string("short-name-mode", "");
    }
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      toml.table("registry", 0, !legacy || i > 0);
      if (legacy) {
        toml.string("location", entry.location).bool("insecure", entry.insecure).bool("blocked", entry.blocked)
            .bool("mirror-by-digest-only", entry.mirrorByDigestOnly).string("prefix", entry.prefix);
      } else {
        toml.string("prefix", entry.prefix);
        if (!entry.location.isEmpty()) {
          toml.string("location", entry.location);
        }
        if (entry.insecure) {
          toml.bool("insecure", true);
        }
        if (entry.blocked) {
          toml.bool("blocked", true);
        }
      }
      for (Endpoint mirror : entry.mirrors) {
        toml.table("registry.mirror", 1, true);
        toml.string("location", mirror.location);
        if (legacy) {
          toml.bool("insecure", mirror.insecure);
        } else {
          if (mirror.insecure) {
            toml.bool("insecure", true);
          }
          if (!mirror.pullFromMirror.isEmpty()) {
            toml.string("pull-from-mirror", mirror.pullFromMirror);
          }
        }
      }
    }
    return toml.text();
  }

  /**
   * {@code /etc/containers/registries.conf.d/01-image-searchRegistries.conf}, which the Machine Config
   * Operator writes when search registries are set; empty otherwise.
   */
  public Optional<String> searchRegistriesDropIn() {
    if (search.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TomlWriter().strings("unqualified-search-registries", search).string("short-name-mode", "").text());
  }

  /**
   * Where a node tries to pull {@code image} from, in order; empty if every location is blocked.
   * A reference without tag or digest means {@code :latest}; a short name such as {@code ubi8/ubi}
   * is looked up in the search registries, in their order.
   */
  public List<PullSource> pullSources(String image) {
    Objects.requireNonNull(image, "image");
    List<Entry> entries = entries(RegistriesConfFormat.PULL_FROM_MIRROR);
    List<PullSource> out = new ArrayList<>();
    for (String reference : qualified(image)) {
      out.addAll(pullSources(reference, entries));
    }
    return out;
  }

  private List<String> qualified(String image) {
    String named = image.contains("@") || lastComponent(image).contains(":") ? image : image + ":latest";
    int slash = named.indexOf('/');
    String first = slash < 0 ? "" : named.substring(0, slash);
    if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
      return List.of(named);
    }
    List<String> candidates = new ArrayList<>();
    for (String registry : effectiveSearchRegistries()) {
      boolean library = registry.equals("docker.io") && slash < 0;
      candidates.add(registry + "/" + (library ? "library/" : "") + named);
    }
    return candidates;
  }

  private static String lastComponent(String image) {
    return image.substring(image.lastIndexOf('/') + 1);
  }

  private static List<PullSource> pullSources(String reference, List<Entry> entries) {
    Optional<Match> match = find(reference, entries);
    if (match.isEmpty()) {
      return List.of(new PullSource(reference, false, false));
    }
    Entry entry = match.get().entry;
    int prefixLength = match.get().length;
    boolean digest = reference.contains("@");
    List<PullSource> out = new ArrayList<>();
    for (Endpoint mirror : entry.mirrors) {
      boolean serves = entry.mirrorByDigestOnly ? digest
          : switch (mirror.pullFromMirror) {
            case DIGEST_ONLY -> digest;
            case TAG_ONLY -> !digest;
            default -> true;
          };
      if (serves) {
        String rewritten = mirror.location + reference.substring(prefixLength);
        if (!blockedAt(rewritten, entries)) {
          out.add(new PullSource(rewritten, true, mirror.insecure || insecureAt(rewritten, entries)));
        }
      }
    }
    if (!entry.blocked) {
      String primary = entry.location.isEmpty() ? reference : entry.location + reference.substring(prefixLength);
      out.add(new PullSource(primary, false, entry.insecure));
    }
    return out;
  }

  private static boolean blockedAt(String reference, List<Entry> entries) {
    return find(reference, entries).map(m -> m.entry.blocked).orElse(false);
  }

  private static boolean insecureAt(String reference, List<Entry> entries) {
    return find(reference, entries).map(m -> m.entry.insecure).orElse(false);
  }

  /** The entry whose prefix matches {@code reference} longest, as the container runtime picks it. */
  private static Optional<Match> find(String reference, List<Entry> entries) {
    Match best = null;
    for (Entry entry : entries) {
      String prefix = entry.prefix.isEmpty() ? entry.location : entry.prefix;
      int length = matchingPrefix(reference, prefix);
      if (length >= 0 && (best == null || length > best.length)) {
        best = new Match(entry, length);
      }
    }
    return Optional.ofNullable(best);
  }

  /** How much of {@code reference} {@code prefix} matches; -1 if it does not. */
  static int matchingPrefix(String reference, String prefix) {
    if (prefix.startsWith("*.")) {
      String suffix = prefix.substring(1);
      int at = reference.indexOf(suffix);
      if (at < 0 || reference.substring(0, at).contains("/")) {
        return -1;
      }
      int end = at + suffix.length();
      if (end == reference.length()) {
        return end;
      }
      char c = reference.charAt(end);
      return c == ':' || c == '/' || c == '@' ? end : -1;
    }
    if (reference.length() < prefix.length() || !reference.startsWith(prefix)) {
      return -1;
    }
    if (reference.length() == prefix.length()) {
      return prefix.length();
    }
    char c = reference.charAt(prefix.length());
    return c == ':' || c == '/' || c == '@' ? prefix.length() : -1;
  }

  private List<Entry> entries(RegistriesConfFormat format) {
    boolean legacy = format == RegistriesConfFormat.MIRROR_BY_DIGEST_ONLY;
    List<Entry> entries = new ArrayList<>();
    for (MirrorType type : MirrorType.values()) {
      Map<String, List<List<String>>> bySource = new TreeMap<>();
      Map<String, Boolean> neverContact = new LinkedHashMap<>();
      for (MirrorSet set : sets) {
        if (set.type() != type) {
          continue;
        }
        if (legacy && type == MirrorType.TAG) {
          throw new IllegalArgumentException("The mirror set " + set.name()
              + " serves tag pulls, which the mirror-by-digest-only layout cannot express; render(PULL_FROM_MIRROR)");
        }
        for (SourceMirrors rule : set.rules()) {
          if (rule.mirrors().stream().allMatch(m -> m.equals(rule.source()))) {
            continue;
          }
          bySource.computeIfAbsent(rule.source(), s -> new ArrayList<>()).add(rule.mirrors());
          if (rule.mirrorSourcePolicy().filter(p -> p == MirrorSourcePolicy.NEVER_CONTACT_SOURCE).isPresent()) {
            neverContact.put(rule.source(), true);
          }
        }
      }
      for (Map.Entry<String, List<List<String>>> source : bySource.entrySet()) {
        Entry entry = entry(entries, source.getKey());
        if (neverContact.containsKey(source.getKey())) {
          entry.blocked = true;
        }
        if (legacy) {
          entry.mirrorByDigestOnly = true;
        }
        String pull = legacy ? "" : type == MirrorType.DIGEST ? DIGEST_ONLY : TAG_ONLY;
        for (String mirror : MirrorOrder.merge(source.getKey(), source.getValue())) {
          entry.mirrors.add(new Endpoint(mirror, pull));
        }
      }
    }
    for (String scope : blocked) {
      entry(entries, scope);
    }
    for (String scope : insecure) {
      entry(entries, scope).insecure = true;
      for (Entry entry : entries) {
        if (Scopes.isWithin(entry.scope(), scope)) {
          entry.insecure = true;
        }
        for (Endpoint mirror : entry.mirrors) {
          if (Scopes.isWithin(mirror.location, scope)) {
            mirror.insecure = true;
          }
        }
      }
    }
    for (String scope : blocked) {
      entry(entries, scope).blocked = true;
      for (Entry entry : entries) {
        if (Scopes.isWithin(entry.scope(), scope)) {
          entry.blocked = true;
        }
      }
    }
    return entries;
  }

  private static Entry entry(List<Entry> entries, String scope) {
    for (Entry entry : entries) {
      if (entry.scope().equals(scope)) {
        return entry;
      }
    }
    Entry created = Scopes.isWildcard(scope) ? new Entry(scope, "") : new Entry("", scope);
    entries.add(created);
    return created;
  }

  private static List<String> orEmpty(@Nullable List<String> list) {
    return list == null ? List.of() : list;
  }

  @Override
  public String toString() {
    return render();
  }

  /** A {@code [[registry]]} table while it is built. */
  private static final class Entry {
    final String prefix;
    final String location;
    final List<Endpoint> mirrors = new ArrayList<>();
    boolean insecure;
    boolean blocked;
    boolean mirrorByDigestOnly;

    Entry(String prefix, String location) {
      this.prefix = prefix;
      this.location = location;
    }

    String scope() {
      return prefix.isEmpty() ? location : prefix;
    }
  }

  /** A {@code [[registry.mirror]]} table while it is built. */
  private static final class Endpoint {
    final String location;
    final String pullFromMirror;
    boolean insecure;

    Endpoint(String location, String pullFromMirror) {
      this.location = location;
      this.pullFromMirror = pullFromMirror;
    }
  }

  private record Match(Entry entry, int length) {}
}
