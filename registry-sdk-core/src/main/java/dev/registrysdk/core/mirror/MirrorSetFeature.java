package dev.registrysdk.core.mirror;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.mirror.MirrorSet;
import dev.registrysdk.api.mirror.MirrorSourcePolicy;
import dev.registrysdk.api.mirror.MirrorType;
import dev.registrysdk.api.mirror.SourceMirrors;
import dev.registrysdk.api.resource.ResourceKey;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes {@link MirrorSet}s: as {@code ImageDigestMirrorSet} and {@code ImageTagMirrorSet}
 * (config.openshift.io/v1) where the cluster serves them, as {@code ImageContentSourcePolicy}
 * (operator.openshift.io/v1alpha1) where it does not or where a set asks for it.
 *
 * <pre>{@code
 * RegistryConfigurer.on(client)
 *     .mirrors(MirrorSet.digest("ubi8repo")
 *         .mirror("registry.access.redhat.com/ubi8/ubi-minimal", "example.io/example/ubi-minimal"))
 *     .apply();
 * }</pre>
 *
 * <p>Each set is written whole as one object named after it, or added to the object's rules with
 * {@link MirrorSet#addingToExisting()}; rules are validated with the CRDs' patterns, and with the
 * Machine Config Operator's rules (mirrors are a set; a source policy needs mirrors;
 * {@code NeverContactSource} cannot list the source as a mirror). Changes are rolled out to every
 * node, and digest mirrors do not serve pulls by tag: findings say both. Immutable and thread-safe.
 */
public final class MirrorSetFeature implements Feature {

  static final String DIGEST_SET = "ImageDigestMirrorSet";
  static final String TAG_SET = "ImageTagMirrorSet";
  static final String CONTENT_SOURCE_POLICY = "ImageContentSourcePolicy";

  private final List<MirrorSet> sets;

  private MirrorSetFeature(List<MirrorSet> sets) {
    this.sets = List.copyOf(sets);
  }

  /** Writes {@code sets}. */
  public static MirrorSetFeature of(List<MirrorSet> sets) {
    return new MirrorSetFeature(sets);
  }

  /** A copy that also writes {@code more}. */
  public MirrorSetFeature plus(List<MirrorSet> more) {
    List<MirrorSet> all = new ArrayList<>(sets);
    all.addAll(more);
    return new MirrorSetFeature(all);
  }

  /** The sets written. */
  public List<MirrorSet> sets() {
    return sets;
  }

  @Override
  public String name() {
    return "mirror-sets";
  }

  @Override
  public Set<String> kindsToCheck() {
    return Set.of(kind(DIGEST_SET), kind(TAG_SET), kind(CONTENT_SOURCE_POLICY));
  }

  @Override
  public Set<ResourceKey> observedObjects() {
    Set<ResourceKey> keys = new LinkedHashSet<>();
    for (MirrorSet set : sets) {
      if (set.type() == MirrorType.TAG) {
        keys.add(key(TAG_SET, set.name()));
      } else {
        keys.add(key(DIGEST_SET, set.name()));
        keys.add(key(CONTENT_SOURCE_POLICY, set.name()));
      }
    }
    return keys;
  }

  @Override
  public FeatureResult evaluate(ClusterFacts facts) {
    List<ObjectIntent> intents = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Set<ResourceKey> written = new HashSet<>();
    for (MirrorSet set : sets) {
      Optional<String> kind = kindFor(set, facts, findings);
      if (kind.isEmpty()) {
        continue;
      }
      ResourceKey key = key(kind.get(), set.name());
      if (!written.add(key)) {
        findings.add(Finding.error(MirrorFindingCodes.MIRROR_SET_DUPLICATE, ClusterObjects.path(key, "metadata.name"),
            "two mirror sets are named " + set.name() + "; each becomes one object",
            "Give each MirrorSet its own name, or put all rules into one set"));
        continue;
      }
      if (!Names.isSubdomain(set.name())) {
        findings.add(Finding.error(MirrorFindingCodes.MIRROR_SET_NAME_INVALID, ClusterObjects.path(key, "metadata.name"),
            "the mirror set name \"" + set.name() + "\" is not a DNS-1123 subdomain",
            "Use lower-case letters, digits, '-' and '.': MirrorSet.digest(\"release-mirrors\")"));
        continue;
      }
      boolean policy = kind.get().equals(CONTENT_SOURCE_POLICY);
      String listField = listField(kind.get());
      int errors = findings.size();
      validate(set, key, listField, policy, findings);
      if (findings.subList(errors, findings.size()).stream().anyMatch(Finding::isError)) {
        continue;
      }
      Optional<JsonNode> current = CurrentObjects.lookup(facts, key);
      List<JsonNode> existing = current.map(c -> Json.elements(c.path("spec").path(listField))).orElse(List.of());
      ArrayNode rules = rules(set, existing, policy);
      if (current.isPresent() && rules.equals(current.get().path("spec").path(listField))) {
        continue;
      }
      ObjectNode document = Json.object();
      document.putObject("spec").set(listField, rules);
      intents.add(ObjectIntent.builder()
          .key(key)
          .document(document)
          .policy(IntentPolicy.MERGE)
          .phase(Phase.CONFIGURATION)
          .purpose("mirror " + set.rules().size() + (set.rules().size() == 1 ? " source" : " sources")
              + " for " + (set.type() == MirrorType.TAG ? "tag" : "digest") + " pulls")
          .build());
      findings.add(Finding.warning(MirrorFindingCodes.MIRROR_NODE_ROLLOUT, ClusterObjects.path(key, "spec"),
          "the Machine Config Operator rolls " + key + " out to every node's /etc/containers/registries.conf; "
              + (policy ? "with an ImageContentSourcePolicy every node is drained and rebooted"
                  : "nodes are drained unless the change only adds digest-only mirrors (older releases drain and reboot every node)"),
          "Apply mirror changes in a maintenance window and watch the MachineConfigPools until they are updated"));
      if (set.type() == MirrorType.DIGEST) {
        findings.add(Finding.warning(MirrorFindingCodes.MIRROR_DIGEST_ONLY, ClusterObjects.path(key, "spec." + listField),
            "these mirrors serve pulls by digest only; a pull by tag (image:tag) still goes to the source",
            "Pull by digest, or mirror tags too: mirrors(MirrorSet.tag(\"" + set.name() + "-tags\").mirror(source, mirror))"));
      }
    }
    return FeatureResult.of(intents, findings);
  }

  private static Optional<String> kindFor(MirrorSet set, ClusterFacts facts, List<Finding> findings) {
    boolean digestSets = facts.serves(ClusterObjects.MIRROR_SET_API_VERSION, DIGEST_SET);
    boolean tagSets = facts.serves(ClusterObjects.MIRROR_SET_API_VERSION, TAG_SET);
    boolean policies = facts.serves(ClusterObjects.CONTENT_SOURCE_POLICY_API_VERSION, CONTENT_SOURCE_POLICY);
    String path = "MirrorSet " + set.name();
    if (set.type() == MirrorType.TAG) {
      if (set.contentSourcePolicy()) {
        findings.add(Finding.error(MirrorFindingCodes.MIRROR_TAG_AS_CONTENT_SOURCE_POLICY, path,
            "an ImageContentSourcePolicy serves pulls by digest only, so the tag mirror set " + set.name() + " cannot be one",
            "Drop asContentSourcePolicy(): MirrorSet.tag(\"" + set.name() + "\") becomes an ImageTagMirrorSet"));
        return Optional.empty();
      }
      if (!tagSets) {
        findings.add(notServed(set, TAG_SET));
        return Optional.empty();
      }
      return Optional.of(TAG_SET);
    }
    if (set.contentSourcePolicy()) {
      if (!policies) {
        findings.add(notServed(set, CONTENT_SOURCE_POLICY));
        return Optional.empty();
      }
      if (digestSets) {
        findings.add(Finding.warning(MirrorFindingCodes.MIRROR_CONTENT_SOURCE_POLICY_DEPRECATED, path,
            "ImageContentSourcePolicy is deprecated since OpenShift 4.13 and this cluster serves ImageDigestMirrorSet",
            "Drop asContentSourcePolicy() to write an ImageDigestMirrorSet; oc adm migrate icsp converts existing policies"));
      }
      return Optional.of(CONTENT_SOURCE_POLICY);
    }
    if (digestSets) {
      return Optional.of(DIGEST_SET);
    }
    if (policies) {
      findings.add(Finding.info(MirrorFindingCodes.MIRROR_CONTENT_SOURCE_POLICY_FALLBACK, path,
          "this cluster does not serve ImageDigestMirrorSet (OpenShift before 4.13), so " + set.name()
              + " is written as an ImageContentSourcePolicy",
          "Nothing to do; after an upgrade, oc adm migrate icsp converts it"));
      return Optional.of(CONTENT_SOURCE_POLICY);
    }
    findings.add(notServed(set, DIGEST_SET + " or " + CONTENT_SOURCE_POLICY));
    return Optional.empty();
  }

  private static Finding notServed(MirrorSet set, String kinds) {
    return Finding.error(MirrorFindingCodes.MIRROR_KIND_NOT_SERVED, "MirrorSet " + set.name(),
        "this cluster does not serve " + kinds + ", so the mirror set " + set.name() + " cannot be written",
        "Check that the client talks to an OpenShift cluster; tag mirror sets need OpenShift 4.13 or later");
  }

  private static void validate(MirrorSet set, ResourceKey key, String listField, boolean policy, List<Finding> findings) {
    Map<String, Optional<MirrorSourcePolicy>> policies = new HashMap<>();
    for (int i = 0; i < set.rules().size(); i++) {
      SourceMirrors rule = set.rules().get(i);
      String at = ClusterObjects.path(key, "spec." + listField + "[" + i + "]");
      if (!Scopes.isScope(rule.source()) || (policy && Scopes.isWildcard(rule.source()))) {
        findings.add(Finding.error(MirrorFindingCodes.MIRROR_SOURCE_INVALID, at + ".source",
            "the source \"" + rule.source() + "\" is not host[:port][/namespace...]" + (policy ? "" : " or *.domain")
                + ", lower-case path, without tag or digest" + (policy && Scopes.isWildcard(rule.source())
                    ? "; an ImageContentSourcePolicy takes no wildcards" : ""),
            "Name the repository mirrored, e.g. \"registry.access.redhat.com/ubi8\""));
      }
      Set<String> seen = new HashSet<>();
      for (int m = 0; m < rule.mirrors().size(); m++) {
        String mirror = rule.mirrors().get(m);
        if (!Scopes.isRepository(mirror)) {
          findings.add(Finding.error(MirrorFindingCodes.MIRROR_MIRROR_INVALID, at + ".mirrors[" + m + "]",
              "the mirror \"" + mirror + "\" is not host[:port][/namespace...][/repo], lower-case path, without tag, digest or wildcard",
              "Name the mirror repository, e.g. \"mirror.example.com/ubi8\""));
        }
        if (!seen.add(mirror)) {
          findings.add(Finding.error(MirrorFindingCodes.MIRROR_DUPLICATE, at + ".mirrors[" + m + "]",
              "the mirror " + mirror + " is listed twice for " + rule.source() + "; mirrors are a set",
              "List each mirror once, in the order to try them"));
        }
      }
      boolean realMirror = rule.mirrors().stream().anyMatch(m -> !m.equals(rule.source()));
      rule.mirrorSourcePolicy().ifPresent(p -> {
        if (policy) {
          findings.add(Finding.error(MirrorFindingCodes.MIRROR_POLICY_NOT_SUPPORTED, at + ".mirrorSourcePolicy",
              "an ImageContentSourcePolicy has no mirrorSourcePolicy; the source is always tried last",
              "Drop asContentSourcePolicy() to write an ImageDigestMirrorSet, which supports it"));
        } else if (rule.mirrors().isEmpty()) {
          findings.add(Finding.error(MirrorFindingCodes.MIRROR_POLICY_WITHOUT_MIRRORS, at + ".mirrorSourcePolicy",
              "mirrorSourcePolicy is only valid together with mirrors, and " + rule.source() + " has none",
              "Add mirrors: SourceMirrors.of(\"" + rule.source() + "\", \"mirror.example.com/...\")"));
        } else if (p == MirrorSourcePolicy.NEVER_CONTACT_SOURCE && rule.mirrors().contains(rule.source())) {
          findings.add(Finding.error(MirrorFindingCodes.MIRROR_NEVER_CONTACT_SOURCE_IS_MIRROR, at + ".mirrorSourcePolicy",
              "cannot set mirrorSourcePolicy: NeverContactSource if the source \"" + rule.source() + "\" is one of the mirrors",
              "Remove the source from the mirrors, or drop neverContactSource()"));
        }
      });
      if (!realMirror && rule.mirrorSourcePolicy().isEmpty()) {
        findings.add(Finding.warning(MirrorFindingCodes.MIRROR_RULE_EMPTY, at,
            "the rule for " + rule.source() + " has no mirror other than the source itself; nodes ignore it",
            "Add a mirror, or drop the rule"));
      }
      Optional<MirrorSourcePolicy> earlier = policies.putIfAbsent(rule.source(), rule.mirrorSourcePolicy());
      if (earlier != null && !earlier.equals(rule.mirrorSourcePolicy())) {
        findings.add(Finding.error(MirrorFindingCodes.MIRROR_POLICY_CONFLICT, at + ".mirrorSourcePolicy",
            "conflicting mirrorSourcePolicy is set for the same source \"" + rule.source() + "\"",
            "Set the same source policy on every rule for " + rule.source()));
      }
    }
  }

  /** The rules to write: the set's, or with {@link MirrorSet#addsToExisting()} the existing ones with the set's merged in. */
  private static ArrayNode rules(MirrorSet set, List<JsonNode> existing, boolean policy) {
    Map<String, ObjectNode> bySource = new LinkedHashMap<>();
    ArrayNode out = Json.object().arrayNode();
    if (set.addsToExisting()) {
      for (JsonNode rule : existing) {
        ObjectNode copy = ((ObjectNode) rule).deepCopy();
        out.add(copy);
        bySource.putIfAbsent(rule.path("source").asText(), copy);
      }
    }
    for (SourceMirrors rule : set.rules()) {
      ObjectNode target = set.addsToExisting() ? bySource.get(rule.source()) : null;
      if (target == null) {
        target = out.addObject();
        target.put("source", rule.source());
        bySource.putIfAbsent(rule.source(), target);
      }
      Set<String> mirrors = new LinkedHashSet<>(Json.strings(target.get("mirrors")));
      mirrors.addAll(rule.mirrors());
      if (!mirrors.isEmpty()) {
        target.set("mirrors", Json.array(mirrors));
      }
      if (!policy) {
        ObjectNode entry = target;
        rule.mirrorSourcePolicy().ifPresent(p -> entry.put("mirrorSourcePolicy", p.wireValue()));
      }
    }
    return out;
  }

  private static String listField(String kind) {
    return switch (kind) {
      case DIGEST_SET -> "imageDigestMirrors";
      case TAG_SET -> "imageTagMirrors";
      default -> "repositoryDigestMirrors";
    };
  }

  private static String kind(String kind) {
    return (kind.equals(CONTENT_SOURCE_POLICY) ? ClusterObjects.CONTENT_SOURCE_POLICY_API_VERSION
        : ClusterObjects.MIRROR_SET_API_VERSION) + "/" + kind;
  }

  static ResourceKey key(String kind, String name) {
    return ResourceKey.clusterScoped(kind.equals(CONTENT_SOURCE_POLICY) ? ClusterObjects.CONTENT_SOURCE_POLICY_API_VERSION
        : ClusterObjects.MIRROR_SET_API_VERSION, kind, name);
  }

  @Override
  public String toString() {
    return "MirrorSetFeature" + sets.stream().map(MirrorSet::name).toList();
  }
}
