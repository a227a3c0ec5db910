package dev.registrysdk.core.pullsecret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.pullsecret.PullSecret;
import dev.registrysdk.api.pullsecret.RegistryCredential;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes {@link PullSecret}s as {@code kubernetes.io/dockerconfigjson} secrets and links them to
 * service accounts.
 *
 * <pre>{@code
 * RegistryConfigurer.on(client)
 *     .pullSecret(PullSecret.of("team-a", "astra-registry-credentials")
 *         .credential("astra-registry.apps.example.com", "ocp-user", password)
 *         .linkForPull("default"))
 *     .apply();
 * }</pre>
 *
 * <p>If the secret exists, the entries of other servers in its {@code .dockerconfigjson} are kept and
 * nothing is written when its entries already match. Linking for pulls adds the secret to the
 * service account's {@code imagePullSecrets}, linking for mounts to its {@code secrets}, each once,
 * keeping the entries there (the lists are written whole, computed from the observed account). The
 * secret's data is masked in plans; credentials never appear in findings or logs. Immutable and
 * thread-safe.
 */
public final class PullSecretFeature implements Feature {

  /** The secret type of pull secrets. */
  public static final String TYPE = "kubernetes.io/dockerconfigjson";
  /** The data key of pull secrets. */
  public static final String KEY = ".dockerconfigjson";

  private static final Pattern URL = Pattern.compile("https?://[^\\s/]+(?:/\\S*)?");

  private final List<PullSecret> secrets;

  private PullSecretFeature(List<PullSecret> secrets) {
    this.secrets = List.copyOf(secrets);
  }

  /**
   * Writes {@code secrets}. Two entries for one secret (same namespace and name) become one, with the
   * credentials and links of both; two credentials for one server in it are refused
   * ({@code PULL_SECRET_SERVER_DUPLICATE}) rather than one silently winning.
   */
  public static PullSecretFeature of(List<PullSecret> secrets) {
    PullSecretFeature feature = new PullSecretFeature(List.of());
    for (PullSecret secret : secrets) {
      feature = feature.plus(secret);
    }
    return feature;
  }

  /** A copy that also writes {@code secret}, joined with an earlier entry for the same secret. */
  public PullSecretFeature plus(PullSecret secret) {
    List<PullSecret> all = new ArrayList<>(secrets);
    for (int i = 0; i < all.size(); i++) {
      PullSecret earlier = all.get(i);
      if (earlier.namespace().equals(secret.namespace()) && earlier.name().equals(secret.name())) {
        all.set(i, joined(earlier, secret));
        return new PullSecretFeature(all);
      }
    }
    all.add(secret);
    return new PullSecretFeature(all);
  }

  private static PullSecret joined(PullSecret earlier, PullSecret later) {
    PullSecret joined = earlier;
    for (RegistryCredential credential : later.credentials()) {
      joined = joined.credential(credential);
    }
    return joined.linkForPull(later.pullServiceAccounts().toArray(String[]::new))
        .linkForMount(later.mountServiceAccounts().toArray(String[]::new));
  }

  @Override
  public String name() {
    return "pull-secrets";
  }

  @Override
  public Set<ResourceKey> observedObjects() {
    Set<ResourceKey> keys = new LinkedHashSet<>();
    for (PullSecret secret : secrets) {
      keys.add(ResourceKey.secret(secret.namespace(), secret.name()));
      secret.pullServiceAccounts().forEach(sa -> keys.add(serviceAccount(secret.namespace(), sa)));
      secret.mountServiceAccounts().forEach(sa -> keys.add(serviceAccount(secret.namespace(), sa)));
    }
    return keys;
  }

  @Override
  public FeatureResult evaluate(ClusterFacts facts) {
    List<ObjectIntent> intents = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Map<ResourceKey, Links> links = new LinkedHashMap<>();
    for (PullSecret secret : secrets) {
      ResourceKey key = ResourceKey.secret(secret.namespace(), secret.name());
      int before = findings.size();
      validate(secret, key, findings);
      Optional<JsonNode> current = CurrentObjects.lookup(facts, key);
      current.map(c -> c.path("type").asText("")).filter(t -> !t.equals(TYPE)).ifPresent(type ->
          findings.add(Finding.error(PullSecretFindingCodes.PULL_SECRET_TYPE_MISMATCH, ClusterObjects.path(key, "type"),
              key + " exists with type " + (type.isEmpty() ? "Opaque" : type) + ", not " + TYPE + ", and a secret's type cannot change",
              "Choose another name: PullSecret.of(\"" + secret.namespace() + "\", \"" + secret.name() + "-pull\"), or delete that secret")));
      if (findings.subList(before, findings.size()).stream().anyMatch(Finding::isError)) {
        continue;
      }
      secretIntent(secret, key, current, findings).ifPresent(intents::add);
      for (String sa : new LinkedHashSet<>(secret.pullServiceAccounts())) {
        links.computeIfAbsent(serviceAccount(secret.namespace(), sa), k -> new Links()).pull.add(secret.name());
      }
      for (String sa : new LinkedHashSet<>(secret.mountServiceAccounts())) {
        links.computeIfAbsent(serviceAccount(secret.namespace(), sa), k -> new Links()).mount.add(secret.name());
      }
    }
    for (Map.Entry<ResourceKey, Links> link : links.entrySet()) {
      link(link.getKey(), link.getValue(), facts, findings).ifPresent(intents::add);
    }
    return FeatureResult.of(intents, findings);
  }

  private static void validate(PullSecret secret, ResourceKey key, List<Finding> findings) {
    if (!Names.isLabel(secret.namespace()) || !Names.isSubdomain(secret.name())) {
      findings.add(Finding.error(PullSecretFindingCodes.PULL_SECRET_NAME_INVALID, ClusterObjects.path(key, "metadata"),
          "\"" + secret.namespace() + "/" + secret.name() + "\" is not a valid namespace and secret name",
          "Use lower-case letters, digits and '-': PullSecret.of(\"team-a\", \"registry-credentials\")"));
    }
    if (secret.credentials().isEmpty()) {
      findings.add(Finding.error(PullSecretFindingCodes.PULL_SECRET_EMPTY, ClusterObjects.path(key, "data"),
          "the pull secret " + secret.name() + " has no credentials",
          "Add them: .credential(\"registry.example.com\", \"user\", password)"));
    }
    Set<String> servers = new HashSet<>();
    for (RegistryCredential credential : secret.credentials()) {
      String server = credential.server();
      String at = ClusterObjects.path(key, "data[" + KEY + "].auths[" + server + "]");
      if (!Names.isHostPort(server) && !URL.matcher(server).matches()) {
        findings.add(Finding.error(PullSecretFindingCodes.PULL_SECRET_SERVER_INVALID, at,
            "\"" + server + "\" is not a registry server such as registry.example.com:5000",
            "Name the server as image references name it: .credential(\"registry.example.com:5000\", user, password)"));
      }
      if (!servers.add(server)) {
        findings.add(Finding.error(PullSecretFindingCodes.PULL_SECRET_SERVER_DUPLICATE, at,
            "two credentials are given for " + server + " in " + secret.name() + "; only one can be used",
            "Give one credential per server"));
      }
    }
  }

  private static Optional<ObjectIntent> secretIntent(PullSecret secret, ResourceKey key, Optional<JsonNode> current,
      List<Finding> findings) {
    JsonNode existing = Json.object();
    Optional<String> data = current.map(c -> c.path("data").path(KEY).asText("")).filter(d -> !d.isEmpty());
    if (data.isPresent()) {
      Optional<JsonNode> parsed = DockerConfigJson.parseBase64(data.get());
      if (parsed.isPresent() && parsed.get().isObject()) {
        existing = parsed.get();
      } else {
        findings.add(Finding.warning(PullSecretFindingCodes.PULL_SECRET_EXISTING_UNREADABLE,
            ClusterObjects.path(key, "data[" + KEY + "]"),
            "the " + KEY + " of " + key + " is not a JSON document; it is replaced",
            "Nothing to do, unless it held credentials that are still needed"));
      }
    }
    ObjectNode merged = DockerConfigJson.merge(existing, secret.credentials());
    if (current.isPresent() && merged.equals(existing)) {
      return Optional.empty();
    }
    ObjectNode document = Json.object();
    document.put("type", TYPE);
    document.putObject("data").put(KEY,
        Base64.getEncoder().encodeToString(DockerConfigJson.write(merged).getBytes(StandardCharsets.UTF_8)));
    return Optional.of(ObjectIntent.builder()
        .key(key)
        .document(document)
        .policy(IntentPolicy.MERGE)
        .phase(Phase.PREREQUISITE)
        .purpose("pull secret for " + String.join(", ", secret.credentials().stream().map(RegistryCredential::server).toList()))
        .sensitive(true)
        .build());
  }

  private static Optional<ObjectIntent> link(ResourceKey key, Links links, ClusterFacts facts, List<Finding> findings) {
    Optional<JsonNode> account = CurrentObjects.lookup(facts, key);
    if (account.isEmpty()) {
      findings.add(Finding.error(PullSecretFindingCodes.PULL_SECRET_SERVICE_ACCOUNT_MISSING, ClusterObjects.path(key, "metadata.name"),
          "the service account " + key.namespace().orElse("") + "/" + key.name() + " does not exist, so the pull secret cannot be linked to it",
          "Create it first (oc create serviceaccount " + key.name() + " -n " + key.namespace().orElse("")
              + "), or link to an existing one such as default"));
      return Optional.empty();
    }
    ObjectNode document = Json.object();
    List<String> changed = new ArrayList<>();
    appendNames(account.get(), "imagePullSecrets", links.pull, document, changed);
    appendNames(account.get(), "secrets", links.mount, document, changed);
    if (document.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ObjectIntent.builder()
        .key(key)
        .document(document)
        .policy(IntentPolicy.PATCH_EXISTING)
        .phase(Phase.CONFIGURATION)
        .purpose("link " + String.join(", ", changed) + " to service account " + key.name())
        .build());
  }

  private static void appendNames(JsonNode account, String field, Set<String> names, ObjectNode document, List<String> changed) {
    List<JsonNode> existing = Json.elements(account.path(field));
    ArrayNode all = Json.object().arrayNode();
    Set<String> present = new HashSet<>();
    for (JsonNode entry : existing) {
      all.add(entry.deepCopy());
      present.add(entry.path("name").asText());
    }
    for (String name : names) {
      if (present.add(name)) {
        all.addObject().put("name", name);
        changed.add(name + (field.equals("secrets") ? " (mount)" : " (pull)"));
      }
    }
    if (all.size() > existing.size()) {
      document.set(field, all);
    }
  }

  private static ResourceKey serviceAccount(String namespace, String name) {
    return ResourceKey.namespaced("v1", "ServiceAccount", namespace, name);
  }

  /** The secrets to link to one service account, for pulls and for mounts. */
  private static final class Links {
    final Set<String> pull = new LinkedHashSet<>();
    final Set<String> mount = new LinkedHashSet<>();
  }

  @Override
  public String toString() {
    return "PullSecretFeature" + secrets.stream().map(s -> s.namespace() + "/" + s.name()).toList();
  }
}
