package dev.registrysdk.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.facts.StorageBackends;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.spi.DesiredObject;
import dev.registrysdk.api.spi.StorageContext;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.api.spi.StorageProvider;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.Secret;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The compatibility kit of {@link StorageProvider}: an abstract JUnit 5 test that proves a provider
 * keeps the contract the engine relies on. Extend it once per provider configuration worth
 * checking, supply the provider and cluster facts it works with, and run it with your tests:
 *
 * <pre>{@code
 * class MyNfsCompatibilityTest extends StorageProviderCompatibilityKit {
 *   protected StorageProvider provider() { return MyNfs.server("nfs.example.com").password("CANARY-PW"); }
 *   protected ClusterFacts facts() { return ClusterFacts.builder().platformType("BareMetal").build(); }
 *   protected Set<String> secretValues() { return Set.of("CANARY-PW"); }
 * }
 * }</pre>
 *
 * <p>What it checks, one nested group per property: the stanza sets exactly the provider's backend;
 * {@code contribute} is deterministic, pure and does not throw when observed objects are missing;
 * secrets are marked sensitive and their values never appear in {@code toString()}; every desired
 * object names its apiVersion, kind, name and (when namespaced) namespace; findings and constraints
 * carry stable codes, paths, messages and remedies; {@code observedObjects()} is stable.
 *
 * <p>Give {@link #secretValues()} canary values you configured the provider with: the kit then
 * proves they are absent from every {@code toString()}. It does not call
 * {@link dev.registrysdk.api.spi.ProvisioningStorageProvider#provision}, which needs a cluster.
 */
public abstract class StorageProviderCompatibilityKit {

  private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$");

  /**
   * Kinds that are not namespaced, for objects built as generic resources; typed fabric8 models
   * say it themselves by implementing {@link Namespaced}.
   */
  private static final Set<String> CLUSTER_SCOPED_KINDS = Set.of(
      "StorageClass", "PersistentVolume", "Namespace", "ClusterRole", "ClusterRoleBinding",
      "CustomResourceDefinition", "ClusterOperator", "Infrastructure", "Image", "Config");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The provider under test. May return a new, equal instance on each call. */
  protected abstract StorageProvider provider();

  /** Cluster facts the provider works with, including the objects it observes. */
  protected abstract ClusterFacts facts();

  /**
   * Secret values the provider was configured with, such as canary passwords; none by default.
   * The kit proves none of them appears, plain or base64-encoded, in any {@code toString()}.
   */
  protected Set<String> secretValues() {
    return Set.of();
  }

  /** The context given to {@code contribute}: the facts, and no replicas or strategy chosen. */
  protected StorageContext context() {
    return StorageContext.of(facts(), Optional.empty(), Optional.empty());
  }

  private StorageContribution contribution() {
    return provider().contribute(context());
  }

  /** The stanza. */
  @Nested
  @DisplayName("The storage stanza")
  class Stanza {

    @Test
    @DisplayName("names a backend of spec.storage as the API spells it")
    void backendIsKnown() {
      assertThat(StorageBackends.ALL).as("backend() of %s", provider().description()).contains(provider().backend());
    }

    @Test
    @DisplayName("sets exactly the provider's backend and no other")
    void exactlyOneBackend() {
      assertThat(StorageBackends.present(contribution().storage()))
          .as("backends set in the stanza").containsExactly(provider().backend());
    }

    @Test
    @DisplayName("sets managementState only to Managed or Unmanaged, if at all")
    void managementState() {
      String state = contribution().storage().getManagementState();
      assertThat(state == null || state.equals("Managed") || state.equals("Unmanaged"))
          .as("spec.storage.managementState %s", state).isTrue();
    }

    @Test
    @DisplayName("has a description for people")
    void description() {
      assertThat(provider().description()).isNotBlank();
    }
  }

  /** Determinism and purity. */
  @Nested
  @DisplayName("contribute")
  class Contribute {

    @Test
    @DisplayName("returns equal contributions for equal contexts")
    void deterministic() {
      StorageContribution first = contribution();
      StorageContribution second = provider().contribute(context());
      assertThat(json(second.storage())).isEqualTo(json(first.storage()));
      assertThat(second.objects().stream().map(o -> json(o.object())).toList())
          .isEqualTo(first.objects().stream().map(o -> json(o.object())).toList());
      assertThat(second).isEqualTo(first);
    }

    @Test
    @DisplayName("does not change the facts it is given")
    void doesNotMutateFacts() {
      ClusterFacts facts = facts();
      String before = snapshot(facts);
      provider().contribute(StorageContext.of(facts, Optional.empty(), Optional.empty()));
      assertThat(snapshot(facts)).isEqualTo(before);
    }

    @Test
    @DisplayName("reports missing observed objects as findings instead of throwing")
    void missingObjectsDoNotThrow() {
      ClusterFacts empty = facts().toBuilder().objects(Map.of()).build();
      assertThatCode(() -> provider().contribute(StorageContext.of(empty, Optional.empty(), Optional.empty())))
          .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("suggests sensible replicas and constraints")
    void sensibleNumbers() {
      StorageContribution c = contribution();
      c.suggestedReplicas().ifPresent(r -> assertThat(r).as("suggested replicas").isGreaterThanOrEqualTo(0));
      c.constraints().maxReplicas().ifPresent(r -> assertThat(r).as("max replicas").isGreaterThanOrEqualTo(1));
      if (!c.constraints().code().isEmpty()) {
        assertThat(c.constraints().code()).as("constraint code").matches(CODE);
      }
      if (c.constraints().maxReplicas().isPresent() || c.constraints().requiredRolloutStrategy().isPresent()) {
        assertThat(c.constraints().because()).as("why the constraint exists").isNotBlank();
      }
    }
  }

  /** Secrets. */
  @Nested
  @DisplayName("Secrets")
  class Secrets {

    @Test
    @DisplayName("every Secret the provider wants written is marked sensitive")
    void secretsAreSensitive() {
      for (DesiredObject o : contribution().objects()) {
        if (o.object() instanceof Secret || "Secret".equals(o.object().getKind())) {
          assertThat(o.sensitive()).as("%s is marked sensitive", o).isTrue();
        }
      }
    }

    @Test
    @DisplayName("no secret value appears in toString of the provider, the contribution, its objects or findings")
    void valuesNeverPrinted() {
      StorageContribution c = contribution();
      List<String> printed = new ArrayList<>();
      printed.add(provider().toString());
      printed.add(provider().description());
      printed.add(c.toString());
      c.objects().forEach(o -> printed.add(o.toString()));
      c.findings().forEach(f -> printed.add(f.toString()));
      c.resolvedAtApply().forEach(printed::add);
      String all = String.join("\n", printed);
      for (String secret : secretTexts(c)) {
        assertThat(all).as("printed text must not contain a secret value").doesNotContain(secret);
      }
    }
  }

  /** Desired objects. */
  @Nested
  @DisplayName("Desired objects")
  class Objects {

    @Test
    @DisplayName("each names its apiVersion, kind and name")
    void identified() {
      for (DesiredObject o : contribution().objects()) {
        HasMetadata object = o.object();
        assertThat(object.getApiVersion()).as("apiVersion of %s", o).isNotBlank();
        assertThat(object.getKind()).as("kind of %s", o).isNotBlank();
        assertThat(object.getMetadata()).as("metadata of %s", o).isNotNull();
        assertThat(object.getMetadata().getName()).as("name of %s", o).isNotBlank();
      }
    }

    @Test
    @DisplayName("each namespaced one names its namespace, and no cluster-scoped one does")
    void namespaces() {
      for (DesiredObject o : contribution().objects()) {
        HasMetadata object = o.object();
        boolean clusterScoped = object instanceof GenericKubernetesResource
            ? CLUSTER_SCOPED_KINDS.contains(object.getKind())
            : !(object instanceof Namespaced);
        String ns = object.getMetadata().getNamespace();
        if (clusterScoped) {
          assertThat(ns).as("namespace of cluster-scoped %s", o).isNull();
        } else {
          assertThat(ns).as("namespace of %s", o).isNotBlank();
        }
      }
    }

    @Test
    @DisplayName("each says why it is needed")
    void purpose() {
      contribution().objects().forEach(o -> assertThat(o.purpose()).as("purpose of %s", o).isNotBlank());
    }
  }

  /** Findings. */
  @Nested
  @DisplayName("Findings")
  class Findings {

    @Test
    @DisplayName("each carries an UPPER_SNAKE code, a field path, a message and a remedy")
    void complete() {
      for (Finding f : contribution().findings()) {
        assertThat(f.code()).as("code of %s", f).matches(CODE);
        assertThat(f.path()).as("path of %s", f).isNotBlank();
        assertThat(f.message()).as("message of %s", f).isNotBlank();
        assertThat(f.remedy()).as("remedy of %s", f).isNotBlank();
      }
    }

    @Test
    @DisplayName("codes are stable: equal contexts give the same codes in the same order")
    void stableCodes() {
      assertThat(provider().contribute(context()).findings().stream().map(Finding::code).toList())
          .isEqualTo(contribution().findings().stream().map(Finding::code).toList());
    }
  }

  /** observedObjects. */
  @Nested
  @DisplayName("observedObjects")
  class Observed {

    @Test
    @DisplayName("is the same on every call")
    void stable() {
      assertThat(provider().observedObjects()).isEqualTo(provider().observedObjects());
    }

    @Test
    @DisplayName("names each object's apiVersion, kind and name")
    void identified() {
      for (ResourceKey key : provider().observedObjects()) {
        assertThat(key.apiVersion()).as("apiVersion of %s", key).isNotBlank();
        assertThat(key.kind()).as("kind of %s", key).isNotBlank();
        assertThat(key.name()).as("name of %s", key).isNotBlank();
      }
    }
  }

  /** The canaries, plain and base64, and the base64 data of sensitive objects worth searching for. */
  private Set<String> secretTexts(StorageContribution c) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : secretValues()) {
      out.add(s);
      out.add(Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)));
    }
    for (DesiredObject o : c.objects()) {
      if (o.sensitive() && o.object() instanceof Secret secret && secret.getData() != null) {
        // Short values may occur anywhere by chance; base64 of 6 or more bytes does not.
        secret.getData().values().stream().filter(v -> v != null && v.length() >= 8).forEach(out::add);
      }
    }
    return out;
  }

  private static String snapshot(ClusterFacts facts) {
    List<Object> parts = new ArrayList<>();
    parts.add(facts.registryConfig().orElse(null));
    parts.addAll(facts.storageClasses());
    facts.objects().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> parts.add(e.getValue()));
    parts.add(facts.toString());
    return json(parts);
  }

  private static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("Cannot serialize " + o.getClass().getName() + " to JSON", e);
    }
  }
}
