package dev.registrysdk.core.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.sources.RegistrySources;
import dev.registrysdk.core.cluster.ClusterObjects;
import dev.registrysdk.core.cluster.Json;
import dev.registrysdk.core.cluster.Names;
import dev.registrysdk.core.cluster.Scopes;
import dev.registrysdk.core.feature.Feature;
import dev.registrysdk.core.feature.FeatureResult;
import dev.registrysdk.core.plan.CurrentObjects;
import dev.registrysdk.core.plan.IntentPolicy;
import dev.registrysdk.core.plan.ObjectIntent;
import dev.registrysdk.core.plan.Phase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Writes registry sources into {@code image.config.openshift.io/cluster}: allowed, blocked and
 * insecure registries, search registries, registries allowed for import and external host names.
 *
 * <pre>{@code
 * RegistryConfigurer.on(client)
 *     .registrySources(RegistrySources.adding().blockedRegistries("docker.io"))
 *     .apply();
 * }</pre>
 *
 * <p>Several {@link RegistrySources} are applied in the order given, each to the result of the one
 * before, starting from the cluster's lists. Each list is computed whole, since a merge patch
 * replaces lists, and only lists that change are written. Lists written are validated as the CRD
 * does: entries {@code host[:port][/path]} or {@code *.domain} without tags or digests, allowed and
 * blocked registries not both set, search registries a set of {@code host[:port]}. An emptied list
 * is removed rather than written empty. Immutable and thread-safe.
 */
public final class RegistrySourcesFeature implements Feature {

  /** The CEL message of the CRD for allowed and blocked registries set together. */
  static final String ONLY_ONE_MESSAGE = "Only one of blockedRegistries or allowedRegistries may be set";
  /** The CEL message of the CRD for an invalid entry. */
  static final String ENTRY_MESSAGE =
      "each registry must be a valid hostname[:port][/path] or wildcard *.hostname format without tags or digests";

  private static final int MAX_ITEMS = 1024;
  private static final int MAX_LENGTH = 256;

  private final List<RegistrySources> sources;

  private RegistrySourcesFeature(List<RegistrySources> sources) {
    this.sources = List.copyOf(sources);
  }

  /** Writes {@code sources}. */
  public static RegistrySourcesFeature of(RegistrySources sources) {
    return new RegistrySourcesFeature(List.of(Objects.requireNonNull(sources, "sources")));
  }

  /** A copy that applies {@code more} after what it applies already. */
  public RegistrySourcesFeature plus(RegistrySources more) {
    List<RegistrySources> all = new ArrayList<>(sources);
    all.add(Objects.requireNonNull(more, "more"));
    return new RegistrySourcesFeature(all);
  }

  @Override
  public String name() {
    return "registry-sources";
  }

  @Override
  public Set<ResourceKey> observedObjects() {
    return Set.of(ClusterObjects.IMAGE_CONFIG);
  }

  @Override
  public FeatureResult evaluate(ClusterFacts facts) {
    JsonNode spec = CurrentObjects.lookup(facts, ClusterObjects.IMAGE_CONFIG)
        .map(image -> image.path("spec")).orElse(Json.object());
    JsonNode current = spec.path("registrySources");
    Map<Field, List<String>> now = new LinkedHashMap<>();
    for (Field field : Field.values()) {
      now.put(field, field == Field.IMPORT ? importEntries(spec) : Json.strings(field.read(spec, current)));
    }
    Map<Field, List<String>> wanted = new LinkedHashMap<>(now);
    Set<Field> touched = new LinkedHashSet<>();
    List<Finding> findings = new ArrayList<>();
    for (RegistrySources s : sources) {
      for (Field field : Field.values()) {
        List<String> given = field.given(s);
        if (given == null) {
          continue;
        }
        touched.add(field);
        if (field == Field.SEARCH) {
          duplicates(given).forEach(d -> findings.add(Finding.error(SourcesFindingCodes.SOURCES_SEARCH_DUPLICATE, path(field),
              "the search registry " + d + " is given twice; containerRuntimeSearchRegistries is a set",
              "Name each search registry once")));
        }
        wanted.put(field, s.replaces() ? dedupe(given, field) : add(wanted.get(field), given, field));
      }
    }
    validate(wanted, touched, findings);

    ObjectNode document = Json.object();
    ObjectNode specDocument = document.putObject("spec");
    boolean nodes = false;
    for (Field field : touched) {
      List<String> value = wanted.get(field);
      if (value.equals(now.get(field))) {
        continue;
      }
      nodes |= field.onNodes;
      ObjectNode parent = field.nested ? specDocument.withObject("registrySources") : specDocument;
      parent.set(field.json, value.isEmpty() ? NullNode.getInstance() : field.write(value));
    }
    List<ObjectIntent> intents = new ArrayList<>();
    if (!specDocument.isEmpty()) {
      intents.add(ObjectIntent.builder()
          .key(ClusterObjects.IMAGE_CONFIG)
          .document(document)
          .policy(IntentPolicy.MERGE)
          .phase(Phase.CONFIGURATION)
          .purpose("set registry sources")
          .build());
    }
    if (nodes) {
      findings.add(Finding.info(SourcesFindingCodes.SOURCES_NODE_ROLLOUT, ClusterObjects.path(ClusterObjects.IMAGE_CONFIG, "spec.registrySources"),
          "the Machine Config Operator rolls this change out to every node (registries.conf and policy.json); "
              + "nodes pick it up one pool at a time",
          "Apply it when a rollout is acceptable, and watch the MachineConfigPools until they are updated"));
    }
    return FeatureResult.of(intents, findings);
  }

  private static void validate(Map<Field, List<String>> wanted, Set<Field> touched, List<Finding> findings) {
    for (Field field : touched) {
      List<String> entries = wanted.get(field);
      if (entries.size() > MAX_ITEMS) {
        findings.add(Finding.error(SourcesFindingCodes.SOURCES_TOO_MANY, path(field),
            field.json + " would have " + entries.size() + " entries; the CRD allows at most " + MAX_ITEMS,
            "Use *.domain wildcards or registry-level entries to cover several repositories"));
      }
      for (int i = 0; i < entries.size(); i++) {
        String entry = entries.get(i);
        String at = path(field) + "[" + i + "]";
        switch (field) {
          case ALLOWED, BLOCKED, INSECURE -> {
            if (entry.length() > MAX_LENGTH || !Scopes.isScope(entry)) {
              findings.add(Finding.error(SourcesFindingCodes.SOURCES_ENTRY_INVALID, at,
                  ENTRY_MESSAGE + "; got \"" + entry + "\"",
                  "Name a registry, a repository or *.domain without tag or digest, e.g. \"registry.example.com/team\""));
            }
          }
          case SEARCH -> {
            if (!Names.isHostPort(entry)) {
              findings.add(Finding.error(SourcesFindingCodes.SOURCES_SEARCH_INVALID, at,
                  "the search registry \"" + entry + "\" is not host[:port]; short names are resolved against registries, not repositories",
                  "Name the registry only, e.g. \"registry.example.com\""));
            }
          }
          case EXTERNAL -> {
            if (!Names.isHostPort(entry)) {
              findings.add(Finding.error(SourcesFindingCodes.SOURCES_EXTERNAL_HOSTNAME_INVALID, at,
                  "the external host name \"" + entry + "\" is not hostname[:port]",
                  "Give the host name by which the registry is reached, e.g. \"registry.apps.example.com\""));
            }
          }
          case IMPORT -> {
            String domain = domain(entry);
            boolean valid = Scopes.isWildcard(domain) ? Scopes.isScope(domain) : Names.isHostPort(domain);
            if (!valid) {
              findings.add(Finding.error(SourcesFindingCodes.SOURCES_IMPORT_DOMAIN_INVALID, at + ".domainName",
                  "\"" + domain + "\" is not a registry domain name such as quay.io or registry.example.com:5000",
                  "Give the domain without scheme or path: RegistryLocation.of(\"registry.example.com:5000\")"));
            }
          }
          default -> throw new IllegalStateException(field.name());
        }
      }
    }
    List<String> allowed = wanted.get(Field.ALLOWED);
    List<String> blocked = wanted.get(Field.BLOCKED);
    if ((touched.contains(Field.ALLOWED) || touched.contains(Field.BLOCKED)) && !allowed.isEmpty() && !blocked.isEmpty()) {
      findings.add(Finding.error(SourcesFindingCodes.SOURCES_ALLOWED_AND_BLOCKED,
          ClusterObjects.path(ClusterObjects.IMAGE_CONFIG, "spec.registrySources"),
          ONLY_ONE_MESSAGE + "; allowed " + allowed + " and blocked " + blocked + " would both be set",
          "Remove one list: RegistrySources.replacing().blockedRegistries(List.of()) or .allowedRegistries(List.of())"));
    }
    if (touched.contains(Field.BLOCKED)) {
      blocked.stream().filter(b -> Scopes.isWithin(ClusterObjects.RELEASE_REPOSITORY, b)).findFirst().ifPresent(b ->
          findings.add(Finding.warning(SourcesFindingCodes.SOURCES_BLOCKS_RELEASE_IMAGES, path(Field.BLOCKED),
              "\"" + b + "\" blocks " + ClusterObjects.RELEASE_REPOSITORY + ", where the cluster's release images come from; "
                  + "the Machine Config Operator refuses to block it unless mirrors serve it",
              "Mirror the release images first (MirrorSet.digest(...)), or block a narrower scope")));
    }
    if (touched.contains(Field.ALLOWED) && !allowed.isEmpty()) {
      List<String> missing = new ArrayList<>();
      for (String needed : List.of(ClusterObjects.RELEASE_REPOSITORY, ClusterObjects.INTERNAL_REGISTRY)) {
        if (allowed.stream().noneMatch(a -> Scopes.isWithin(needed, a))) {
          missing.add(needed);
        }
      }
      if (!missing.isEmpty()) {
        findings.add(Finding.warning(SourcesFindingCodes.SOURCES_ALLOWED_OMITS_PLATFORM, path(Field.ALLOWED),
            "only the allowed registries may be pulled from, and they leave out " + missing
                + ", which the cluster itself pulls from (release images, images built or pushed into the cluster)",
            "Add them: RegistrySources.adding().allowedRegistries(\"quay.io\", \"" + ClusterObjects.INTERNAL_REGISTRY + "\")"));
      }
    }
  }

  private static String path(Field field) {
    return ClusterObjects.path(ClusterObjects.IMAGE_CONFIG, field.nested ? "spec.registrySources." + field.json : "spec." + field.json);
  }

  private static List<String> add(List<String> before, List<String> given, Field field) {
    if (field == Field.IMPORT) {
      Map<String, String> byDomain = new LinkedHashMap<>();
      before.forEach(e -> byDomain.put(domain(e), e));
      given.forEach(e -> byDomain.put(domain(e), e));
      return new ArrayList<>(byDomain.values());
    }
    Set<String> all = new LinkedHashSet<>(before);
    all.addAll(given);
    return new ArrayList<>(all);
  }

  private static List<String> dedupe(List<String> given, Field field) {
    return add(List.of(), given, field);
  }

  private static Set<String> duplicates(List<String> given) {
    Set<String> seen = new HashSet<>();
    Set<String> twice = new LinkedHashSet<>();
    given.forEach(g -> {
      if (!seen.add(g)) {
        twice.add(g);
      }
    });
    return twice;
  }

  /** Registries allowed for import as {@code domain} or {@code domain insecure}, so they compare as strings. */
  private static List<String> importEntries(JsonNode spec) {
    List<String> out = new ArrayList<>();
    for (JsonNode location : Json.elements(spec.path("allowedRegistriesForImport"))) {
      out.add(encode(location.path("domainName").asText(""), location.path("insecure").asBoolean(false)));
    }
    return out;
  }

  private static String encode(String domain, boolean insecure) {
    return insecure ? domain + " insecure" : domain;
  }

  private static String domain(String entry) {
    return entry.endsWith(" insecure") ? entry.substring(0, entry.length() - " insecure".length()) : entry;
  }

  /** The lists of registry sources: where they live in the spec and how they are read and written. */
  private enum Field {
    ALLOWED("allowedRegistries", true, true, RegistrySources::allowedRegistries),
    BLOCKED("blockedRegistries", true, true, RegistrySources::blockedRegistries),
    INSECURE("insecureRegistries", true, true, RegistrySources::insecureRegistries),
    SEARCH("containerRuntimeSearchRegistries", true, true, RegistrySources::containerRuntimeSearchRegistries),
    IMPORT("allowedRegistriesForImport", false, false, s -> s.allowedRegistriesForImport() == null ? null
        : s.allowedRegistriesForImport().stream().map(l -> encode(l.domainName(), l.insecure())).toList()),
    EXTERNAL("externalRegistryHostnames", false, false, RegistrySources::externalRegistryHostnames);

    final String json;
    final boolean nested;
    final boolean onNodes;
    private final Function<RegistrySources, @Nullable List<String>> given;

    Field(String json, boolean nested, boolean onNodes, Function<RegistrySources, @Nullable List<String>> given) {
      this.json = json;
      this.nested = nested;
      this.onNodes = onNodes;
      this.given = given;
    }

    @Nullable List<String> given(RegistrySources sources) {
      return given.apply(sources);
    }

    JsonNode read(JsonNode spec, JsonNode registrySources) {
      return nested ? registrySources.path(json) : spec.path(json);
    }

    JsonNode write(List<String> values) {
      if (this != IMPORT) {
        return Json.array(values);
      }
      ArrayNode array = Json.object().arrayNode();
      for (String entry : values) {
        ObjectNode location = array.addObject();
        location.put("domainName", domain(entry));
        if (entry.endsWith(" insecure")) {
          location.put("insecure", true);
        }
      }
      return array;
    }
  }

  @Override
  public String toString() {
    return "RegistrySourcesFeature" + sources.stream().map(s -> s.replaces() ? "replacing" : "adding").toList();
  }
}
