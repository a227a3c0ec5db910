package dev.registrysdk.core.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.trust.RegistryCa;
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
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Trusts CA certificates for external registries: writes each into a config map in
 * {@code openshift-config}, keyed by the registry host ({@code host..port}), and points
 * {@code image.config.openshift.io/cluster} {@code spec.additionalTrustedCA.name} at that map.
 *
 * <pre>{@code
 * RegistryConfigurer.on(client)
 *     .trustRegistryCa("registry.example.com:5000", pem)    // adds this feature
 *     .apply();
 * // or, with a fixed clock for the expiry checks:
 * configurer.with(TrustedCaFeature.of(List.of(RegistryCa.of(host, pem))).clock(clock));
 * }</pre>
 *
 * <p>Only the named keys are written, so the CAs of other registries in the map stay. If the image
 * config already names a config map, the CAs go into that map rather than switching to another,
 * which would drop the CAs it holds; a finding says so. Without a named map the CAs go into
 * {@value #DEFAULT_CONFIG_MAP}, or the name given with {@link #configMapName(String)}.
 *
 * <p>Each certificate must parse as X.509 and must not have expired (errors); one that expires within
 * 30 days is a warning. Immutable and thread-safe.
 */
public final class TrustedCaFeature implements Feature {

  /** The config map used when the image config names none, as in the OpenShift documentation. */
  public static final String DEFAULT_CONFIG_MAP = "registry-config";

  private final List<RegistryCa> cas;
  private final Optional<String> configMapName;
  private final Clock clock;

  private TrustedCaFeature(List<RegistryCa> cas, Optional<String> configMapName, Clock clock) {
    this.cas = List.copyOf(cas);
    this.configMapName = configMapName;
    this.clock = clock;
  }

  /** Trusts these CAs, checking expiry against the system clock. */
  public static TrustedCaFeature of(List<RegistryCa> cas) {
    return new TrustedCaFeature(cas, Optional.empty(), Clock.systemUTC());
  }

  /** A copy that also trusts {@code ca}. */
  public TrustedCaFeature plus(RegistryCa ca) {
    List<RegistryCa> more = new ArrayList<>(cas);
    more.add(Objects.requireNonNull(ca, "ca"));
    return new TrustedCaFeature(more, configMapName, clock);
  }

  /** A copy that uses the config map {@code name} when the image config names none yet. */
  public TrustedCaFeature configMapName(String name) {
    return new TrustedCaFeature(cas, Optional.of(name), clock);
  }

  /** A copy that checks certificate expiry against {@code clock}. */
  public TrustedCaFeature clock(Clock clock) {
    return new TrustedCaFeature(cas, configMapName, Objects.requireNonNull(clock, "clock"));
  }

  /** The CAs to trust. */
  public List<RegistryCa> cas() {
    return cas;
  }

  @Override
  public String name() {
    return "trusted-ca";
  }

  @Override
  public Set<ResourceKey> observedObjects() {
    Set<ResourceKey> keys = new java.util.HashSet<>(Set.of(ClusterObjects.IMAGE_CONFIG, configMap(preferredName())));
    if (cas.stream().anyMatch(RegistryCa::fromClusterIngress)) {
      keys.add(dev.registrysdk.api.resource.RegistryObjects.DEFAULT_INGRESS_CONTROLLER);
    }
    return Set.copyOf(keys);
  }

  @Override
  public Set<ResourceKey> dependentObjects(ClusterFacts observed) {
    return referenced(observed).map(name -> Set.of(configMap(name))).orElse(Set.of());
  }

  @Override
  public FeatureResult evaluate(ClusterFacts facts) {
    List<Finding> findings = new ArrayList<>();
    Optional<String> referenced = referenced(facts);
    String target = referenced.orElse(preferredName());
    ResourceKey mapKey = configMap(target);
    if (!Names.isSubdomain(target)) {
      findings.add(Finding.error(TrustFindingCodes.TRUST_CONFIG_MAP_NAME_INVALID, ClusterObjects.path(mapKey, "metadata.name"),
          "the config map name \"" + target + "\" is not a DNS-1123 subdomain",
          "Name it with lower-case letters, digits, '-' and '.': trustedCaConfigMap(\"registry-cas\")"));
    }
    referenced.filter(name -> !name.equals(preferredName()) && !cas.isEmpty()).ifPresent(name ->
        findings.add(Finding.info(TrustFindingCodes.TRUST_CONFIG_MAP_IN_USE,
            ClusterObjects.path(ClusterObjects.IMAGE_CONFIG, "spec.additionalTrustedCA.name"),
            "the image config already names the config map " + name + "; the CAs are added to it instead of "
                + preferredName() + ", since switching would stop trusting the CAs " + name + " holds",
            "Nothing to do; to use another map, move the CAs of " + name + " there and point spec.additionalTrustedCA at it")));

    JsonNode currentData = CurrentObjects.lookup(facts, mapKey).map(m -> m.path("data")).orElse(Json.object());
    ObjectNode data = Json.object();
    Map<String, RegistryCa> byHost = new LinkedHashMap<>();
    for (RegistryCa ca : cas) {
      String path = ClusterObjects.path(mapKey, "data[" + ca.configMapKey() + "]");
      RegistryCa earlier = byHost.putIfAbsent(ca.host(), ca);
      if (earlier != null) {
        if (!earlier.equals(ca)) {
          findings.add(Finding.error(TrustFindingCodes.TRUST_HOST_DUPLICATE, path,
              "two different CAs are given for " + ca.host() + "; the config map holds one entry per host",
              "Trust one PEM bundle per host; put several certificates into one bundle if the registry needs them"));
        }
        continue;
      }
      if (!Names.isHostPort(ca.host())) {
        findings.add(Finding.error(TrustFindingCodes.TRUST_HOST_INVALID, path,
            "\"" + ca.host() + "\" is not a registry host such as registry.example.com or registry.example.com:5000",
            "Give the host as image references name it, without scheme or path: trustRegistryCa(\""
                + suggestion(ca.host()) + "\", pem)"));
        continue;
      }
      Optional<String> pem = pem(ca, facts, path, findings);
      if (pem.isEmpty()) {
        continue;
      }
      PemCertificates.Check check = PemCertificates.check(pem.get(), clock);
      check.invalid().ifPresent(why -> findings.add(Finding.error(TrustFindingCodes.TRUST_CA_INVALID, path,
          "the CA for " + ca.host() + " cannot be used: " + why,
          "Pass the registry's CA certificate in PEM form, e.g. the content of its ca.crt")));
      check.expired().ifPresent(why -> findings.add(Finding.error(TrustFindingCodes.TRUST_CA_EXPIRED, path,
          "the CA for " + ca.host() + " cannot be trusted: " + why,
          "Get the registry's current CA certificate and pass that")));
      check.expiring().ifPresent(why -> findings.add(Finding.warning(TrustFindingCodes.TRUST_CA_EXPIRING, path,
          "the CA for " + ca.host() + " is about to expire: " + why + "; pulls from the registry fail after that",
          "Renew the registry's CA and trust the new one before the old one expires")));
      check.notYetValid().ifPresent(why -> findings.add(Finding.warning(TrustFindingCodes.TRUST_CA_NOT_YET_VALID, path,
          "the CA for " + ca.host() + " is not valid yet: " + why,
          "Check the clocks of the machine that issued it; pulls fail until then")));
      if (!check.usable()) {
        continue;
      }
      JsonNode existing = currentData.get(ca.configMapKey());
      if (existing != null && !existing.asText().equals(pem.get())) {
        findings.add(Finding.info(TrustFindingCodes.TRUST_CA_REPLACED, path,
            "the CA trusted for " + ca.host() + " is replaced by the one given",
            "Nothing to do if the registry's CA changed; otherwise pass the CA already trusted"));
      }
      data.put(ca.configMapKey(), pem.get());
    }

    List<ObjectIntent> intents = new ArrayList<>();
    if (!data.isEmpty()) {
      ObjectNode mapDocument = Json.object();
      mapDocument.set("data", data);
      intents.add(ObjectIntent.builder()
          .key(mapKey)
          .document(mapDocument)
          .policy(IntentPolicy.MERGE)
          .phase(Phase.PREREQUISITE)
          .purpose("trust the CAs of " + String.join(", ", hosts(data)))
          .build());
      if (referenced.isEmpty()) {
        ObjectNode imageDocument = Json.object();
        imageDocument.putObject("spec").putObject("additionalTrustedCA").put("name", target);
        intents.add(ObjectIntent.builder()
            .key(ClusterObjects.IMAGE_CONFIG)
            .document(imageDocument)
            .policy(IntentPolicy.MERGE)
            .phase(Phase.CONFIGURATION)
            .purpose("trust the CAs in config map " + target)
            .build());
      }
    }
    return FeatureResult.of(intents, findings);
  }

  private static Optional<String> pem(RegistryCa ca, ClusterFacts facts, String path, List<Finding> findings) {
    if (!ca.fromClusterIngress()) {
      return ca.pem();
    }
    Optional<String> pem = facts.ingressCaPem().or(facts::ingressCertificatePem);
    if (pem.isEmpty()) {
      findings.add(Finding.error(TrustFindingCodes.TRUST_INGRESS_CA_UNKNOWN, path,
          "the cluster's ingress CA cannot be read (secret openshift-ingress-operator/router-ca, or the default "
              + "ingress certificate), so it cannot be trusted for " + ca.host(),
          "Pass the CA yourself: trustRegistryCa(\"" + ca.host() + "\", pem), e.g. from "
              + "oc extract secret/router-ca --keys=tls.crt -n openshift-ingress-operator"));
      return Optional.empty();
    }
    facts.ingressDomain()
        .filter(domain -> !Scopes.host(ca.host()).endsWith("." + domain))
        .ifPresent(domain -> findings.add(Finding.warning(TrustFindingCodes.TRUST_INGRESS_HOST_OUTSIDE_DOMAIN, path,
            ca.host() + " is not under the ingress domain " + domain + "; the ingress CA only signs the default "
                + "certificate of routes there, so a route with its own certificate needs that certificate's CA",
            "Trust the CA of the route's certificate instead: trustRegistryCa(\"" + ca.host() + "\", pem)")));
    return pem;
  }

  private static List<String> hosts(ObjectNode data) {
    List<String> hosts = new ArrayList<>();
    data.fieldNames().forEachRemaining(key -> hosts.add(RegistryCa.hostOf(key)));
    return hosts;
  }

  private static String suggestion(String host) {
    String out = host.replaceFirst("^[a-zA-Z]+://", "");
    int slash = out.indexOf('/');
    return (slash < 0 ? out : out.substring(0, slash)).toLowerCase(java.util.Locale.ROOT);
  }

  private String preferredName() {
    return configMapName.orElse(DEFAULT_CONFIG_MAP);
  }

  private static Optional<String> referenced(ClusterFacts facts) {
    return CurrentObjects.lookup(facts, ClusterObjects.IMAGE_CONFIG)
        .map(image -> image.path("spec").path("additionalTrustedCA").path("name").asText(""))
        .filter(name -> !name.isEmpty());
  }

  private static ResourceKey configMap(String name) {
    return ResourceKey.configMap(RegistryObjects.CONFIG_NAMESPACE, name);
  }

  @Override
  public String toString() {
    Set<String> hosts = new LinkedHashSet<>();
    cas.forEach(ca -> hosts.add(ca.host()));
    return "TrustedCaFeature" + hosts;
  }
}
