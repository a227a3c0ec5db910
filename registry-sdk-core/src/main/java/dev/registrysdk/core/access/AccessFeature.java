package dev.registrysdk.core.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.access.RegistryRole;
import dev.registrysdk.api.access.RoleGrant;
import dev.registrysdk.api.access.Subject;
import dev.registrysdk.api.access.SubjectKind;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.core.cluster.ClusterObjects;
import dev.registrysdk.core.cluster.Json;
import dev.registrysdk.core.cluster.Names;
import dev.registrysdk.core.feature.Feature;
import dev.registrysdk.core.feature.FeatureResult;
import dev.registrysdk.core.plan.CurrentObjects;
import dev.registrysdk.core.plan.IntentPolicy;
import dev.registrysdk.core.plan.ObjectIntent;
import dev.registrysdk.core.plan.Phase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Grants access to the registry: {@link RegistryRole}s in namespaces, and reading the registry's
 * metrics.
 *
 * <pre>{@code
 * RegistryConfigurer.on(client)
 *     .grant(RegistryRole.VIEWER, Subject.user("alice"), "team-a")       // oc policy add-role-to-user registry-viewer alice -n team-a
 *     .grant(RegistryRole.EDITOR, Subject.group("team-a-devs"), "team-a")
 *     .metricsAccess(Subject.serviceAccount("monitoring", "scraper"))
 *     .apply();
 * }</pre>
 *
 * <p>A grant is a RoleBinding named after the role ({@code registry-viewer},
 * {@code system:image-builder}...) in the namespace, referring to the ClusterRole of that name. If the
 * binding exists, the subject is added to its subjects once, keeping the others, so repeated applies
 * write nothing. Metrics access is the ClusterRole {@value #METRICS_ROLE} (get on
 * {@code image.openshift.io} {@code registry/metrics}), created if missing, and the
 * ClusterRoleBinding of the same name, as {@code oc adm policy add-cluster-role-to-user} creates it.
 * Immutable and thread-safe.
 */
public final class AccessFeature implements Feature {

  /** The cluster role that allows reading the registry's metrics, as the documentation names it. */
  public static final String METRICS_ROLE = "prometheus-scraper";

  private static final String METRICS_GROUP = "image.openshift.io";
  private static final String METRICS_RESOURCE = "registry/metrics";

  private final List<RoleGrant> grants;
  private final boolean metrics;
  private final List<Subject> metricsSubjects;

  private AccessFeature(List<RoleGrant> grants, boolean metrics, List<Subject> metricsSubjects) {
    this.grants = List.copyOf(grants);
    this.metrics = metrics;
    this.metricsSubjects = List.copyOf(metricsSubjects);
  }

  /** Makes these grants. */
  public static AccessFeature of(List<RoleGrant> grants) {
    return new AccessFeature(grants, false, List.of());
  }

  /** Creates the metrics role and binds it to {@code subjects}; with none, only the role is created. */
  public static AccessFeature metrics(List<Subject> subjects) {
    return new AccessFeature(List.of(), true, subjects);
  }

  /** A copy that also makes {@code grant}. */
  public AccessFeature plus(RoleGrant grant) {
    List<RoleGrant> all = new ArrayList<>(grants);
    all.add(grant);
    return new AccessFeature(all, metrics, metricsSubjects);
  }

  /** A copy that also does what {@code other} does. */
  public AccessFeature plus(AccessFeature other) {
    List<RoleGrant> all = new ArrayList<>(grants);
    all.addAll(other.grants);
    List<Subject> subjects = new ArrayList<>(metricsSubjects);
    subjects.addAll(other.metricsSubjects);
    return new AccessFeature(all, metrics || other.metrics, subjects);
  }

  @Override
  public String name() {
    return "access";
  }

  @Override
  public Set<ResourceKey> observedObjects() {
    Set<ResourceKey> keys = new LinkedHashSet<>();
    for (RoleGrant grant : grants) {
      keys.add(roleBinding(grant.namespace(), grant.role()));
    }
    if (metrics) {
      keys.add(clusterRole());
      keys.add(clusterRoleBinding());
    }
    return keys;
  }

  @Override
  public FeatureResult evaluate(ClusterFacts facts) {
    List<ObjectIntent> intents = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Map<ResourceKey, List<RoleGrant>> byBinding = new LinkedHashMap<>();
    for (RoleGrant grant : grants) {
      byBinding.computeIfAbsent(roleBinding(grant.namespace(), grant.role()), k -> new ArrayList<>()).add(grant);
    }
    for (Map.Entry<ResourceKey, List<RoleGrant>> binding : byBinding.entrySet()) {
      ResourceKey key = binding.getKey();
      RoleGrant first = binding.getValue().get(0);
      int before = findings.size();
      if (!Names.isLabel(first.namespace())) {
        findings.add(Finding.error(AccessFindingCodes.ACCESS_NAMESPACE_INVALID, ClusterObjects.path(key, "metadata.namespace"),
            "\"" + first.namespace() + "\" is not a namespace name (a DNS-1123 label)",
            "Name the project whose images the role covers, e.g. grant(RegistryRole.VIEWER, subject, \"team-a\")"));
      }
      List<Subject> subjects = binding.getValue().stream().map(RoleGrant::subject).toList();
      subjects.forEach(s -> validate(s, key, findings));
      subjects.forEach(s -> broad(s, first.role(), key, findings));
      if (findings.subList(before, findings.size()).stream().anyMatch(Finding::isError)) {
        continue;
      }
      bind(key, "ClusterRole", first.role().roleName(), subjects, facts, findings,
          "grant " + first.role().roleName() + " in " + first.namespace() + " to " + describe(subjects)).ifPresent(intents::add);
    }
    if (metrics) {
      metricsRole(facts, findings).ifPresent(intents::add);
      if (!metricsSubjects.isEmpty()) {
        int before = findings.size();
        metricsSubjects.forEach(s -> validate(s, clusterRoleBinding(), findings));
        if (findings.subList(before, findings.size()).stream().noneMatch(Finding::isError)) {
          bind(clusterRoleBinding(), "ClusterRole", METRICS_ROLE, metricsSubjects, facts, findings,
              "let " + describe(metricsSubjects) + " read the registry's metrics").ifPresent(intents::add);
        }
      }
    }
    return FeatureResult.of(intents, findings);
  }

  private static Optional<ObjectIntent> bind(ResourceKey key, String roleKind, String roleName, List<Subject> subjects,
      ClusterFacts facts, List<Finding> findings, String purpose) {
    Optional<JsonNode> current = CurrentObjects.lookup(facts, key);
    List<JsonNode> existing = current.map(c -> Json.elements(c.path("subjects"))).orElse(List.of());
    if (current.isPresent()) {
      JsonNode roleRef = current.get().path("roleRef");
      if (!roleKind.equals(roleRef.path("kind").asText()) || !roleName.equals(roleRef.path("name").asText())) {
        findings.add(Finding.error(AccessFindingCodes.ACCESS_BINDING_ROLE_MISMATCH, ClusterObjects.path(key, "roleRef"),
            key + " exists and refers to " + roleRef.path("kind").asText() + " " + roleRef.path("name").asText()
                + ", not " + roleKind + " " + roleName + "; a binding's role cannot change",
            "Rename or delete that binding, then apply again"));
        return Optional.empty();
      }
    }
    ArrayNode all = Json.object().arrayNode();
    existing.forEach(e -> all.add(e.deepCopy()));
    for (Subject subject : subjects) {
      if (!contains(all, subject)) {
        all.add(json(subject));
      }
    }
    if (current.isPresent() && all.size() == existing.size()) {
      return Optional.empty();
    }
    ObjectNode document = Json.object();
    ObjectNode ref = document.putObject("roleRef");
    ref.put("apiGroup", ClusterObjects.RBAC_GROUP).put("kind", roleKind).put("name", roleName);
    document.set("subjects", all);
    return Optional.of(ObjectIntent.builder()
        .key(key)
        .document(document)
        .policy(IntentPolicy.MERGE)
        .phase(Phase.CONFIGURATION)
        .purpose(purpose)
        .build());
  }

  private static Optional<ObjectIntent> metricsRole(ClusterFacts facts, List<Finding> findings) {
    Optional<JsonNode> current = CurrentObjects.lookup(facts, clusterRole());
    List<JsonNode> rules = current.map(c -> Json.elements(c.path("rules"))).orElse(List.of());
    if (rules.stream().anyMatch(AccessFeature::allowsMetrics)) {
      return Optional.empty();
    }
    ArrayNode all = Json.object().arrayNode();
    rules.forEach(r -> all.add(r.deepCopy()));
    ObjectNode rule = all.addObject();
    rule.set("apiGroups", Json.array(List.of(METRICS_GROUP)));
    rule.set("resources", Json.array(List.of(METRICS_RESOURCE)));
    rule.set("verbs", Json.array(List.of("get")));
    if (current.isPresent()) {
      findings.add(Finding.info(AccessFindingCodes.ACCESS_METRICS_ROLE_EXTENDED, ClusterObjects.path(clusterRole(), "rules"),
          "the ClusterRole " + METRICS_ROLE + " exists but does not allow get on " + METRICS_GROUP + " " + METRICS_RESOURCE
              + "; that rule is added to its rules",
          "Nothing to do"));
    }
    ObjectNode document = Json.object();
    document.set("rules", all);
    return Optional.of(ObjectIntent.builder()
        .key(clusterRole())
        .document(document)
        .policy(IntentPolicy.MERGE)
        .phase(Phase.CONFIGURATION)
        .purpose("allow reading the registry's metrics")
        .build());
  }

  private static boolean allowsMetrics(JsonNode rule) {
    return anyOf(rule.path("apiGroups"), METRICS_GROUP) && anyOf(rule.path("resources"), METRICS_RESOURCE)
        && anyOf(rule.path("verbs"), "get");
  }

  private static boolean anyOf(JsonNode values, String wanted) {
    List<String> list = Json.strings(values);
    return list.contains(wanted) || list.contains("*");
  }

  private static void validate(Subject subject, ResourceKey key, List<Finding> findings) {
    if (subject.kind() == SubjectKind.SERVICE_ACCOUNT
        && (!Names.isLabel(subject.namespace().orElse("")) || !Names.isSubdomain(subject.name()))) {
      findings.add(Finding.error(AccessFindingCodes.ACCESS_SUBJECT_INVALID, ClusterObjects.path(key, "subjects"),
          "the service account " + subject.namespace().orElse("") + "/" + subject.name() + " is not a valid name",
          "Name it as oc get serviceaccounts -n <namespace> shows it: Subject.serviceAccount(\"team-a\", \"builder\")"));
    }
  }

  private static void broad(Subject subject, RegistryRole role, ResourceKey key, List<Finding> findings) {
    boolean anonymous = subject.kind() == SubjectKind.GROUP && subject.name().equals("system:unauthenticated");
    boolean everyone = subject.kind() == SubjectKind.GROUP && subject.name().equals("system:authenticated");
    boolean pushes = role == RegistryRole.EDITOR || role == RegistryRole.IMAGE_BUILDER;
    if (anonymous || (everyone && pushes)) {
      findings.add(Finding.warning(AccessFindingCodes.ACCESS_BROAD_SUBJECT, ClusterObjects.path(key, "subjects"),
          role.roleName() + " for " + subject.name() + " lets " + (anonymous ? "anyone, without logging in," : "every user")
              + (pushes ? " push" : " pull") + " images of " + key.namespace().orElse(""),
          "Grant it to the users or groups that need it: Subject.group(\"team-a-devs\")"));
    }
  }

  private static boolean contains(ArrayNode subjects, Subject subject) {
    for (JsonNode s : subjects) {
      if (same(s, subject)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an RBAC subject is this subject: same kind, name and namespace, as oc compares them. */
  private static boolean same(JsonNode rbac, Subject subject) {
    return rbac.path("kind").asText().equals(subject.kind().wireValue())
        && rbac.path("name").asText().equals(subject.name())
        && rbac.path("namespace").asText("").equals(subject.namespace().orElse(""));
  }

  /** The RBAC subject, as {@code oc policy add-role-to-*} writes it. */
  static ObjectNode json(Subject subject) {
    ObjectNode json = Json.object();
    json.put("kind", subject.kind().wireValue());
    if (subject.kind() != SubjectKind.SERVICE_ACCOUNT) {
      json.put("apiGroup", ClusterObjects.RBAC_GROUP);
    }
    json.put("name", subject.name());
    subject.namespace().ifPresent(ns -> json.put("namespace", ns));
    return json;
  }

  private static String describe(List<Subject> subjects) {
    return String.join(", ", new LinkedHashSet<>(subjects.stream().map(Subject::toString).toList()));
  }

  /** The RoleBinding of {@code role} in {@code namespace}. */
  static ResourceKey roleBinding(String namespace, RegistryRole role) {
    return ResourceKey.namespaced(ClusterObjects.RBAC_API_VERSION, "RoleBinding", namespace, role.roleName());
  }

  static ResourceKey clusterRole() {
    return ResourceKey.clusterScoped(ClusterObjects.RBAC_API_VERSION, "ClusterRole", METRICS_ROLE);
  }

  static ResourceKey clusterRoleBinding() {
    return ResourceKey.clusterScoped(ClusterObjects.RBAC_API_VERSION, "ClusterRoleBinding", METRICS_ROLE);
  }

  @Override
  public String toString() {
    return "AccessFeature{grants=" + grants.size() + ", metrics=" + metrics + "}";
  }
}
